// What the details panel says about a node, computed from the graph on the page: an actor's stances
// grouped by relation (its representatives' count as its own), what is aimed at it, and for a position
// who holds, opposes and is targeted by it. Pure; shapes follow the API's /api/actors and /api/positions.
import { POSITION_RELATIONS, type Evidence, type NodeKind, type PositionRelation } from '../../src/graph/types.ts';
import type { Facing, Holder, Link, NodeRef, Stance } from '../../src/server/api-types.ts';
import type { DisplayEdge, DisplayGraph } from './display-graph.ts';
import { actorGroup } from '../../src/graph/representation.ts';

const POSITION_RELATION_SET = new Set<string>(POSITION_RELATIONS);

export interface ActorLink {
  edge: string;
  relation: 'represents' | 'accuses' | 'meets';
  direction: 'out' | 'in';
  other: NodeRef;
  evidence: Evidence[];
  firstDate: string;
  lastDate: string;
}

export interface ActorModel {
  kind: 'actor';
  key: string;
  representatives: NodeRef[];
  byRelation: Partial<Record<PositionRelation, Stance[]>>;
  demandedOf: Facing[];
  threatenedAgainst: Facing[];
  otherFacing: Facing[];
  links: ActorLink[];
}

export interface PositionModel {
  kind: 'demand' | 'response';
  key: string;
  holders: Holder[];
  opponents: Holder[];
  targets: Link[];
  answers: Link[];
  answeredBy: Link[];
}

export type PanelModel = ActorModel | PositionModel;

export function nodeRef(graph: DisplayGraph, key: string): NodeRef {
  const attrs = graph.getNodeAttributes(key);
  return { key, label: attrs.label, kind: attrs.kind as NodeKind };
}

const byNewest = <T extends { lastDate: string }>(a: T, b: T): number => b.lastDate.localeCompare(a.lastDate);

function dates(attrs: DisplayEdge): { evidence: Evidence[]; firstDate: string; lastDate: string } {
  return { evidence: attrs.evidence, firstDate: attrs.firstDate, lastDate: attrs.lastDate };
}

/** The actor and the actors that represent it, counted as the API counts them. */
export function representedBy(graph: DisplayGraph, actor: string): string[] {
  return [...actorGroup(graph, actor)];
}

function targetsOf(graph: DisplayGraph, position: string): NodeRef[] {
  const refs: NodeRef[] = [];
  graph.forEachOutEdge(position, (_edge, attrs, _source, target) => {
    if (attrs.relation === 'targets') refs.push(nodeRef(graph, target));
  });
  return refs;
}

function holdersOf(graph: DisplayGraph, position: string, opposing: boolean): Holder[] {
  const holders: Holder[] = [];
  graph.forEachInEdge(position, (edge, attrs, source) => {
    if (!POSITION_RELATION_SET.has(attrs.relation)) return;
    if ((attrs.relation === 'rejects') !== opposing) return;
    const holder: Holder = { edge, actor: nodeRef(graph, source), relation: attrs.relation as PositionRelation, ...dates(attrs) };
    if (attrs.condition) holder.condition = attrs.condition;
    if (attrs.strength) holder.strength = attrs.strength;
    holders.push(holder);
  });
  return holders.sort(byNewest);
}

function actorModel(graph: DisplayGraph, key: string): ActorModel {
  const selves = representedBy(graph, key);
  const byRelation: Partial<Record<PositionRelation, Stance[]>> = {};
  const demandedOf: Facing[] = [];
  const threatenedAgainst: Facing[] = [];
  const otherFacing: Facing[] = [];
  const links: ActorLink[] = [];
  for (const self of selves) {
    const via = nodeRef(graph, self);
    graph.forEachOutEdge(self, (edge, attrs, _source, target) => {
      if (!POSITION_RELATION_SET.has(attrs.relation) || graph.getNodeAttribute(target, 'kind') === 'actor') return;
      const stance: Stance = {
        edge,
        relation: attrs.relation as PositionRelation,
        position: nodeRef(graph, target),
        via,
        targets: targetsOf(graph, target),
        ...dates(attrs),
      };
      for (const name of ['condition', 'strength', 'cameo', 'plover'] as const) if (attrs[name]) stance[name] = attrs[name];
      (byRelation[stance.relation] ??= []).push(stance);
    });
    graph.forEachInEdge(self, (edge, attrs, source) => {
      if (attrs.relation !== 'targets') return;
      const holders = holdersOf(graph, source, false).map(({ actor, relation, edge: holderEdge, condition, strength }) => ({
        actor,
        relation,
        edge: holderEdge,
        ...(condition ? { condition } : {}),
        ...(strength ? { strength } : {}),
      }));
      const facing: Facing = { edge, position: nodeRef(graph, source), via, holders, ...dates(attrs) };
      if (holders.some((h) => h.relation === 'threatens' || h.relation === 'imposes')) threatenedAgainst.push(facing);
      else if (graph.getNodeAttribute(source, 'kind') === 'demand') demandedOf.push(facing);
      else otherFacing.push(facing);
    });
  }
  graph.forEachEdge(key, (edge, attrs, source, target) => {
    if (attrs.relation !== 'represents' && attrs.relation !== 'accuses' && attrs.relation !== 'meets') return;
    const direction = source === key ? 'out' : 'in';
    links.push({ edge, relation: attrs.relation, direction, other: nodeRef(graph, direction === 'out' ? target : source), ...dates(attrs) });
  });
  for (const list of Object.values(byRelation)) list?.sort(byNewest);
  return {
    kind: 'actor',
    key,
    representatives: selves.filter((s) => s !== key).map((s) => nodeRef(graph, s)),
    byRelation,
    demandedOf: demandedOf.sort(byNewest),
    threatenedAgainst: threatenedAgainst.sort(byNewest),
    otherFacing: otherFacing.sort(byNewest),
    links: links.sort(byNewest),
  };
}

function linksOf(graph: DisplayGraph, position: string, relation: 'targets' | 'answers', direction: 'out' | 'in'): Link[] {
  const links: Link[] = [];
  const visit = (edge: string, attrs: DisplayEdge, source: string, target: string): void => {
    if (attrs.relation !== relation) return;
    links.push({ edge, node: nodeRef(graph, direction === 'out' ? target : source), ...dates(attrs) });
  };
  if (direction === 'out') graph.forEachOutEdge(position, visit);
  else graph.forEachInEdge(position, visit);
  return links.sort(byNewest);
}

export function panelModel(graph: DisplayGraph, key: string): PanelModel {
  const attrs = graph.getNodeAttributes(key);
  if (attrs.kind === 'actor') return actorModel(graph, key);
  return {
    kind: attrs.kind,
    key,
    holders: holdersOf(graph, key, false),
    opponents: holdersOf(graph, key, true),
    targets: linksOf(graph, key, 'targets', 'out'),
    answers: linksOf(graph, key, 'answers', 'out'),
    answeredBy: linksOf(graph, key, 'answers', 'in'),
  };
}
