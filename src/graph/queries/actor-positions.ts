// An actor's positions: what it (or anyone representing it) demands, rejects, threatens, offers, accepts,
// supports or imposes, and what others aim at it, with conditions, evidence and dates. The analyst's first question.
import { POSITION_RELATIONS, type KgGraph, type PositionRelation, type Relation } from '../types.ts';
import { actorGroup } from './filter.ts';
import { nodeItem, nodeRef, list } from './refs.ts';
import { resolveNode } from './resolve.ts';
import type { ActorPositionsResponse, Facing, NodeRef, Stance } from './types.ts';

function isPositionRelation(r: Relation): r is PositionRelation {
  return (POSITION_RELATIONS as readonly string[]).includes(r);
}

const newestFirst = (a: { lastDate: string; edge: string }, b: { lastDate: string; edge: string }): number =>
  b.lastDate.localeCompare(a.lastDate) || a.edge.localeCompare(b.edge);

function targetsOf(graph: KgGraph, position: string): NodeRef[] {
  const out: NodeRef[] = [];
  graph.forEachOutEdge(position, (_e, a, _s, t) => {
    if (a.relation === 'targets') out.push(nodeRef(graph, t));
  });
  return out;
}

/** `keyOrName` may be the actor's key, label or alias; throws NotFoundError when no actor matches. */
export function actorPositions(graph: KgGraph, keyOrName: string): ActorPositionsResponse {
  const actor = resolveNode(graph, keyOrName, 'actor', ['actor']);
  const group = actorGroup(graph, actor);
  const holds: Stance[] = [];
  const facing: Facing[] = [];
  for (const member of group) {
    graph.forEachOutEdge(member, (edge, a, _s, position) => {
      if (!isPositionRelation(a.relation) || graph.getNodeAttribute(position, 'kind') === 'actor') return;
      const stance: Stance = {
        edge,
        relation: a.relation,
        position: nodeRef(graph, position),
        via: nodeRef(graph, member),
        targets: targetsOf(graph, position),
        evidence: a.evidence,
        firstDate: a.firstDate,
        lastDate: a.lastDate,
      };
      if (a.condition) stance.condition = a.condition;
      if (a.strength) stance.strength = a.strength;
      if (a.cameo) stance.cameo = a.cameo;
      if (a.plover) stance.plover = a.plover;
      holds.push(stance);
    });
    graph.forEachInEdge(member, (edge, a, position) => {
      if (a.relation !== 'targets') return;
      const holders: Facing['holders'] = [];
      graph.forEachInEdge(position, (holderEdge, h, holder) => {
        if (!isPositionRelation(h.relation)) return;
        const entry: Facing['holders'][number] = { actor: nodeRef(graph, holder), relation: h.relation, edge: holderEdge };
        if (h.condition) entry.condition = h.condition;
        if (h.strength) entry.strength = h.strength;
        holders.push(entry);
      });
      facing.push({
        edge,
        position: nodeRef(graph, position),
        via: nodeRef(graph, member),
        holders,
        evidence: a.evidence,
        firstDate: a.firstDate,
        lastDate: a.lastDate,
      });
    });
  }
  holds.sort(newestFirst);
  facing.sort(newestFirst);
  const byRelation: ActorPositionsResponse['byRelation'] = {};
  for (const s of holds) (byRelation[s.relation] ??= []).push(s);
  return {
    actor: nodeItem(graph, actor),
    representatives: [...group].filter((k) => k !== actor).map((k) => nodeRef(graph, k)),
    holds: list(holds),
    byRelation,
    facing: list(facing),
  };
}
