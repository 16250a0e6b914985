// Merged rows (edges.parquet, evidence.parquet) as graph edges, with the attributes `kg build` gives them.
import type { EdgeAttributes, KgGraph, Relation } from '../graph/types.ts';

/** Adds the edge with no evidence yet: its sentences follow, in order, through addEvidenceFromRow. */
export function addEdgeFromRow(graph: KgGraph, row: Record<string, unknown>): void {
  const attrs: EdgeAttributes = { relation: row.relation as Relation, evidence: [], firstDate: row.first_date as string, lastDate: row.last_date as string };
  for (const k of ['cameo', 'plover', 'condition', 'strength'] as const) if (row[k]) attrs[k] = row[k] as string;
  graph.addDirectedEdgeWithKey(row.id as string, row.source as string, row.target as string, attrs);
}

export function addEvidenceFromRow(graph: KgGraph, row: Record<string, unknown>): void {
  graph.getEdgeAttribute(row.edge as string, 'evidence').push({ article: row.article as string, sentence: Number(row.sentence), text: row.text as string, date: row.date as string });
}
