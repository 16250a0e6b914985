// The graph's adjacency as flat typed arrays (compressed sparse rows, out and in), with node ranks by degree:
// breadth-first walks over 500,000 edges take milliseconds instead of the callbacks' hundreds.
import { RELATIONS, type KgGraph, type Relation } from '../types.ts';
import { memo } from './memo.ts';

/** Neighbours of node i in one direction: `node[start[i] .. start[i+1])`, walked through `edge[...]`. */
export interface Rows {
  start: Int32Array;
  node: Int32Array;
  edge: Int32Array;
}

export interface Adjacency {
  /** node index → key, and back */
  keys: string[];
  index: Map<string, number>;
  /** edge index → key and relation code (position in RELATIONS) */
  edgeKeys: string[];
  relation: Uint8Array;
  out: Rows;
  in: Rows;
  /** in + out degree */
  degree: Int32Array;
  /** position of each node when all are ordered by degree (highest first), then key */
  rank: Int32Array;
}

export const RELATION_CODE: ReadonlyMap<Relation, number> = new Map(RELATIONS.map((r, i) => [r, i]));

/** A bit mask of relation codes; every relation when none are given. */
export function relationMask(relations?: readonly Relation[]): number {
  if (!relations?.length) return (1 << RELATIONS.length) - 1;
  let mask = 0;
  for (const r of relations) mask |= 1 << RELATION_CODE.get(r)!;
  return mask;
}

function rows(n: number, from: Int32Array, to: Int32Array): Rows {
  const start = new Int32Array(n + 1);
  for (let e = 0; e < from.length; e++) start[from[e]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const node = new Int32Array(from.length);
  const edge = new Int32Array(from.length);
  for (let e = 0; e < from.length; e++) {
    const at = fill[from[e]!]!++;
    node[at] = to[e]!;
    edge[at] = e;
  }
  return { start, node, edge };
}

function build(graph: KgGraph): Adjacency {
  const keys = graph.nodes();
  const index = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) index.set(keys[i]!, i);
  const edgeKeys: string[] = new Array(graph.size);
  const relation = new Uint8Array(graph.size);
  const source = new Int32Array(graph.size);
  const target = new Int32Array(graph.size);
  let e = 0;
  graph.forEachEdge((key, a, s, t) => {
    edgeKeys[e] = key;
    relation[e] = RELATION_CODE.get(a.relation) ?? 0;
    source[e] = index.get(s)!;
    target[e] = index.get(t)!;
    e++;
  });
  const out = rows(keys.length, source, target);
  const inRows = rows(keys.length, target, source);
  const degree = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) degree[i] = out.start[i + 1]! - out.start[i]! + inRows.start[i + 1]! - inRows.start[i]!;
  // Degree first (cheap), localeCompare only between equal degrees: the order the neighbourhood lists nodes in.
  const order = Array.from(keys.keys()).sort((a, b) => degree[b]! - degree[a]! || keys[a]!.localeCompare(keys[b]!));
  const rank = new Int32Array(keys.length);
  for (let r = 0; r < order.length; r++) rank[order[r]!] = r;
  return { keys, index, edgeKeys, relation, out, in: inRows, degree, rank };
}

/** The adjacency of `graph`, built once and kept until the graph changes. */
export function adjacency(graph: KgGraph): Adjacency {
  return memo(graph, 'adjacency', () => build(graph));
}

/**
 * Marks reused between walks (one walk runs at a time: queries are synchronous), so a walk over a few nodes
 * does not allocate arrays the size of the graph. `next()` starts a new walk; a node or edge is marked when its
 * stamp equals the walk's.
 */
export class Marks {
  private stamp = 0;
  readonly node: Int32Array;
  readonly edge: Int32Array;
  constructor(nodes: number, edges: number) {
    this.node = new Int32Array(nodes);
    this.edge = new Int32Array(edges);
  }
  next(): number {
    if (this.stamp === 0x7fffffff) {
      this.node.fill(0);
      this.edge.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }
}

export function marks(graph: KgGraph, name: string): Marks {
  const adj = adjacency(graph);
  return memo(graph, `marks:${name}`, () => new Marks(adj.keys.length, adj.edgeKeys.length));
}
