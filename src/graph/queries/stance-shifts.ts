// Stance shifts: actor–position pairs whose stance on one reported day differs from the previous reported day
// (rejects → accepts, threatens → imposes), each with the sentences of both days, newest first.
import type { PositionRelation } from '../types.ts';
import type { KgGraph } from '../types.ts';
import type { GraphFilter } from './filter.ts';
import { byTime, filtered, foldMap, pairEvents, stancePairs } from './stance-events.ts';
import type { Shift, ShiftSide, ShiftsResponse, StanceEvent } from './stance-types.ts';

export interface ShiftsOptions {
  /** count people in the state or organisation they represent (default true) */
  fold?: boolean;
  limit?: number;
  offset?: number;
}

export const DEFAULT_SHIFTS_LIMIT = 50;

/** The pair's events grouped by day, oldest first; a day's relations sorted so two days compare as strings. */
function days(events: StanceEvent[]): ShiftSide[] {
  const out: ShiftSide[] = [];
  for (const ev of [...events].sort(byTime)) {
    let day = out[out.length - 1];
    if (!day || day.date !== ev.date) out.push((day = { date: ev.date, relations: [], events: [] }));
    if (!day.relations.includes(ev.relation)) day.relations.push(ev.relation);
    day.events.push(ev);
  }
  for (const day of out) day.relations.sort((a: PositionRelation, b: PositionRelation) => (a < b ? -1 : 1));
  return out;
}

/**
 * A shift is reported between two consecutive days on which the pair has a stance when the set of relations
 * differs; the same relation repeated is no shift, and two relations on the same day have no order, so none.
 */
export function pairShifts(events: StanceEvent[]): Shift[] {
  const d = days(events);
  const shifts: Shift[] = [];
  for (let i = 1; i < d.length; i++) {
    const before = d[i - 1]!;
    const after = d[i]!;
    if (before.relations.join(',') === after.relations.join(',')) continue;
    shifts.push({ actor: after.events[0]!.actor, position: after.events[0]!.position, before, after });
  }
  return shifts;
}

const newestFirst = (a: Shift, b: Shift): number =>
  (a.after.date < b.after.date ? 1 : a.after.date > b.after.date ? -1 : 0) ||
  a.actor.label.localeCompare(b.actor.label) ||
  a.position.label.localeCompare(b.position.label) ||
  (a.before.date < b.before.date ? 1 : -1);

export function stanceShifts(graph: KgGraph, filter: GraphFilter = {}, o: ShiftsOptions = {}): ShiftsResponse {
  const fold = o.fold ?? true;
  const folds = fold ? foldMap(graph) : null;
  const source = filtered(graph, filter);
  const shifts: Shift[] = [];
  for (const pair of stancePairs(graph, source, folds)) {
    // One relation throughout cannot change: only pairs with two relations are read (a few of 300,000 on a large graph).
    const first = source.getEdgeAttribute(pair.edges[0]!, 'relation');
    if (pair.edges.every((e) => source.getEdgeAttribute(e, 'relation') === first)) continue;
    shifts.push(...pairShifts(pairEvents(graph, source, pair)));
  }
  const all = shifts.sort(newestFirst);
  const offset = o.offset ?? 0;
  return { fold, items: all.slice(offset, offset + (o.limit ?? DEFAULT_SHIFTS_LIMIT)), total: all.length };
}
