// One merged edge row (edges.parquet) as a graph edge, with the attributes `kg build` gives it.
import type { EdgeAttributes, Evidence, KgGraph, Relation } from '../graph/types.ts';

export function addEdgeFromRow(graph: KgGraph, row: Record<string, unknown>): void {
  const evidence = (row.evidence as Array<Record<string, unknown>>).map(
    (e): Evidence => ({ article: e.article as string, sentence: Number(e.sentence), text: e.text as string, date: e.date as string }),
  );
  const attrs: EdgeAttributes = { relation: row.relation as Relation, evidence, firstDate: row.first_date as string, lastDate: row.last_date as string };
  for (const k of ['cameo', 'plover', 'condition', 'strength'] as const) if (row[k]) attrs[k] = row[k] as string;
  graph.addDirectedEdgeWithKey(row.id as string, row.source as string, row.target as string, attrs);
}
