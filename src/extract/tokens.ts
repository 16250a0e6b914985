// Tokenises a (quote-normalised) sentence into words and punctuation with character offsets; every
// matcher in src/extract works on these tokens, so "U.S." and "military-technical" stay one token.
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** starts with an upper-case letter */
  cap: boolean;
  /** punctuation or a quote mark */
  punct: boolean;
}

// Order matters: abbreviations with inner dots ("U.S.", "U.N."), words with inner apostrophes or
// hyphens ("wouldn't", "military-technical", "al-Qaida"), numbers, then any single other character.
const TOKEN = /[A-Za-z](?:\.[A-Za-z])+\.?|[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*(?:'s|')?|[^\s]/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const start = m.index!;
    const punct = !/[\p{L}\p{N}]/u.test(t);
    out.push({ text: t, lower: t.toLowerCase(), start, end: start + t.length, cap: /^\p{Lu}/u.test(t), punct });
  }
  return out;
}

/** "Russia's" → "Russia", "allies'" → "allies" */
export function stripPossessive(word: string): string {
  return word.replace(/'s$|'$/i, '');
}
