// Cuts a sub-graph out of the knowledge graph by node kind, relation, actor, date range, article and text:
// the one filter behind GET /api/graph, the exports and `kg export`, so all three agree on what a filter means.
import { createGraph } from '../build.ts';
import { actorGroup, actorScope } from '../representation.ts';
import type { EdgeAttributes, Evidence, KgGraph, NodeKind, Relation } from '../types.ts';
import { memo } from './memo.ts';
import { resolveNode } from './resolve.ts';
import { foldedNames } from './names.ts';
import { foldedMatchScore, foldText } from './text.ts';

export interface GraphFilter {
  /** keep only nodes of these kinds (and edges between them) */
  kinds?: readonly NodeKind[];
  /** keep only edges with these relations */
  relations?: readonly Relation[];
  /** an actor's key, label or alias: keep its ego network (its representatives count as it) */
  actor?: string;
  /** ISO dates, inclusive: keep evidence dated in range, and edges with any such evidence */
  from?: string;
  to?: string;
  /** keep evidence from these articles, and edges with any such evidence */
  articles?: readonly string[];
  /** keep nodes whose label or alias contains this text (case- and accent-insensitive), with their edges */
  q?: string;
}

export function isEmptyFilter(f: GraphFilter): boolean {
  return !f.kinds?.length && !f.relations?.length && !f.actor && !f.from && !f.to && !f.articles?.length && !f.q;
}

function keepEvidence(f: Pick<GraphFilter, 'from' | 'to' | 'articles'>, ev: Evidence): boolean {
  if (f.from && ev.date < f.from) return false;
  if (f.to && ev.date > f.to) return false;
  if (f.articles?.length && !f.articles.includes(ev.article)) return false;
  return true;
}

/** The edge's attributes restricted to the evidence the filter's dates and articles keep, or null when none is left. */
export function trimEdge(f: Pick<GraphFilter, 'from' | 'to' | 'articles'>, attrs: EdgeAttributes): EdgeAttributes | null {
  if (!f.from && !f.to && !f.articles?.length) return attrs;
  const evidence = attrs.evidence.filter((ev) => keepEvidence(f, ev));
  if (!evidence.length) return null;
  if (evidence.length === attrs.evidence.length) return attrs;
  let firstDate = evidence[0]!.date;
  let lastDate = firstDate;
  for (const ev of evidence) {
    if (ev.date < firstDate) firstDate = ev.date;
    if (ev.date > lastDate) lastDate = ev.date;
  }
  return { ...attrs, evidence, firstDate, lastDate };
}

function textScope(graph: KgGraph, q: string): Set<string> {
  const folded = foldText(q);
  const hits = new Set<string>();
  for (const { key, label, aliases } of foldedNames(graph)) {
    if (foldedMatchScore(folded, label) || aliases.some((x) => foldedMatchScore(folded, x))) hits.add(key);
  }
  return hits;
}

/**
 * Returns a new graph holding what the filter keeps, with the articles its evidence cites; the input is not modified (attributes are shared, so
 * treat the result as read-only). Unknown `actor` throws NotFoundError naming the `actor` parameter.
 */
/** Each edge's place in the graph's own order, once per graph: a filter that visits only some edges keeps that order. */
function edgeOrder(graph: KgGraph): Map<string, number> {
  return memo(graph, 'edge-order', () => {
    const order = new Map<string, number>();
    graph.forEachEdge((key) => order.set(key, order.size));
    return order;
  });
}

type EdgeVisitor = (key: string, attrs: EdgeAttributes, source: string, target: string) => void;

/**
 * Visits the edges that can have both ends in every scope, in graph order: with a scope (an actor's ego network,
 * a text match) only the out-edges of the smallest one, instead of every edge of the graph (100 ms on 500,000).
 */
function forEachCandidateEdge(graph: KgGraph, scopes: Array<Set<string>>, visit: EdgeVisitor): void {
  if (!scopes.length) {
    graph.forEachEdge(visit);
    return;
  }
  const smallest = scopes.reduce((a, b) => (b.size < a.size ? b : a));
  const order = edgeOrder(graph);
  const inside: Array<{ at: number; key: string }> = [];
  for (const node of smallest) {
    if (!graph.hasNode(node)) continue;
    graph.forEachOutEdge(node, (key, _attrs, source, target) => {
      if (scopes.every((scope) => scope.has(source) && scope.has(target))) inside.push({ at: order.get(key)!, key });
    });
  }
  inside.sort((a, b) => a.at - b.at);
  for (const { key } of inside) visit(key, graph.getEdgeAttributes(key), graph.source(key), graph.target(key));
}

export function filterGraph(graph: KgGraph, f: GraphFilter): KgGraph {
  const out = createGraph();
  for (const [k, v] of Object.entries(graph.getAttributes())) {
    if (k !== 'articles') out.setAttribute(k as 'name', v as string);
  }

  const kindOk = (key: string): boolean => !f.kinds?.length || f.kinds.includes(graph.getNodeAttribute(key, 'kind'));
  const scopes: Array<Set<string>> = [];
  let anchors = new Set<string>();
  if (f.actor) {
    const actor = resolveNode(graph, f.actor, 'actor', ['actor']);
    scopes.push(actorScope(graph, actor));
    anchors = actorGroup(graph, actor);
  }
  if (f.q) {
    const hits = textScope(graph, f.q);
    const scope = new Set(hits);
    for (const h of hits) graph.forEachNeighbor(h, (n) => scope.add(n));
    scopes.push(scope);
    anchors = f.actor ? new Set([...anchors].filter((a) => hits.has(a))) : hits;
  }
  const inScope = (key: string): boolean => scopes.every((s) => s.has(key));
  const edgeLevel = Boolean(f.relations?.length || f.from || f.to || f.articles?.length || scopes.length);

  const addNode = (key: string): void => {
    if (!out.hasNode(key)) out.addNode(key, graph.getNodeAttributes(key));
  };
  if (!edgeLevel) {
    graph.forEachNode((key) => {
      if (kindOk(key)) addNode(key);
    });
  } else {
    for (const a of anchors) if (kindOk(a) && inScope(a)) addNode(a);
  }
  // The sub-graph's articles are those its evidence comes from (all of them took megabytes for a small ego network).
  const cited = new Set<string>();
  forEachCandidateEdge(graph, scopes, (key, attrs, source, target) => {
    if (f.relations?.length && !f.relations.includes(attrs.relation)) return;
    if (!kindOk(source) || !kindOk(target)) return;
    if (scopes.length && !(inScope(source) && inScope(target))) return;
    const kept = trimEdge(f, attrs);
    if (!kept) return;
    addNode(source);
    addNode(target);
    out.addDirectedEdgeWithKey(key, source, target, kept);
    for (const ev of kept.evidence) cited.add(ev.article);
  });
  const articles = graph.getAttribute('articles') ?? {};
  out.setAttribute('articles', Object.fromEntries(Object.entries(articles).filter(([id]) => cited.has(id))));
  return out;
}

