// An actor's positions: what it (or anyone representing it) demands, rejects, threatens, offers, accepts,
// supports or imposes, and what others aim at it, with conditions, evidence and dates. The analyst's first question.
import { POSITION_RELATIONS, type KgGraph, type PositionRelation, type Relation } from '../types.ts';
import { actorGroup } from '../representation.ts';
import { memo } from './memo.ts';
import { nodeItem, nodeRef } from './refs.ts';
import { resolveNode } from './resolve.ts';
import type { ActorPositionsResponse, ListedFacing, ListedStance, NodeRef } from './types.ts';

export interface ActorPositionsOptions {
  /** page size of `holds` and of `facing` (each paged on its own) */
  limit?: number;
  offset?: number;
  /** evidence sentences listed per stance and per facing position; `evidenceTotal` counts them all */
  evidence?: number;
  /** list only stances with these relations (`byRelation` still counts every relation) */
  relations?: readonly PositionRelation[];
}

// Defaults sized for an overview (about 10 KB on a busy actor, where the whole answer ran to megabytes): the
// newest stances each with one quote, counts of everything, and parameters to ask for more.
export const DEFAULT_POSITIONS_LIMIT = 10;
export const DEFAULT_EVIDENCE_PER_STANCE = 1;
/** Holders listed per facing position; GET /api/positions/:key lists them all. */
export const HOLDERS_PER_FACING = 5;

function isPositionRelation(r: Relation): r is PositionRelation {
  return (POSITION_RELATIONS as readonly string[]).includes(r);
}

interface Entry {
  edge: string;
  position: string;
  via: string;
  lastDate: string;
}
interface HeldEntry extends Entry {
  relation: PositionRelation;
}

/** Everything the answer pages through, sorted once per actor and graph (the sort dominates for hub actors). */
interface ActorView {
  group: string[];
  holds: HeldEntry[];
  facing: Entry[];
  relationCounts: Partial<Record<PositionRelation, number>>;
}

// ISO dates compare as plain strings; edge keys by localeCompare, as the answer always listed them.
const newestFirst = (a: Entry, b: Entry): number => (a.lastDate < b.lastDate ? 1 : a.lastDate > b.lastDate ? -1 : a.edge.localeCompare(b.edge));

function buildView(graph: KgGraph, actor: string): ActorView {
  const group = actorGroup(graph, actor);
  const holds: HeldEntry[] = [];
  const facing: Entry[] = [];
  const relationCounts: ActorView['relationCounts'] = {};
  for (const member of group) {
    graph.forEachOutEdge(member, (edge, a, _s, position) => {
      if (!isPositionRelation(a.relation) || graph.getNodeAttribute(position, 'kind') === 'actor') return;
      holds.push({ edge, position, via: member, lastDate: a.lastDate, relation: a.relation });
      relationCounts[a.relation] = (relationCounts[a.relation] ?? 0) + 1;
    });
    graph.forEachInEdge(member, (edge, a, position) => {
      if (a.relation === 'targets') facing.push({ edge, position, via: member, lastDate: a.lastDate });
    });
  }
  holds.sort(newestFirst);
  facing.sort(newestFirst);
  return { group: [...group], holds, facing, relationCounts };
}

function view(graph: KgGraph, actor: string): ActorView {
  const views = memo(graph, 'actor-positions', () => new Map<string, ActorView>());
  let v = views.get(actor);
  if (!v) {
    v = buildView(graph, actor);
    views.set(actor, v);
  }
  return v;
}

function targetsOf(graph: KgGraph, position: string): NodeRef[] {
  const out: NodeRef[] = [];
  graph.forEachOutEdge(position, (_e, a, _s, t) => {
    if (a.relation === 'targets') out.push(nodeRef(graph, t));
  });
  return out;
}

function stance(graph: KgGraph, h: HeldEntry, evidence: number): ListedStance {
  const a = graph.getEdgeAttributes(h.edge);
  const s: ListedStance = {
    edge: h.edge,
    relation: h.relation,
    position: nodeRef(graph, h.position),
    via: nodeRef(graph, h.via),
    targets: targetsOf(graph, h.position),
    evidence: a.evidence.length > evidence ? a.evidence.slice(0, evidence) : a.evidence,
    evidenceTotal: a.evidence.length,
    firstDate: a.firstDate,
    lastDate: a.lastDate,
  };
  if (a.condition) s.condition = a.condition;
  if (a.strength) s.strength = a.strength;
  if (a.cameo) s.cameo = a.cameo;
  if (a.plover) s.plover = a.plover;
  return s;
}

function facingItem(graph: KgGraph, f: Entry, evidence: number): ListedFacing {
  const a = graph.getEdgeAttributes(f.edge);
  const holders: ListedFacing['holders'] = [];
  let holdersTotal = 0;
  graph.forEachInEdge(f.position, (holderEdge, h, holder) => {
    if (!isPositionRelation(h.relation)) return;
    holdersTotal++;
    if (holders.length >= HOLDERS_PER_FACING) return;
    const entry: ListedFacing['holders'][number] = { actor: nodeRef(graph, holder), relation: h.relation, edge: holderEdge };
    if (h.condition) entry.condition = h.condition;
    if (h.strength) entry.strength = h.strength;
    holders.push(entry);
  });
  return {
    edge: f.edge,
    position: nodeRef(graph, f.position),
    via: nodeRef(graph, f.via),
    holders,
    holdersTotal,
    evidence: a.evidence.length > evidence ? a.evidence.slice(0, evidence) : a.evidence,
    evidenceTotal: a.evidence.length,
    firstDate: a.firstDate,
    lastDate: a.lastDate,
  };
}

/**
 * `keyOrName` may be the actor's key, label or alias; throws NotFoundError when no actor matches. `holds` and
 * `facing` are newest first, one page each (`total` counts all); `byRelation` counts all stances by relation.
 */
export function actorPositions(
  graph: KgGraph,
  keyOrName: string,
  { limit = DEFAULT_POSITIONS_LIMIT, offset = 0, evidence = DEFAULT_EVIDENCE_PER_STANCE, relations }: ActorPositionsOptions = {},
): ActorPositionsResponse {
  const actor = resolveNode(graph, keyOrName, 'actor', ['actor']);
  const v = view(graph, actor);
  const held = relations?.length ? v.holds.filter((h) => relations.includes(h.relation)) : v.holds;
  const holds = held.slice(offset, offset + limit).map((h) => stance(graph, h, evidence));
  const facing = v.facing.slice(offset, offset + limit).map((f) => facingItem(graph, f, evidence));
  return {
    actor: nodeItem(graph, actor),
    representatives: v.group.filter((k) => k !== actor).map((k) => nodeRef(graph, k)),
    holds: { items: holds, total: held.length },
    byRelation: { ...v.relationCounts },
    facing: { items: facing, total: v.facing.length },
  };
}
