// The node and edge attributes every table-like export carries (GEXF, GraphML), declared once with a
// format-neutral type; each writer maps the type to its own vocabulary ("integer" in GEXF, "int" in GraphML).
import type { EdgeAttributes, NodeAttributes } from '../graph/types.ts';

export type ColumnType = 'string' | 'integer' | 'double' | 'boolean';

export interface Column<T> {
  id: string;
  type: ColumnType;
  value: (attrs: T, key: string) => string | number | boolean | undefined;
}

export type NodeRow = NodeAttributes & { degree: number };

/** Node columns, in declaration order. */
export const NODE_COLUMNS: Array<Column<NodeRow>> = [
  { id: 'kind', type: 'string', value: (a) => a.kind },
  { id: 'actorType', type: 'string', value: (a) => (a.kind === 'actor' ? a.actorType : undefined) },
  { id: 'role', type: 'string', value: (a) => (a.kind === 'actor' ? a.role : undefined) },
  { id: 'known', type: 'boolean', value: (a) => (a.kind === 'actor' ? a.known : undefined) },
  { id: 'category', type: 'string', value: (a) => (a.kind !== 'actor' ? a.category : undefined) },
  { id: 'concept', type: 'string', value: (a) => (a.kind !== 'actor' ? a.concept : undefined) },
  { id: 'aliases', type: 'string', value: (a) => (a.aliases.length ? a.aliases.join('; ') : undefined) },
  { id: 'degree', type: 'integer', value: (a) => a.degree },
];

/** Edge columns, in declaration order. */
export const EDGE_COLUMNS: Array<Column<EdgeAttributes>> = [
  { id: 'relation', type: 'string', value: (a) => a.relation },
  { id: 'cameo', type: 'string', value: (a) => a.cameo },
  { id: 'plover', type: 'string', value: (a) => a.plover },
  { id: 'condition', type: 'string', value: (a) => a.condition },
  { id: 'strength', type: 'string', value: (a) => a.strength },
  { id: 'evidenceCount', type: 'integer', value: (a) => a.evidence.length },
  { id: 'firstSentence', type: 'string', value: (a) => a.evidence[0]?.text },
  { id: 'firstDate', type: 'string', value: (a) => a.firstDate },
  { id: 'lastDate', type: 'string', value: (a) => a.lastDate },
  { id: 'articles', type: 'string', value: (a) => articleIds(a) },
];

/** The distinct articles behind an edge, "a; b" (most edges have one piece of evidence: skip the Set). */
export function articleIds(a: EdgeAttributes): string {
  return a.evidence.length === 1 ? a.evidence[0]!.article : [...new Set(a.evidence.map((e) => e.article))].join('; ');
}
