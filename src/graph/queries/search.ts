// Searches node labels and aliases, case- and accent-insensitively, best match first: exact, then prefix,
// then word prefix, then substring, ties broken by degree (the better-connected node is the likelier one).
import type { KgGraph, NodeKind } from '../types.ts';
import type { NodeHit, NodesResponse } from './types.ts';
import { foldedNames } from './names.ts';
import { foldedMatchScore, foldText } from './text.ts';

export interface SearchOptions {
  q?: string;
  kinds?: readonly NodeKind[];
  limit?: number;
  offset?: number;
}

export function searchNodes(graph: KgGraph, { q = '', kinds, limit = 50, offset = 0 }: SearchOptions): NodesResponse {
  const folded = foldText(q);
  const hits: Array<NodeHit & { score: number }> = [];
  for (const names of foldedNames(graph)) {
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
