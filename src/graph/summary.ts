// Counts a graph's nodes by kind and edges by relation, for the CLI's summary and the stats endpoint.
import type { KgGraph } from './types.ts';

export interface GraphCounts {
  nodes: Record<string, number>;
  edges: Record<string, number>;
}

export function countGraph(graph: KgGraph): GraphCounts {
  const nodes: Record<string, number> = {};
  const edges: Record<string, number> = {};
  graph.forEachNode((_, a) => { nodes[a.kind] = (nodes[a.kind] ?? 0) + 1; });
  graph.forEachEdge((_, a) => { edges[a.relation] = (edges[a.relation] ?? 0) + 1; });
  return { nodes, edges };
}
