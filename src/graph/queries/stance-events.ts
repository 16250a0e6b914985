// The dated stance sentences behind the stance views (matrix, shifts, timeline): one event per evidence sentence
// of an actor → demand/response edge, and which row actor each speaker counts as (people folded into their state).
import { actorGroup } from '../representation.ts';
import { POSITION_RELATIONS, type KgGraph, type PositionRelation, type Relation } from '../types.ts';
import { filterGraph, isEmptyFilter, type GraphFilter } from './filter.ts';
import { memo } from './memo.ts';
import { nodeRef } from './refs.ts';
import type { StanceEvent } from './stance-types.ts';

export function isPositionRelation(r: Relation): r is PositionRelation {
  return (POSITION_RELATIONS as readonly string[]).includes(r);
}

/**
 * Which actor each representative counts as: the actor whose group (representation.ts `actorGroup`, the same
 * rule the actor filter uses) holds it. Only actors that represent no one head a group; a person in two groups
 * goes to the better-connected head. Actors not listed count as themselves.
 */
export function foldMap(graph: KgGraph): Map<string, string> {
  return memo(graph, 'stance-fold', () => {
    const heads: string[] = [];
    graph.forEachNode((key, a) => {
      if (a.kind === 'actor' && !graph.someOutEdge(key, (_e, ea) => ea.relation === 'represents')) heads.push(key);
    });
    heads.sort((x, y) => graph.degree(y) - graph.degree(x) || (x < y ? -1 : x > y ? 1 : 0));
    const fold = new Map<string, string>();
    for (const head of heads) {
      for (const member of actorGroup(graph, head)) {
        if (member !== head && !fold.has(member)) fold.set(member, head);
      }
    }
    return fold;
  });
}

/** The graph the filter keeps (the graph itself when the filter is empty). */
export function filtered(graph: KgGraph, filter: GraphFilter): KgGraph {
  return isEmptyFilter(filter) ? graph : filterGraph(graph, filter);
}

/** Chronological order of events: date, then article and sentence, so a day's sentences keep their reading order. */
export function byTime(a: StanceEvent, b: StanceEvent): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.article !== b.article) return a.article < b.article ? -1 : 1;
  return a.sentence - b.sentence || (a.edge < b.edge ? -1 : a.edge > b.edge ? 1 : 0);
}

/** The stance edges of one row actor on one position: what a matrix cell or a shift is built from. */
export interface StancePair {
  row: string;
  column: string;
  edges: string[];
  /** evidence entries over those edges (a sentence backing two of them counts twice) */
  weight: number;
}

/**
 * Groups the stance edges of `source` (a possibly filtered graph) by row actor and position, in graph order,
 * without reading their sentences: on 500,000 edges one object per sentence cost seconds of garbage collection.
 * Keyed by row, then position (no string built per edge).
 */
function groupPairs(source: KgGraph, rowOf: (speaker: string) => string): StancePair[] {
  const byRow = new Map<string, Map<string, StancePair>>();
  const pairs: StancePair[] = [];
  source.forEachEdge((edge, a, speaker, position, speakerAttrs, positionAttrs) => {
    if (!isPositionRelation(a.relation) || speakerAttrs.kind !== 'actor' || positionAttrs.kind === 'actor') return;
    const row = rowOf(speaker);
    let columns = byRow.get(row);
    if (!columns) byRow.set(row, (columns = new Map()));
    const pair = columns.get(position);
    if (pair) {
      pair.edges.push(edge);
      pair.weight += a.evidence.length;
    } else {
      const created = { row, column: position, edges: [edge], weight: a.evidence.length };
      columns.set(position, created);
      pairs.push(created);
    }
  });
  return pairs;
}

/**
 * The stance pairs of `source` with people folded by `folds` (null: kept apart); kept per graph for the whole
 * graph, which the matrix and the shifts both read unfiltered most of the time. Treat the result as read-only.
 */
export function stancePairs(full: KgGraph, source: KgGraph, folds: Map<string, string> | null): StancePair[] {
  const rowOf = (s: string): string => folds?.get(s) ?? s;
  if (source !== full) return groupPairs(source, rowOf);
  return memo(full, folds ? 'stance-pairs-folded' : 'stance-pairs-apart', () => groupPairs(source, rowOf));
}

/** The stance events of one pair's edges, in graph order. */
export function pairEvents(full: KgGraph, source: KgGraph, pair: StancePair): StanceEvent[] {
  const actor = nodeRef(full, pair.row);
  const position = nodeRef(full, pair.column);
  const events: StanceEvent[] = [];
  for (const edge of pair.edges) {
    const a = source.getEdgeAttributes(edge);
    const via = nodeRef(full, source.source(edge));
    for (const ev of a.evidence) {
      events.push({ date: ev.date, relation: a.relation as PositionRelation, actor, via, position, edge, article: ev.article, sentence: ev.sentence, text: ev.text });
    }
  }
  return events;
}

export interface EventScope {
  /** the row actor of a speaker; null leaves the speaker's stances out */
  rowOf: (speaker: string) => string | null;
  /** only stances on this position */
  position?: string;
  /** only stances of these speakers (visits their edges instead of the whole graph) */
  speakers?: Iterable<string>;
}

/**
 * Every stance sentence of `source` (a possibly filtered graph) in graph order. Node references are read from
 * `full`, since a row actor may have been filtered out of `source` while its people's stances remain.
 */
export function stanceEvents(full: KgGraph, source: KgGraph, scope: EventScope): StanceEvent[] {
  const events: StanceEvent[] = [];
  const refs = new Map<string, ReturnType<typeof nodeRef>>();
  const ref = (key: string) => {
    let r = refs.get(key);
    if (!r) refs.set(key, (r = nodeRef(full, key)));
    return r;
  };
  const visit = (edge: string, a: ReturnType<KgGraph['getEdgeAttributes']>, speaker: string, position: string): void => {
    if (!isPositionRelation(a.relation)) return;
    if (source.getNodeAttribute(speaker, 'kind') !== 'actor' || source.getNodeAttribute(position, 'kind') === 'actor') return;
    const row = scope.rowOf(speaker);
    if (row === null) return;
    for (const ev of a.evidence) {
      events.push({ date: ev.date, relation: a.relation, actor: ref(row), via: ref(speaker), position: ref(position), edge, article: ev.article, sentence: ev.sentence, text: ev.text });
    }
  };
  if (scope.position !== undefined) {
    if (source.hasNode(scope.position)) source.forEachInEdge(scope.position, (edge, a, s, t) => visit(edge, a, s, t));
  } else {
    source.forEachEdge((edge, a, s, t) => visit(edge, a, s, t));
  }
  return events;
}
