// The neighbourhood of a node up to a depth, following edges in both directions, optionally only edges of
// some relations: the ego network a user expands step by step.
import { NotFoundError } from '../../errors.ts';
import type { KgGraph, Relation } from '../types.ts';
import { edgeItem, list, nodeRef } from './refs.ts';
import type { EdgeItem, NeighborsResponse, NodeItem } from './types.ts';

export interface NeighborsOptions {
  depth?: number;
  relations?: readonly Relation[];
  direction?: 'out' | 'in' | 'both';
}

export function neighbors(graph: KgGraph, key: string, { depth = 1, relations, direction = 'both' }: NeighborsOptions = {}): NeighborsResponse {
  if (!graph.hasNode(key)) throw new NotFoundError(`node "${key.slice(0, 100)}" does not exist; search with GET /api/nodes?q=`);
  const distance = new Map<string, number>([[key, 0]]);
  const edges = new Set<string>();
  let frontier = [key];
  for (let d = 1; d <= depth && frontier.length; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      const visit = (edge: string, relation: Relation, other: string): void => {
        if (relations?.length && !relations.includes(relation)) return;
        edges.add(edge);
        if (!distance.has(other)) {
          distance.set(other, d);
          next.push(other);
        }
      };
      if (direction !== 'in') graph.forEachOutEdge(node, (e, a, _s, t) => visit(e, a.relation, t));
      if (direction !== 'out') graph.forEachInEdge(node, (e, a, s) => visit(e, a.relation, s));
    }
    frontier = next;
  }
  const nodes: Array<NodeItem & { distance: number }> = [];
  for (const [n, d] of distance) {
    if (n !== key) nodes.push({ key: n, attributes: graph.getNodeAttributes(n), distance: d });
  }
  nodes.sort((a, b) => a.distance - b.distance || graph.degree(b.key) - graph.degree(a.key) || a.key.localeCompare(b.key));
  const edgeItems: EdgeItem[] = [...edges].sort().map((e) => edgeItem(graph, e));
  return { center: nodeRef(graph, key), depth, nodes: list(nodes), edges: list(edgeItems) };
}
