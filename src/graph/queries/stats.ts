// Counts that summarise the graph: nodes by kind, edges by relation, evidence, the best-connected actors
// and the date range the evidence spans.
import { RELATIONS, type KgGraph, type NodeKind, type Relation } from '../types.ts';
import type { StatsResponse } from './types.ts';

export function graphStats(graph: KgGraph, topN = 10): StatsResponse {
  const byKind: Record<NodeKind, number> = { actor: 0, demand: 0, response: 0 };
  const byRelation = Object.fromEntries(RELATIONS.map((r) => [r, 0])) as Record<Relation, number>;
  const actors: StatsResponse['topActors'] = [];
  graph.forEachNode((key, a) => {
    byKind[a.kind] += 1;
    if (a.kind === 'actor') actors.push({ key, label: a.label, kind: a.kind, degree: graph.degree(key) });
  });
  let evidence = 0;
  let from: string | null = null;
  let to: string | null = null;
  graph.forEachEdge((_e, a) => {
    byRelation[a.relation] += 1;
    evidence += a.evidence.length;
    if (from === null || a.firstDate < from) from = a.firstDate;
    if (to === null || a.lastDate > to) to = a.lastDate;
  });
  actors.sort((a, b) => b.degree - a.degree || a.label.localeCompare(b.label));
  return {
    nodes: graph.order,
    edges: graph.size,
    articles: Object.keys(graph.getAttribute('articles') ?? {}).length,
    evidence,
    byKind,
    byRelation,
    topActors: actors.slice(0, topN),
    dateRange: from !== null && to !== null ? { from, to } : null,
  };
}
