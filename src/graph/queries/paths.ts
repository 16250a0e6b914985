// Every shortest path between two nodes (up to a limit), by graphology-shortest-path's breadth-first
// distances; edges may be walked against their direction unless `directed`, since "Russia demands X, X targets NATO" links the two.
import { singleSourceLength, undirectedSingleSourceLength } from 'graphology-shortest-path/unweighted.js';
import type { KgGraph } from '../types.ts';
import { nodeRef } from './refs.ts';
import { resolveNode } from './resolve.ts';
import type { Path, PathStep, PathsResponse } from './types.ts';

export interface PathsOptions {
  maxLength?: number;
  directed?: boolean;
  /** at most this many paths are listed; `total` still counts them all */
  limit?: number;
}

/** `from` and `to` may be keys, labels or aliases; throws NotFoundError naming the parameter. */
export function shortestPaths(graph: KgGraph, fromName: string, toName: string, { maxLength = 6, directed = false, limit = 20 }: PathsOptions = {}): PathsResponse {
  const from = resolveNode(graph, fromName, 'from');
  const to = resolveNode(graph, toName, 'to');
  const base = { from: nodeRef(graph, from), to: nodeRef(graph, to), directed, maxLength };
  if (from === to) return { ...base, items: [{ length: 0, nodes: [nodeRef(graph, from)], edges: [] }], total: 1 };
  const dist = directed ? singleSourceLength(graph, from) : undirectedSingleSourceLength(graph, from);
  const length = dist[to];
  if (length === undefined || length > maxLength) return { ...base, items: [], total: 0 };

  // Steps that lead one closer to `from`, walking back from `v`.
  const backSteps = (v: string): PathStep[] => {
    const steps: PathStep[] = [];
    const d = dist[v]!;
    const take = (edge: string, u: string): void => {
      if (dist[u] === d - 1) {
        steps.push({ edge, relation: graph.getEdgeAttribute(edge, 'relation'), source: graph.source(edge), target: graph.target(edge) });
      }
    };
    graph.forEachInEdge(v, (e, _a, s) => take(e, s));
    if (!directed) graph.forEachOutEdge(v, (e, _a, _s, t) => take(e, t));
    return steps.sort((a, b) => a.edge.localeCompare(b.edge));
  };
  const other = (step: PathStep, v: string): string => (step.source === v ? step.target : step.source);

  // Count all shortest paths (memoised), then list the first `limit` of them depth-first.
  const count = new Map<string, number>([[from, 1]]);
  const countTo = (v: string): number => {
    const known = count.get(v);
    if (known !== undefined) return known;
    let n = 0;
    for (const s of backSteps(v)) n += countTo(other(s, v));
    count.set(v, n);
    return n;
  };
  const total = countTo(to);
  const items: Path[] = [];
  const walk = (v: string, nodes: string[], edges: PathStep[]): void => {
    if (items.length >= limit) return;
    if (v === from) {
      items.push({ length, nodes: [...nodes].reverse().map((n) => nodeRef(graph, n)), edges: [...edges].reverse() });
      return;
    }
    for (const s of backSteps(v)) {
      const u = other(s, v);
      walk(u, [...nodes, u], [...edges, s]);
    }
  };
  walk(to, [to], []);
  return { ...base, items, total };
}
