// One demand or response seen from the middle: who holds it, who opposes (rejects) it, whom it targets,
// which responses answer it and which demands it answers.
import { POSITION_RELATIONS, type KgGraph, type PositionRelation } from '../types.ts';
import { evidencePage, list, nodeItem, nodeRef } from './refs.ts';
import { resolveNode } from './resolve.ts';
import type { Holder, Link, PositionViewResponse } from './types.ts';

const newestFirst = (a: { lastDate: string; edge: string }, b: { lastDate: string; edge: string }): number =>
  b.lastDate.localeCompare(a.lastDate) || a.edge.localeCompare(b.edge);

/** `keyOrName` may be the position's key, label or alias; throws NotFoundError when no position matches. */
export function positionView(graph: KgGraph, keyOrName: string): PositionViewResponse {
  const key = resolveNode(graph, keyOrName, 'key', ['demand', 'response']);
  const holders: Holder[] = [];
  const opponents: Holder[] = [];
  const answeredBy: Link[] = [];
  graph.forEachInEdge(key, (edge, a, source) => {
    if (a.relation === 'answers') {
      answeredBy.push({ edge, node: nodeRef(graph, source), ...evidencePage(a.evidence), firstDate: a.firstDate, lastDate: a.lastDate });
      return;
    }
    if (!(POSITION_RELATIONS as readonly string[]).includes(a.relation)) return;
    const h: Holder = {
      edge,
      actor: nodeRef(graph, source),
      relation: a.relation as PositionRelation,
      ...evidencePage(a.evidence),
      firstDate: a.firstDate,
      lastDate: a.lastDate,
    };
    if (a.condition) h.condition = a.condition;
    if (a.strength) h.strength = a.strength;
    (a.relation === 'rejects' ? opponents : holders).push(h);
  });
  const targets: Link[] = [];
  const answers: Link[] = [];
  graph.forEachOutEdge(key, (edge, a, _s, target) => {
    const link: Link = { edge, node: nodeRef(graph, target), ...evidencePage(a.evidence), firstDate: a.firstDate, lastDate: a.lastDate };
    if (a.relation === 'targets') targets.push(link);
    else if (a.relation === 'answers') answers.push(link);
  });
  for (const l of [holders, opponents, targets, answeredBy, answers]) l.sort(newestFirst);
  return {
    position: nodeItem(graph, key),
    holders: list(holders),
    opponents: list(opponents),
    targets: list(targets),
    answeredBy: list(answeredBy),
    answers: list(answers),
  };
}
