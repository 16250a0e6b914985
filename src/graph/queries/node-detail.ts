// One node with its degree and its edges grouped by relation, each edge naming the node at its other end:
// what a details panel shows when the user clicks a node (the best-supported edges of each relation first).
import { NotFoundError } from '../../errors.ts';
import type { KgGraph, Relation } from '../types.ts';
import { memo } from './memo.ts';
import { EVIDENCE_IN_ANSWERS, edgeItem, nodeRef } from './refs.ts';
import type { NodeDetailResponse, NodeEdge } from './types.ts';

export interface NodeDetailOptions {
  /** edges listed per relation (most evidence first); `edgeTotals` counts them all */
  limit?: number;
}

/** A hub actor has tens of thousands of edges: a page per relation keeps its answer small. */
export const DEFAULT_EDGES_PER_RELATION = 50;

interface Grouped {
  /** per relation, [edge, direction, other] sorted by evidence (most first), then edge key */
  byRelation: Map<Relation, Array<{ edge: string; direction: 'out' | 'in'; other: string; evidence: number }>>;
}

function group(graph: KgGraph, key: string): Grouped {
  const byRelation: Grouped['byRelation'] = new Map();
  const push = (edge: string, relation: Relation, evidence: number, direction: 'out' | 'in', other: string): void => {
    let list = byRelation.get(relation);
    if (!list) byRelation.set(relation, (list = []));
    list.push({ edge, direction, other, evidence });
  };
  graph.forEachOutEdge(key, (edge, a, _s, target) => push(edge, a.relation, a.evidence.length, 'out', target));
  graph.forEachInEdge(key, (edge, a, source) => push(edge, a.relation, a.evidence.length, 'in', source));
  for (const list of byRelation.values()) list.sort((a, b) => b.evidence - a.evidence || a.edge.localeCompare(b.edge));
  return { byRelation };
}

// Sorting a hub's edges takes tens of milliseconds: keep each sorted grouping until the graph changes.
const SORT_CACHE_MIN_DEGREE = 200;

export function nodeDetail(graph: KgGraph, key: string, { limit = DEFAULT_EDGES_PER_RELATION }: NodeDetailOptions = {}): NodeDetailResponse {
  if (!graph.hasNode(key)) throw new NotFoundError(`node "${key.slice(0, 100)}" does not exist; search with GET /api/nodes?q=`);
  const inDegree = graph.inDegree(key);
  const outDegree = graph.outDegree(key);
  const grouped =
    inDegree + outDegree < SORT_CACHE_MIN_DEGREE
      ? group(graph, key)
      : (() => {
          const cache = memo(graph, 'node-detail', () => new Map<string, Grouped>());
          let g = cache.get(key);
          if (!g) cache.set(key, (g = group(graph, key)));
          return g;
        })();
  const edges: NodeDetailResponse['edges'] = {};
  const edgeTotals: NodeDetailResponse['edgeTotals'] = {};
  for (const [relation, list] of grouped.byRelation) {
    edgeTotals[relation] = list.length;
    edges[relation] = list.slice(0, limit).map(({ edge, direction, other }): NodeEdge => ({ ...edgeItem(graph, edge, EVIDENCE_IN_ANSWERS), direction, other: nodeRef(graph, other) }));
  }
  return {
    key,
    attributes: graph.getNodeAttributes(key),
    degree: { in: inDegree, out: outDegree, total: inDegree + outDegree },
    edges,
    edgeTotals,
  };
}
