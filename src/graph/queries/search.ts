// Searches node labels and aliases, case- and accent-insensitively, best match first: exact, then prefix,
// then word prefix, then substring, ties broken by degree (the better-connected node is the likelier one).
// A store with a name index (pg_trgm, src/server/pg-search.ts) narrows the scan to its candidates: same answers.
import type { KgGraph, NodeKind } from '../types.ts';
import type { NodeHit, NodesResponse } from './types.ts';
import { foldedNames, foldedNamesByKey, type FoldedNames } from './names.ts';
import { foldedMatchScore, foldText } from './text.ts';

export interface SearchOptions {
  q?: string;
  kinds?: readonly NodeKind[];
  limit?: number;
  offset?: number;
  /** only these nodes can match (a superset of the matches, from a name index); unknown keys are skipped */
  among?: Iterable<string>;
}

/** The folded names of `among` that are in the graph, in node order (the order of a full scan). */
function candidates(graph: KgGraph, among: Iterable<string>): FoldedNames[] {
  const byKey = foldedNamesByKey(graph);
  const found: Array<{ names: FoldedNames; order: number }> = [];
  for (const key of new Set(among)) {
    const entry = byKey.get(key);
    if (entry) found.push(entry);
  }
  return found.sort((a, b) => a.order - b.order).map((e) => e.names);
}

export function searchNodes(graph: KgGraph, { q = '', kinds, limit = 50, offset = 0, among }: SearchOptions): NodesResponse {
  const folded = foldText(q);
  const hits: Array<NodeHit & { score: number }> = [];
  for (const names of folded && among ? candidates(graph, among) : foldedNames(graph)) {
    const { key } = names;
    const attributes = graph.getNodeAttributes(key);
    if (kinds?.length && !kinds.includes(attributes.kind)) continue;
    if (!folded) {
      hits.push({ key, attributes, degree: graph.degree(key), score: 0 });
      continue;
    }
    let score = foldedMatchScore(folded, names.label);
    let match = attributes.label;
    names.aliases.forEach((alias, i) => {
      const s = foldedMatchScore(folded, alias);
      if (s > score) {
        score = s;
        match = attributes.aliases[i]!;
      }
    });
    if (score > 0) hits.push({ key, attributes, degree: graph.degree(key), match, score });
  }
  hits.sort((a, b) => b.score - a.score || b.degree - a.degree || a.attributes.label.localeCompare(b.attributes.label));
  return {
    items: hits.slice(offset, offset + limit).map(({ score: _score, ...hit }) => hit),
    total: hits.length,
  };
}
