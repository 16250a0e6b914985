// Every node's label and aliases folded once per graph (foldText: case, accents, punctuation), for search,
// text filters and name resolution: folding 100,000 labels again for every request cost 150 ms.
import type { KgGraph } from '../types.ts';
import { memo } from './memo.ts';
import { foldText } from './text.ts';

export interface FoldedNames {
  key: string;
  /** the folded label */
  label: string;
  /** the folded aliases, in the node's order */
  aliases: string[];
}

/** Folded names of every node, in the graph's node order. */
export function foldedNames(graph: KgGraph): FoldedNames[] {
  return memo(graph, 'folded-names', () =>
    graph.mapNodes((key, a) => ({ key, label: foldText(a.label), aliases: a.aliases.map(foldText) })),
  );
}

/** Each node's folded names and its place in node order, by key. */
export function foldedNamesByKey(graph: KgGraph): Map<string, { names: FoldedNames; order: number }> {
  return memo(graph, 'folded-names-by-key', () => new Map(foldedNames(graph).map((names, order) => [names.key, { names, order }])));
}

/** Folded label or alias → the keys of the nodes it names, in node order. */
export function nodesByFoldedName(graph: KgGraph): Map<string, string[]> {
  return memo(graph, 'nodes-by-folded-name', () => {
    const index = new Map<string, string[]>();
    for (const { key, label, aliases } of foldedNames(graph)) {
      for (const name of new Set([label, ...aliases])) {
        if (!name) continue;
        const keys = index.get(name);
        if (keys) keys.push(key);
        else index.set(name, [key]);
      }
    }
    return index;
  });
}
