// Every shortest path between two nodes (up to a limit), by a breadth-first search from both ends that stops
// where they meet; edges may be walked against their direction unless `directed`, since "Russia demands X, X targets NATO" links the two.
import type { KgGraph } from '../types.ts';
import { adjacency, type Adjacency, type Rows } from './adjacency.ts';
import { memo } from './memo.ts';
import { nodeRef } from './refs.ts';
import { resolveNode } from './resolve.ts';
import type { Path, PathStep, PathsResponse } from './types.ts';

export interface PathsOptions {
  maxLength?: number;
  directed?: boolean;
  /** at most this many paths are listed; `total` still counts them all */
  limit?: number;
}

/** Per-graph scratch arrays: a node belongs to a side when its stamp equals the search's. */
interface Scratch {
  stamp: number;
  fromStamp: Int32Array;
  toStamp: Int32Array;
  fromDist: Int32Array;
  toDist: Int32Array;
  /** shortest paths from `from` to the node (forward side) or from the node to `to` (backward side) */
  fromCount: Float64Array;
  toCount: Float64Array;
}

function scratch(graph: KgGraph, n: number): Scratch {
  return memo(graph, 'paths-scratch', () => ({
    stamp: 0,
    fromStamp: new Int32Array(n),
    toStamp: new Int32Array(n),
    fromDist: new Int32Array(n),
    toDist: new Int32Array(n),
    fromCount: new Float64Array(n),
    toCount: new Float64Array(n),
  }));
}

/** `from` and `to` may be keys, labels or aliases; throws NotFoundError naming the parameter. */
export function shortestPaths(graph: KgGraph, fromName: string, toName: string, { maxLength = 6, directed = false, limit = 20 }: PathsOptions = {}): PathsResponse {
  const fromKey = resolveNode(graph, fromName, 'from');
  const toKey = resolveNode(graph, toName, 'to');
  const base = { from: nodeRef(graph, fromKey), to: nodeRef(graph, toKey), directed, maxLength };
  if (fromKey === toKey) return { ...base, items: [{ length: 0, nodes: [nodeRef(graph, fromKey)], edges: [] }], total: 1, truncated: false };
  const none = { ...base, items: [], total: 0, truncated: false };

  const adj = adjacency(graph);
  const s = scratch(graph, adj.keys.length);
  if (s.stamp === 0x7fffffff) {
    s.fromStamp.fill(0);
    s.toStamp.fill(0);
    s.stamp = 0;
  }
  const stamp = ++s.stamp;
  // Forward rows lead away from `from`; backward rows lead from a node to the one before it on a path.
  const forward: Rows[] = directed ? [adj.out] : [adj.out, adj.in];
  const backward: Rows[] = directed ? [adj.in] : [adj.out, adj.in];
  const from = adj.index.get(fromKey)!;
  const to = adj.index.get(toKey)!;
  s.fromStamp[from] = stamp;
  s.fromDist[from] = 0;
  s.fromCount[from] = 1;
  s.toStamp[to] = stamp;
  s.toDist[to] = 0;
  s.toCount[to] = 1;

  // Expand whole levels, the cheaper side first, until a new level touches the other side. Nodes met then lie at
  // the same distance from each end on every shortest path, so each path crosses exactly one of them.
  let fromFront = [from];
  let toFront = [to];
  let fromDepth = 0;
  let toDepth = 0;
  let meeting: number[] = [];
  while (fromDepth + toDepth < maxLength && fromFront.length && toFront.length) {
    const forwardSide = rowWork(fromFront, forward) <= rowWork(toFront, backward);
    if (forwardSide) {
      fromFront = expand(fromFront, forward, fromDepth, s.fromStamp, s.fromDist, s.fromCount, stamp);
      fromDepth++;
      meeting = fromFront.filter((v) => s.toStamp[v] === stamp);
    } else {
      toFront = expand(toFront, backward, toDepth, s.toStamp, s.toDist, s.toCount, stamp);
      toDepth++;
      meeting = toFront.filter((v) => s.fromStamp[v] === stamp);
    }
    if (meeting.length) break;
  }
  if (!meeting.length) return none;
  const length = fromDepth + toDepth;
  let total = 0;
  for (const x of meeting) total += s.fromCount[x]! * s.toCount[x]!;

  // Paths from the `to` side: the number of shortest paths from `from` reaching each backward-side node.
  const reaching = new Map<number, number>();
  const inFrom = (v: number): boolean => s.fromStamp[v] === stamp;
  const waysFrom = (v: number): number => {
    if (inFrom(v)) return s.fromCount[v]!;
    const known = reaching.get(v);
    if (known !== undefined) return known;
    let n = 0;
    forEachRow(backward, v, (u) => {
      if (s.toStamp[u] === stamp && s.toDist[u] === s.toDist[v]! + 1) n += waysFrom(u);
    });
    reaching.set(v, n);
    return n;
  };
  // Steps from `v` to the node before it on some shortest path, in edge-key order (the order paths are listed in).
  const stepsSeen = new Map<number, Array<{ edge: number; node: number }>>();
  const stepsBack = (v: number): Array<{ edge: number; node: number }> => {
    const known = stepsSeen.get(v);
    if (known) return known;
    const steps: Array<{ edge: number; node: number }> = [];
    stepsSeen.set(v, steps);
    if (inFrom(v)) {
      forEachRow(backward, v, (u, e) => {
        if (inFrom(u) && s.fromDist[u] === s.fromDist[v]! - 1) steps.push({ edge: e, node: u });
      });
    } else {
      forEachRow(backward, v, (u, e) => {
        if (s.toStamp[u] === stamp && s.toDist[u] === s.toDist[v]! + 1 && waysFrom(u) > 0) steps.push({ edge: e, node: u });
      });
    }
    return steps.sort((a, b) => adj.edgeKeys[a.edge]!.localeCompare(adj.edgeKeys[b.edge]!));
  };

  const items: Path[] = [];
  const walk = (v: number, nodes: number[], edges: number[]): void => {
    if (items.length >= limit) return;
    if (v === from) {
      items.push({ length, nodes: nodes.map((n) => nodeRef(graph, adj.keys[n]!)).reverse(), edges: edges.map((e) => step(graph, adj, e)).reverse() });
      return;
    }
    for (const { edge, node } of stepsBack(v)) {
      if (items.length >= limit) return;
      walk(node, [...nodes, node], [...edges, edge]);
    }
  };
  walk(to, [to], []);
  return { ...base, items, total, truncated: items.length < total };
}

