// Applies the filters to the graph: which nodes and edges are shown, and the counts beside each
// filter option (what each kind or relation would show given the other filters). Pure: graph in, sets out.
import { RELATIONS, type EdgeAttributes, type NodeKind, type Relation } from '../../src/graph/types.ts';
import type { GraphFilterQuery } from '../../src/server/api-types.ts';
import type { DisplayGraph } from './display-graph.ts';
import { actorGroup, actorScope } from '../../src/graph/representation.ts';
import { NODE_KINDS, type Filters } from './ui-state.ts';

export interface FilterCounts {
  kinds: Record<NodeKind, number>;
  relations: Record<Relation, number>;
}

export interface VisibleSet {
  nodes: Set<string>;
  edges: Set<string>;
  counts: FilterCounts;
}


function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

function hasEvidenceWithin(attrs: EdgeAttributes, filters: Filters): boolean {
  return attrs.evidence.some(
    (ev) =>
      (!filters.article || ev.article === filters.article) &&
      (!filters.from || ev.date >= filters.from) &&
      (!filters.to || ev.date <= filters.to),
  );
}

export function isEdgeFilterActive(filters: Filters): boolean {
  return (
    filters.relations.length < RELATIONS.length || Boolean(filters.actor || filters.article || filters.from || filters.to)
  );
}

export function applyFilters(graph: DisplayGraph, filters: Filters): VisibleSet {
  const kinds = new Set(filters.kinds);
  const relations = new Set(filters.relations);
  const scope = filters.actor ? actorScope(graph, filters.actor) : null;
  // The actor and its representatives stay even without a shown edge, as in the API (`represents` may be hidden).
  const anchors: Set<string> = filters.actor && graph.hasNode(filters.actor) ? new Set(actorGroup(graph, filters.actor)) : new Set();
  const evidenceFiltered = Boolean(filters.article || filters.from || filters.to);
  const edgeFiltered = isEdgeFilterActive(filters);

  const counts: FilterCounts = { kinds: zeroCounts(NODE_KINDS), relations: zeroCounts(RELATIONS) };
  const edges = new Set<string>();
  // Nodes touched by an edge that passes every filter but the kind filter: the basis of the kind counts.
  const touchedIgnoringKind = new Set<string>();

  graph.forEachEdge((edge, attrs, source, target, sourceAttrs, targetAttrs) => {
    if (scope && !(scope.has(source) && scope.has(target))) return;
    if (evidenceFiltered && !hasEvidenceWithin(attrs, filters)) return;
    const endsShown = kinds.has(sourceAttrs.kind) && kinds.has(targetAttrs.kind);
    if (endsShown) counts.relations[attrs.relation] += 1;
    if (!relations.has(attrs.relation)) return;
    touchedIgnoringKind.add(source).add(target);
    if (endsShown) edges.add(edge);
  });

  const nodes = new Set<string>();
  graph.forEachNode((node, attrs) => {
    const passesEdges = !edgeFiltered || touchedIgnoringKind.has(node) || anchors.has(node);
    if (!passesEdges) return;
    counts.kinds[attrs.kind] += 1;
    if (kinds.has(attrs.kind)) nodes.add(node);
  });
  // With an edge filter on, a node is shown only if one of its shown edges is: no stray dots.
  if (edgeFiltered) {
    for (const node of nodes) {
      if (anchors.has(node)) continue;
      if (!graph.someEdge(node, (edge) => edges.has(edge))) nodes.delete(node);
    }
  }
  return { nodes, edges, counts };
}

/** The same filters as query parameters of /api/graph and the export endpoints (comma-separated lists). */
export function toFilterQuery(filters: Filters): GraphFilterQuery {
  const query: GraphFilterQuery = {};
  if (filters.kinds.length < NODE_KINDS.length) query.kind = filters.kinds.join(',');
  // Against every relation, not the page's defaults: the API shows `represents` unless told otherwise.
  if (filters.relations.length < RELATIONS.length) query.relation = filters.relations.join(',');
  if (filters.actor) query.actor = filters.actor;
  if (filters.article) query.article = filters.article;
  if (filters.from) query.from = filters.from;
  if (filters.to) query.to = filters.to;
  return query;
}
