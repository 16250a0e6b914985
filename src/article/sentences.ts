// Splits paragraphs into sentences with sbd, after normalising the three ways of writing quotes to `"`,
// and maps each sentence back to the exact characters of the article (evidence must quote the article).
import sbd from 'sbd';
import type { Article } from './parse.ts';

export interface Sentence {
  /** 0-based index over the whole article body */
  index: number;
  /** 0-based paragraph index */
  paragraph: number;
  /** the sentence exactly as written in the article */
  text: string;
  /** the same sentence with `''`, curly and other quote forms written as `"` and `'` */
  norm: string;
}

// Abbreviations seen in news text that sbd would otherwise end a sentence on.
const ABBREVIATIONS = [
  'U.S', 'U.N', 'U.K', 'E.U', 'Dep', 'Amb', 'Sec', 'Pres', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Adm', 'Sgt', 'Gov', 'Sen',
  'Rep', 'Rev', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Jr', 'Sr', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug',
  'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'No', 'Nos', 'Vol', 'Inc', 'Corp', 'Ltd', 'Co', 'Mt', 'Ft', 'vs', 'etc', 'approx',
];

const SBD_OPTIONS = {
  newline_boundaries: false,
  html_boundaries: false,
  sanitize: false,
  allowed_tags: false as const,
  preserve_whitespace: true,
  abbreviations: ABBREVIATIONS,
};

export interface NormalisedText {
  norm: string;
  /** the offset in the original text of an offset in `norm` (`norm.length` gives the text's length) */
  original(at: number): number;
}

const QUOTE_FORMS = /''|``|[\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019]/g;

/**
 * Writes `''`, ``` `` ```, curly quotes and guillemets as `"` and curly apostrophes as `'`. Only the two-character
 * forms move later characters, so the way back to the original offsets is the list of where they were.
 */
export function normaliseQuotes(text: string): NormalisedText {
  // norm offsets at which a two-character quote became one character, in order
  const shortened: number[] = [];
  const norm = text.replace(QUOTE_FORMS, (form: string, at: number) => {
    if (form.length === 1) return form === '\u2018' || form === '\u2019' ? "'" : '"';
    shortened.push(at - shortened.length);
    return '"';
  });
  if (!shortened.length) return { norm, original: (at) => at };
  return {
    norm,
    original(at) {
      // how many shortened quotes stand before `at`: binary search, the list is sorted
      let lo = 0;
      let hi = shortened.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (shortened[mid]! < at) lo = mid + 1;
        else hi = mid;
      }
      return at + lo;
    },
  };
}

/**
 * sbd's time grows faster than the text (a 1 MB paragraph took 14 s), so a long paragraph goes through it a
 * window at a time: the sentences of a window are kept except the last two (their ends may lie past the window,
 * or depend on a word it cuts), and the next window starts where the first of those began. sbd decides each
 * boundary from the words around it with its state reset at every boundary, so the result equals one sbd call.
 */
export const SBD_WINDOW = 4000;

/** Splits one paragraph; returns [start, end) ranges into the original text. Linear in its length. */
export function splitParagraph(text: string, window = SBD_WINDOW): Array<[number, number]> {
  return drain(splitParagraphGradually(text, window));
}

/** Runs a gradual split to its end at once. */
function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** splitParagraph, pausing (yielding) after each sbd call, so a caller can let other work run in between. */
function* splitParagraphGradually(text: string, window = SBD_WINDOW): Generator<void, Array<[number, number]>> {
  const { norm, original } = normaliseQuotes(text);
  const ranges: Array<[number, number]> = [];
  for (const [at, end] of yield* sbdRanges(norm, window)) {
    // A lone closing quote that sbd left as its own "sentence" belongs to the previous one.
    if (/^["'\s]+$/.test(norm.slice(at, end)) && ranges.length) {
      ranges[ranges.length - 1]![1] = original(end);
    } else {
      ranges.push([original(at), original(end)]);
    }
  }
  return mergeAfterAbbreviation(text, ranges);
}

/** sbd's sentences of `norm` as trimmed [start, end) ranges, at most `window` characters per sbd call. */
function* sbdRanges(norm: string, window: number): Generator<void, Array<[number, number]>> {
  const out: Array<[number, number]> = [];
  let start = 0;
  while (start < norm.length) {
    const last = start + window >= norm.length;
    const chunk = last ? norm.slice(start) : norm.slice(start, start + window);
    const parts = locate(chunk, sbd.sentences(chunk, SBD_OPTIONS) as string[]);
    yield;
    if (last) {
      for (const [s, e] of parts) out.push([start + s, start + e]);
      break;
    }
    const keep = parts.length >= 3 ? parts.length - 2 : parts.length === 2 ? 1 : 0;
    if (keep === 0) {
      // No boundary in a whole window (no sentence is this long): cut at its last space, to bound the work.
      const space = chunk.search(/\s\S*$/);
      const cut = space > 0 ? space : chunk.length;
      if (chunk.slice(0, cut).trim()) out.push([start + chunk.search(/\S/), start + cut]);
      start += cut;
      continue;
    }
    for (const [s, e] of parts.slice(0, keep)) out.push([start + s, start + e]);
    start += parts[keep]![0];
  }
  return out;
}

/** Where each of sbd's (whitespace-padded) sentences stands in the text it split. */
function locate(text: string, parts: string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let cursor = 0;
  for (const raw of parts) {
    const part = raw.trim();
    if (!part) continue;
    const at = text.indexOf(part, cursor);
    if (at < 0) continue;
    out.push([at, at + part.length]);
    cursor = at + part.length;
  }
  return out;
}

// sbd ends a sentence after "U.S." when a capital follows ("asked U.S. President Donald Trump");
// such a split is undone unless the next word usually starts a sentence.
const SENTENCE_STARTERS = /^(The|A|An|He|She|It|They|We|I|But|And|In|On|At|As|If|This|That|These|Those|There|His|Her|Their|Our|Its|When|While|After|Before|Still|Yet|Meanwhile|However|Some|Many|Officials|Both|Despite|For|With|Since|Although|Though|So|Now|Last|Next|Earlier|Later)$/;

function mergeAfterAbbreviation(text: string, ranges: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const r of ranges) {
    const prev = out[out.length - 1];
    if (prev) {
      // The end of the previous sentence only: a chain of merges must not re-read a growing sentence.
      const tail = text.slice(Math.max(prev[0], prev[1] - 64), prev[1]);
      const next = /^\S+/.exec(text.slice(r[0], r[1]))?.[0] ?? '';
      if (/\b(?:[A-Z]\.){2,}$/.test(tail) && /^[A-Z]/.test(next) && !SENTENCE_STARTERS.test(next)) {
        prev[1] = r[1];
        continue;
      }
    }
    out.push([r[0], r[1]]);
  }
  return out;
}

export function splitSentences(article: Article): Sentence[] {
  return drain(splitSentencesGradually(article));
}

/** splitSentences, pausing (yielding) after each bounded piece of work: a few milliseconds at most. */
export function* splitSentencesGradually(article: Article): Generator<void, Sentence[]> {
  const out: Sentence[] = [];
  for (let paragraph = 0; paragraph < article.paragraphs.length; paragraph++) {
    const p = article.paragraphs[paragraph]!;
    for (const [s, e] of yield* splitParagraphGradually(p.text)) {
      const text = p.text.slice(s, e).trim();
      if (!text) continue;
      out.push({ index: out.length, paragraph, text, norm: normaliseQuotes(text).norm });
    }
  }
  return out;
}