function step(graph: KgGraph, adj: Adjacency, e: number): PathStep {
  const edge = adj.edgeKeys[e]!;
  return { edge, relation: graph.getEdgeAttribute(edge, 'relation'), source: graph.source(edge), target: graph.target(edge) };
}

function forEachRow(sides: Rows[], v: number, visit: (other: number, edge: number) => void): void {
  for (const side of sides) {
    for (let i = side.start[v]!, end = side.start[v + 1]!; i < end; i++) visit(side.node[i]!, side.edge[i]!);
  }
}

/** Entries a level expansion would read: the cost of expanding this frontier. */
function rowWork(front: number[], sides: Rows[]): number {
  let work = 0;
  for (const v of front) for (const side of sides) work += side.start[v + 1]! - side.start[v]!;
  return work;
}

/** The next level of one side's search, counting shortest paths (parallel edges are distinct paths). */
function expand(front: number[], sides: Rows[], depth: number, mark: Int32Array, dist: Int32Array, count: Float64Array, stamp: number): number[] {
  const next: number[] = [];
  for (const u of front) {
    for (const side of sides) {
      for (let i = side.start[u]!, end = side.start[u + 1]!; i < end; i++) {
        const v = side.node[i]!;
        if (mark[v] !== stamp) {
          mark[v] = stamp;
          dist[v] = depth + 1;
          count[v] = count[u]!;
          next.push(v);
        } else if (dist[v] === depth + 1) {
          count[v]! += count[u]!;
        }
      }
    }
  }
  return next;
}
