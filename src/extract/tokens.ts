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
    const lower = t.toLowerCase();
    out.push({ text: t, lower, bare: stripPossessive(lower), head3: lower.slice(0, 3), start, end: start + t.length, cap, punct });
  }
  return out;
}

/** "Russia's" → "Russia", "allies'" → "allies" */
export function stripPossessive(word: string): string {
  const n = word.length;
  if (n > 2 && word.charCodeAt(n - 1) === 115 /* s */ && word.charCodeAt(n - 2) === 39 /* ' */) return word.slice(0, -2);
  if (n > 2 && (word.charCodeAt(n - 1) === 83 /* S */) && word.charCodeAt(n - 2) === 39) return word.slice(0, -2);
  if (n > 1 && word.charCodeAt(n - 1) === 39) return word.slice(0, -1);
  return word;
}
