// Tokenises a (quote-normalised) sentence into words and punctuation with character offsets; every
// matcher in src/extract works on these tokens, so "U.S." and "military-technical" stay one token.
export interface Token {
  text: string;
  lower: string;
  /** lower case without a possessive ending ("russia's" → "russia") */
  bare: string;
  /** the first three letters, lower case: the key prefix patterns ("demand*") are indexed by */
  head3: string;
  start: number;
  end: number;
  /** starts with an upper-case letter */
  cap: boolean;
  /** punctuation or a quote mark */
  punct: boolean;
}

// Order matters: abbreviations with inner dots ("U.S.", "U.N."), numbers with a decimal point or thousands ("20.7", "4,000"), words with inner apostrophes or
// hyphens ("wouldn't", "military-technical", "al-Qaida"), numbers, then any single other character.
const TOKEN = /[A-Za-z](?:\.[A-Za-z])+\.?|\d+(?:[.,]\d+)+|[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*(?:'s|')?|[^\s]/gu;
// The same for text that is all ASCII (nearly every sentence of English news): without the Unicode flag and
// classes the regular expression runs twice as fast.
const ASCII_TOKEN = /[A-Za-z](?:\.[A-Za-z])+\.?|\d+(?:[.,]\d+)+|[A-Za-z0-9]+(?:['\-][A-Za-z0-9]+)*(?:'s|')?|[^\s]/g;
const ALL_ASCII = /^[\x00-\x7f]*$/;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = ALL_ASCII.test(text) ? ASCII_TOKEN : TOKEN;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const t = m[0];
    const start = m.index;
    const c = t.charCodeAt(0);
    // ASCII first, the Unicode classes only for other scripts: this runs on every word of a corpus.
    const ascii = c < 128;
    const punct = ascii ? !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && !LETTER_OR_DIGIT.test(t) : !LETTER_OR_DIGIT.test(t);
    const cap = ascii ? c >= 65 && c <= 90 : t[0] !== t[0]!.toLowerCase();
    // "American-distilled", "Iranian-backed": a name joined to a lower-case word is split like "U.S.-led", so the
    // name is found and read as a modifier.
    const joined = cap && t.includes('-') ? NAME_COMPOUND.exec(t) : null;
    if (joined && WORD_PREFIXES.has(joined[1]!.toLowerCase())) joined.length = 0;
    if (joined?.length) {
      const [, name, rest] = joined as unknown as [string, string, string];
      out.push(token(name, start, true, false), token('-', start + name.length, false, true), token(rest, start + name.length + 1, false, false));
      continue;
    }
    out.push(token(t, start, cap, punct));
  }
  return out;
}

/** Prefixes that open compounds of their own ("Non-starter", "Anti-government", "Ex-president"): no name in them. */
const WORD_PREFIXES = new Set(['non', 'anti', 'pro', 'post', 'pre', 'mid', 'co', 'ex', 're', 'self', 'semi', 'multi', 'counter', 'cross', 'inter', 'well', 'long', 'short', 'full', 'half', 'high', 'low', 'all', 'first', 'second', 'third', 'one', 'two', 'three', 'four', 'five', 'twenty', 'thirty', 'forty', 'fifty', 'sub', 'super', 'so', 'far', 'hard', 'top', 'then', 'vice', 'de', 'war', 'ceasefire', 'cease', 'state', 'government', 'left', 'right', 'wide', 'large', 'small']);
const NAME_COMPOUND = /^(\p{Lu}[\p{L}.]*)-(\p{Ll}[\p{L}'’\-]{2,})$/u;

function token(text: string, start: number, cap: boolean, punct: boolean): Token {
  const lower = text.toLowerCase();
  return { text, lower, bare: stripPossessive(lower), head3: lower.slice(0, 3), start, end: start + text.length, cap, punct };
}

/** "Russia's" → "Russia", "allies'" → "allies" */
export function stripPossessive(word: string): string {
  const n = word.length;
  if (n > 2 && word.charCodeAt(n - 1) === 115 /* s */ && word.charCodeAt(n - 2) === 39 /* ' */) return word.slice(0, -2);
  if (n > 2 && (word.charCodeAt(n - 1) === 83 /* S */) && word.charCodeAt(n - 2) === 39) return word.slice(0, -2);
  if (n > 1 && word.charCodeAt(n - 1) === 39) return word.slice(0, -1);
  return word;
}

/** Are the tokens in [from, to) the joints of a list, commas and "and" only ("Mexico, Canada and China")? */
export function listJoint(tokens: Token[], from: number, to: number): boolean {
  return to > from && tokens.slice(from, to).every((t) => t.text === ',' || t.lower === 'and');
}
