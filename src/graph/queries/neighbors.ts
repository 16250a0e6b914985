// The neighbourhood of a node up to a depth, following edges in both directions, optionally only edges of
// some relations: the ego network a user expands step by step, nearest and best-connected nodes first.
import { NotFoundError } from '../../errors.ts';
import type { KgGraph, Relation } from '../types.ts';
import { adjacency, marks, relationMask, type Rows } from './adjacency.ts';
import { EVIDENCE_IN_ANSWERS, edgeItem, nodeRef } from './refs.ts';
import type { EdgeItem, NeighborsResponse, NodeItem } from './types.ts';

export interface NeighborsOptions {
  depth?: number;
  relations?: readonly Relation[];
  direction?: 'out' | 'in' | 'both';
  /** at most this many nodes are listed (nearest, then highest degree); `nodes.total` counts them all */
  limit?: number;
}

export const DEFAULT_NEIGHBORS_LIMIT = 100;

/**
 * Breadth-first over the adjacency arrays. Lists the first `limit` nodes by distance, degree (highest first) and
 * key, and the walked edges between the centre and the listed nodes; both totals count the whole neighbourhood.
 * Within the limit, that is every node reached and every edge walked.
 */
export function neighbors(graph: KgGraph, key: string, { depth = 1, relations, direction = 'both', limit = DEFAULT_NEIGHBORS_LIMIT }: NeighborsOptions = {}): NeighborsResponse {
  if (!graph.hasNode(key)) throw new NotFoundError(`node "${key.slice(0, 100)}" does not exist; search with GET /api/nodes?q=`);
  const adj = adjacency(graph);
  const walk = marks(graph, 'neighbors');
  const seen = walk.next();
  const mask = relationMask(relations);
  const sides: Rows[] = direction === 'out' ? [adj.out] : direction === 'in' ? [adj.in] : [adj.out, adj.in];
  const center = adj.index.get(key)!;
  walk.node[center] = seen;

  // Nodes reached at each distance, and how many distinct edges were walked.
  const levels: number[][] = [];
  let edgesWalked = 0;
  let frontier = [center];
  for (let d = 1; d <= depth && frontier.length; d++) {
    const next: number[] = [];
    for (const node of frontier) {
      for (const side of sides) {
        for (let i = side.start[node]!, end = side.start[node + 1]!; i < end; i++) {
          const e = side.edge[i]!;
          if (!((mask >> adj.relation[e]!) & 1)) continue;
          if (walk.edge[e] !== seen) {
            walk.edge[e] = seen;
            edgesWalked++;
          }
          const other = side.node[i]!;
          if (walk.node[other] !== seen) {
            walk.node[other] = seen;
            next.push(other);
          }
        }
      }
    }
    levels.push(next);
    frontier = next;
  }

  // The first `limit` nodes: whole levels while they fit, then the best-ranked of the level that does not.
  const listed: Array<{ node: number; distance: number }> = [];
  for (let d = 0; d < levels.length && listed.length < limit; d++) {
    const level = levels[d]!;
    const room = limit - listed.length;
    const chosen = level.length <= room ? [...level] : bestRanked(level, room, adj.rank);
    chosen.sort((a, b) => adj.rank[a]! - adj.rank[b]!);
    for (const node of chosen) listed.push({ node, distance: d + 1 });
  }
  let total = 0;
  for (const level of levels) total += level.length;

  // Walked edges between listed nodes (and the centre): a second stamp marks the listed set.
  const inList = walk.next();
  walk.node[center] = inList;
  for (const { node } of listed) walk.node[node] = inList;
  // Out-rows hold each edge once, so no edge is listed twice.
  const edgeIndexes: number[] = [];
  for (const node of [center, ...listed.map((l) => l.node)]) {
    for (let i = adj.out.start[node]!, end = adj.out.start[node + 1]!; i < end; i++) {
      const e = adj.out.edge[i]!;
      if (walk.node[adj.out.node[i]!] === inList && walk.edge[e] === seen) edgeIndexes.push(e);
    }
  }
  const edgeKeys = edgeIndexes.map((e) => adj.edgeKeys[e]!).sort();
  const nodes: Array<NodeItem & { distance: number }> = listed.map(({ node, distance }) => ({ key: adj.keys[node]!, attributes: graph.getNodeAttributes(adj.keys[node]!), distance }));
  const edges: EdgeItem[] = edgeKeys.map((e) => edgeItem(graph, e, EVIDENCE_IN_ANSWERS));
  return { center: nodeRef(graph, key), depth, nodes: { items: nodes, total }, edges: { items: edges, total: edgesWalked } };
}

/** The `count` nodes of `level` with the lowest rank, without sorting the whole level. */
function bestRanked(level: number[], count: number, rank: Int32Array): number[] {
  // A level can hold most of the graph: bucket by rank (one pass) instead of sorting it.
  const byRank = new Int32Array(rank.length).fill(-1);
  for (const node of level) byRank[rank[node]!] = node;
  const out: number[] = [];
  for (let r = 0; r < byRank.length && out.length < count; r++) if (byRank[r]! >= 0) out.push(byRank[r]!);
  return out;
}
