// Searches node labels and aliases, case- and accent-insensitively, best match first: exact, then prefix,
// then word prefix, then substring, ties broken by degree (the better-connected node is the likelier one).
import type { KgGraph, NodeKind } from '../types.ts';
import type { NodeHit, NodesResponse } from './types.ts';
import { foldText, matchScore } from './text.ts';

export interface SearchOptions {
  q?: string;
  kinds?: readonly NodeKind[];
  limit?: number;
  offset?: number;
}

export function searchNodes(graph: KgGraph, { q = '', kinds, limit = 50, offset = 0 }: SearchOptions): NodesResponse {
  const folded = foldText(q);
  const hits: Array<NodeHit & { score: number }> = [];
  graph.forEachNode((key, attributes) => {
    if (kinds?.length && !kinds.includes(attributes.kind)) return;
    const degree = graph.degree(key);
    if (!folded) {
      hits.push({ key, attributes, degree, score: 0 });
      return;
    }
    let score = matchScore(folded, attributes.label);
    let match = attributes.label;
    for (const alias of attributes.aliases) {
      const s = matchScore(folded, alias);
      if (s > score) {
        score = s;
        match = alias;
      }
    }
    if (score > 0) hits.push({ key, attributes, degree, match, score });
  });
  hits.sort((a, b) => b.score - a.score || b.degree - a.degree || a.attributes.label.localeCompare(b.attributes.label));
  return {
    items: hits.slice(offset, offset + limit).map(({ score: _score, ...hit }) => hit),
    total: hits.length,
  };
}
