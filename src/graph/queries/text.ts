// Text matching for search and filters: folds case, accents and quote forms so "Erdogan" finds "Erdoğan"
// and "kyiv" finds "Kyiv", the way users type names they have only heard.

/** Lower-cased, accent-free, with runs of non-letters collapsed to one space. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** How well `candidate` matches the folded query: 4 exact, 3 prefix, 2 word prefix, 1 substring, 0 none. */
export function matchScore(foldedQuery: string, candidate: string): number {
  return foldedMatchScore(foldedQuery, foldText(candidate));
}

/** The same for a candidate folded already (src/graph/queries/names.ts keeps every node's names folded). */
export function foldedMatchScore(foldedQuery: string, c: string): number {
  if (!foldedQuery) return 0;
  if (c === foldedQuery) return 4;
  if (c.startsWith(foldedQuery)) return 3;
  if (c.includes(` ${foldedQuery}`)) return 2;
  if (c.includes(foldedQuery)) return 1;
  return 0;
}
