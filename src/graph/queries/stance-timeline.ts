// The dated stance events of an actor (with those representing it), of a position, or of the pair: what the
// explorer draws on a date axis, each event with its sentence and article.
import { BadRequestError } from '../../errors.ts';
import { actorGroup } from '../representation.ts';
import type { KgGraph, PositionRelation } from '../types.ts';
import type { GraphFilter } from './filter.ts';
import { nodeRef } from './refs.ts';
import { resolveNode } from './resolve.ts';
import { byTime, filtered, foldMap, stanceEvents } from './stance-events.ts';
import type { TimelineResponse } from './stance-types.ts';

export interface TimelineOptions {
  /** an actor's key, label or alias */
  actor?: string;
  /** a demand's or response's key, label or alias */
  position?: string;
  /** include the stances of those representing the actor (default true) */
  fold?: boolean;
  /** only these relations */
  relations?: readonly PositionRelation[];
  /** evidence dates and articles, as the graph filter reads them */
  from?: string;
  to?: string;
  articles?: readonly string[];
  limit?: number;
}

export const DEFAULT_TIMELINE_LIMIT = 1000;

export function stanceTimeline(graph: KgGraph, o: TimelineOptions): TimelineResponse {
  if (!o.actor && !o.position) throw new BadRequestError('actor: name an actor, a position, or both (e.g. ?actor=Russia)', 'actor');
  const actor = o.actor ? resolveNode(graph, o.actor, 'actor', ['actor']) : null;
  const position = o.position ? resolveNode(graph, o.position, 'position', ['demand', 'response']) : null;
  const fold = o.fold ?? true;
  const group = actor ? (fold ? actorGroup(graph, actor) : new Set([actor])) : null;
  const folds = fold ? foldMap(graph) : null;
  const filter: GraphFilter = { from: o.from, to: o.to, articles: o.articles, relations: o.relations };
  const rowOf = (speaker: string): string | null => {
    if (group) return group.has(speaker) ? actor : null;
    return folds?.get(speaker) ?? speaker;
  };
  const events = stanceEvents(graph, filtered(graph, filter), { rowOf, position: position ?? undefined, speakers: group ?? undefined }).sort(byTime);
  const members = new Map<string, ReturnType<typeof nodeRef>>();
  for (const ev of events) if (actor && ev.via.key !== actor) members.set(ev.via.key, ev.via);
  return {
    actor: actor ? nodeRef(graph, actor) : null,
    position: position ? nodeRef(graph, position) : null,
    members: [...members.values()],
    items: events.slice(0, o.limit ?? DEFAULT_TIMELINE_LIMIT),
    total: events.length,
  };
}
