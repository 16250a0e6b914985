// Lists edges with their evidence, by source, target, relation, date range and article: the raw material a
// researcher checks a claim against.
import type { KgGraph, Relation } from '../types.ts';
import { filterGraph } from './filter.ts';
import { edgeItem } from './refs.ts';
import { resolveNode } from './resolve.ts';
import type { EdgeItem, EdgesResponse } from './types.ts';

export interface EdgesQuery {
  /** keys, labels or aliases */
  source?: string;
  target?: string;
  relations?: readonly Relation[];
  from?: string;
  to?: string;
  articles?: readonly string[];
  limit?: number;
  offset?: number;
}

/** Newest evidence first; unknown `source`/`target` throw NotFoundError naming the parameter. */
export function queryEdges(graph: KgGraph, q: EdgesQuery): EdgesResponse {
  const source = q.source ? resolveNode(graph, q.source, 'source') : undefined;
  const target = q.target ? resolveNode(graph, q.target, 'target') : undefined;
  const dated = filterGraph(graph, { relations: q.relations, from: q.from, to: q.to, articles: q.articles });
  const keys: string[] = source ? dated.hasNode(source) ? dated.outEdges(source) : []
    : target ? dated.hasNode(target) ? dated.inEdges(target) : [] : dated.edges();
  const items: EdgeItem[] = [];
  for (const key of keys) {
    if (source && dated.source(key) !== source) continue;
    if (target && dated.target(key) !== target) continue;
    items.push(edgeItem(dated, key));
  }
  items.sort((a, b) => b.attributes.lastDate.localeCompare(a.attributes.lastDate) || a.key.localeCompare(b.key));
  const offset = q.offset ?? 0;
  return { items: items.slice(offset, offset + (q.limit ?? items.length)), total: items.length };
}
