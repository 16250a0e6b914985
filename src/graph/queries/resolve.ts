// Resolves what a user passes for a node (its key, or a label or alias such as "Moscow") to a node key,
// and answers NotFoundError naming the parameter when nothing matches.
import { NotFoundError } from '../../errors.ts';
import type { KgGraph, NodeKind } from '../types.ts';
import { nodesByFoldedName } from './names.ts';
import { foldText } from './text.ts';

/**
 * Exact key first; otherwise a node whose label or alias folds to the same text (actors preferred, then the
 * node with the highest degree, so "US" picks the country over a stray position of that name).
 */
export function findNode(graph: KgGraph, keyOrName: string, kinds?: readonly NodeKind[]): string | null {
  if (graph.hasNode(keyOrName)) {
    const kind = graph.getNodeAttribute(keyOrName, 'kind');
    return !kinds || kinds.includes(kind) ? keyOrName : null;
  }
  const wanted = foldText(keyOrName);
  if (!wanted) return null;
  let best: string | null = null;
  let bestRank = -1;
  for (const key of nodesByFoldedName(graph).get(wanted) ?? []) {
    const kind = graph.getNodeAttribute(key, 'kind');
    if (kinds && !kinds.includes(kind)) continue;
    const rank = (kind === 'actor' ? 1e9 : 0) + graph.degree(key);
    if (rank > bestRank) {
      best = key;
      bestRank = rank;
    }
  }
  return best;
}

/** Like findNode, but throws NotFoundError naming `param` when nothing matches. */
export function resolveNode(graph: KgGraph, keyOrName: string, param: string, kinds?: readonly NodeKind[]): string {
  const key = findNode(graph, keyOrName, kinds);
  if (key === null) {
    const what = kinds ? kinds.join(' or ') : 'node';
    throw new NotFoundError(`${param}: no ${what} with key, label or alias "${keyOrName.slice(0, 100)}"; search with GET /api/nodes?q=`);
  }
  return key;
}
