// Lists edges with their evidence, by source, target, relation, date range and article: the raw material a
// researcher checks a claim against.
import type { EdgeAttributes, KgGraph, Relation } from '../types.ts';
import { trimEdge } from './filter.ts';
import { memo } from './memo.ts';
import { resolveNode } from './resolve.ts';
import type { EdgesResponse } from './types.ts';

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

type Listed = { key: string; source: string; target: string; attributes: EdgeAttributes };

/** Newest evidence first, then by key (code-point order). */
function byRecency(a: Listed, b: Listed): number {
  const x = a.attributes.lastDate;
  const y = b.attributes.lastDate;
  if (x !== y) return x < y ? 1 : -1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

interface RecencyIndex {
  /** every edge key, newest evidence first, then by key */
  keys: string[];
  /** the relation of keys[i] */
  relations: Relation[];
  /** the same order, per relation */
  byRelation: Map<Relation, string[]>;
}

/**
 * Every edge newest first, once per graph: a query without dates or articles then only walks (or slices) it.
 * Built by bucketing edges by date and sorting each bucket's keys natively: sorting 500,000 objects with a
 * comparator took seconds.
 */
function recencyIndex(graph: KgGraph): RecencyIndex {
  return memo(graph, 'edges-by-recency', () => {
    const buckets = new Map<string, string[]>();
    graph.forEachEdge((key, a) => {
      const bucket = buckets.get(a.lastDate);
      if (bucket) bucket.push(key);
      else buckets.set(a.lastDate, [key]);
    });
    const index: RecencyIndex = { keys: [], relations: [], byRelation: new Map() };
    for (const date of [...buckets.keys()].sort().reverse()) {
      for (const key of buckets.get(date)!.sort()) {
        const relation = graph.getEdgeAttribute(key, 'relation');
        index.keys.push(key);
        index.relations.push(relation);
        const list = index.byRelation.get(relation);
        if (list) list.push(key);
        else index.byRelation.set(relation, [key]);
      }
    }
    return index;
  });
}

function listed(graph: KgGraph, key: string): Listed {
  return { key, source: graph.source(key), target: graph.target(key), attributes: graph.getEdgeAttributes(key) };
}

/** Newest evidence first, then by key; unknown `source`/`target` throw NotFoundError naming the parameter. */
export function queryEdges(graph: KgGraph, q: EdgesQuery): EdgesResponse {
  const source = q.source ? resolveNode(graph, q.source, 'source') : undefined;
  const target = q.target ? resolveNode(graph, q.target, 'target') : undefined;
  const offset = q.offset ?? 0;
  const limit = q.limit ?? Number.POSITIVE_INFINITY;
  const relationOk = (attrs: EdgeAttributes): boolean => !q.relations?.length || q.relations.includes(attrs.relation);
  // Items are built for the page only: listing 45,000 "demands" edges to answer 50 of them took a second.
  if (!source && !target && !q.from && !q.to && !q.articles?.length) {
    const index = recencyIndex(graph);
    const relations = new Set(q.relations);
    if (relations.size <= 1) {
      const keys = relations.size ? index.byRelation.get([...relations][0]!) ?? [] : index.keys;
      return { items: keys.slice(offset, offset + limit).map((key) => listed(graph, key)), total: keys.length };
    }
    const items: Listed[] = [];
    let total = 0;
    index.keys.forEach((key, i) => {
      if (!relations.has(index.relations[i]!)) return;
      if (total >= offset && items.length < limit) items.push(listed(graph, key));
      total++;
    });
    return { items, total };
  }
  // The edges that pass, with their evidence cut to the dates and articles asked for (which can change their order).
  const kept: Listed[] = [];
  const visit = (key: string, attrs: EdgeAttributes, s: string, t: string): void => {
    if (source && s !== source) return;
    if (target && t !== target) return;
    if (!relationOk(attrs)) return;
    const attributes = trimEdge(q, attrs);
    if (attributes) kept.push({ key, source: s, target: t, attributes });
  };
  if (source) graph.forEachOutEdge(source, visit);
  else if (target) graph.forEachInEdge(target, visit);
  else graph.forEachEdge(visit);
  kept.sort(byRecency);
  return { items: kept.slice(offset, offset + limit), total: kept.length };
}
