// One node with its degree and its edges grouped by relation, each edge naming the node at its other end:
// what a details panel shows when the user clicks a node.
import { NotFoundError } from '../../errors.ts';
import type { KgGraph } from '../types.ts';
import { edgeItem, nodeRef } from './refs.ts';
import type { NodeDetailResponse, NodeEdge } from './types.ts';

export function nodeDetail(graph: KgGraph, key: string): NodeDetailResponse {
  if (!graph.hasNode(key)) throw new NotFoundError(`node "${key.slice(0, 100)}" does not exist; search with GET /api/nodes?q=`);
  const edges: NodeDetailResponse['edges'] = {};
  const push = (edge: string, direction: 'out' | 'in', other: string): void => {
    const item: NodeEdge = { ...edgeItem(graph, edge), direction, other: nodeRef(graph, other) };
    (edges[item.attributes.relation] ??= []).push(item);
  };
  graph.forEachOutEdge(key, (edge, _a, _s, target) => push(edge, 'out', target));
  graph.forEachInEdge(key, (edge, _a, source) => push(edge, 'in', source));
  for (const list of Object.values(edges)) {
    list.sort((a, b) => b.attributes.evidence.length - a.attributes.evidence.length || a.key.localeCompare(b.key));
  }
  const inDegree = graph.inDegree(key);
  const outDegree = graph.outDegree(key);
  return {
    key,
    attributes: graph.getNodeAttributes(key),
    degree: { in: inDegree, out: outDegree, total: inDegree + outDegree },
    edges,
  };
}
