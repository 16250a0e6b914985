// Helpers for extractor tests: build an article from inline paragraphs, run the real extractor with the
// shipped lexicon, and read claims as "Source -relation-> Target" lines a reader can check at a glance.
import { parseArticle, type Article } from '../src/article/parse.ts';
import type { Claim, EndpointRef } from '../src/extract/claims.ts';
import { extractArticle, type ExtractResult } from '../src/extract/extract-article.ts';
import { loadLexicon, type Lexicon } from '../src/extract/lexicon.ts';

let cached: Lexicon | undefined;
export function lexicon(): Lexicon {
  cached ??= loadLexicon();
  return cached;
}

export function article(paragraphs: string[], id = 'inline', date = '20220110'): Article {
  return parseArticle([`Test article ${id}`, date, `https://example.org/${id}`, ...paragraphs].join('\n'), `${id}.txt`);
}

export function extract(...paragraphs: string[]): ExtractResult {
  return extractArticle(article(paragraphs), lexicon());
}

function name(e: EndpointRef): string {
  return e.ref === 'actor' ? e.label : `[${e.label}]`;
}

export function show(c: Claim): string {
  return `${name(c.source)} -${c.relation}-> ${name(c.target)}`;
}

/** Every claim of the paragraphs as "Source -relation-> Target" (positions in brackets). */
export function edgesOf(...paragraphs: string[]): string[] {
  return extract(...paragraphs).claims.map(show);
}

/** Claims of one relation. */
export function claimsOf(relation: Claim['relation'], ...paragraphs: string[]): Claim[] {
  return extract(...paragraphs).claims.filter((c) => c.relation === relation);
}

/** The edges of the paragraphs that match `pattern`: for rows that must give no such edge. */
export function edgesMatching(pattern: RegExp, ...paragraphs: string[]): string[] {
  return edgesOf(...paragraphs).filter((e) => pattern.test(e));
}
