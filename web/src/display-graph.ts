// Turns the API's serialized graph (whole, or the compact display form) into the graph sigma draws: domain
// attributes as the API has them, plus what sigma reads (x, y, size, color, edge type and curvature).
import { MultiDirectedGraph } from 'graphology';
import { edgeKey } from '../../src/graph/keys.ts';
import type { ArticleMeta, EdgeAttributes, Evidence, GraphAttributes, NodeAttributes } from '../../src/graph/types.ts';
import type { DisplayGraphResponse, GraphResponse } from '../../src/server/api-types.ts';
import { FAMILY_LINE, KIND_COLORS, RELATION_COLORS, RELATION_FAMILY, edgeSize, nodeSize } from './palette.ts';

export type EdgeShape = 'arrow' | 'curved' | 'dashed' | 'dotted' | 'conditional-solid' | 'conditional-dashed' | 'conditional-dotted' | 'line';

export type DisplayNode = NodeAttributes & { x: number; y: number; size: number; color: string };
/** `offset`: screen pixels a patterned parallel edge is drawn beside the straight middle slot (0 for the rest). */
export type DisplayEdge = EdgeAttributes & { size: number; color: string; type: EdgeShape; curvature: number; offset: number };
export type DisplayGraph = MultiDirectedGraph<DisplayNode, DisplayEdge, GraphAttributes>;

export interface Point {
  x: number;
  y: number;
}

/** Above this many edges the page switches to plain lines and hides edges and labels while moving. */
export const LARGE_GRAPH_EDGES = 5000;

export function isLarge(graph: { size: number; order: number }): boolean {
  return graph.size > LARGE_GRAPH_EDGES || graph.order > 2500;
}

/** Deterministic pseudo-random numbers (mulberry32), so a graph without stored positions always starts alike. */
function seeded(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const CURVE_STEP = 0.35;
/** Screen pixels between a patterned parallel edge and the straight middle slot, per curve step. */
const PARALLEL_GAP_PIXELS = 7;

/**
 * Curvature for parallel edges: edges between the same two nodes (either direction) fan out
 * symmetrically; a conditional edge, else one of a dashed or dotted family, takes the straight middle slot so it
 * can be drawn in its pattern.
 */
export function parallelCurvatures(
  edges: Array<{ key: string; source: string; target: string; conditional: boolean; patterned?: boolean }>,
): Map<string, number> {
  const groups = new Map<string, typeof edges>();
  for (const edge of edges) {
    const pair = edge.source < edge.target ? `${edge.source}\u0000${edge.target}` : `${edge.target}\u0000${edge.source}`;
    const group = groups.get(pair);
    if (group) group.push(edge);
    else groups.set(pair, [edge]);
  }
  const result = new Map<string, number>();
  for (const group of groups.values()) {
    if (group.length === 1) {
      result.set(group[0]!.key, 0);
      continue;
    }
    const straight = group.find((e) => e.conditional) ?? group.find((e) => e.patterned);
    const curved = group.filter((e) => e !== straight);
    if (straight) result.set(straight.key, 0);
    // Offsets ±1, ±2, … around the middle when one edge stays straight; ±0.5, ±1.5, … otherwise.
    curved.forEach((edge, i) => {
      const offset = straight
        ? (Math.floor(i / 2) + 1) * (i % 2 === 0 ? 1 : -1)
        : i - (curved.length - 1) / 2;
      // edge-curve bends to the left of the edge's own direction: flip reversed edges so they do not overlap.
      const sign = edge.source < edge.target ? 1 : -1;
      result.set(edge.key, sign * offset * CURVE_STEP);
    });
  }
  return result;
}

/** Where a node starts: its stored layout, else where it was drawn before, else beside a placed neighbour, else a spiral slot. */
function placeNode(graph: DisplayGraph, node: string, attrs: DisplayNode, previous: Map<string, Point>, random: () => number, index: number): Point {
  const stored = attrs.layout;
  if (stored && Number.isFinite(stored.x) && Number.isFinite(stored.y)) return { x: stored.x, y: stored.y };
  // Nothing drawn before (the first load): skip the neighbour walk, which costs a neighbour list per node.
  if (previous.size > 0) {
    const before = previous.get(node);
    if (before) return before;
    // A new node starts beside a neighbour that already has a place, so adding an article does not scramble the view.
    for (const neighbour of graph.neighbors(node)) {
      const at = previous.get(neighbour);
      if (at) return { x: at.x + (random() - 0.5) * 2, y: at.y + (random() - 0.5) * 2 };
    }
  }
  // Otherwise a golden-angle spiral: even spread, no overlap, a good start for ForceAtlas2.
  const angle = index * 2.399963;
  const radius = 3 * Math.sqrt(index + 1);
  return { x: radius * Math.cos(angle) + random(), y: radius * Math.sin(angle) + random() };
}

export interface DecorateOptions {
  /** positions kept from the graph drawn before (after adding an article) */
  previous?: Map<string, Point>;
}

/**
 * Adds what sigma reads to an edge's domain attributes, in place (the parsed object becomes the graph's). Large
 * graphs draw plain lines; on small ones shapeEdges later bends parallel edges and dashes conditional ones.
 */
function asDisplayEdge(attrs: EdgeAttributes, large: boolean): DisplayEdge {
  const display = attrs as DisplayEdge;
  display.size = edgeSize(attrs.evidence.length);
  display.color = RELATION_COLORS[attrs.relation];
  display.type = large ? 'line' : 'arrow';
  display.curvature = 0;
  display.offset = 0;
  return display;
}

/**
 * Puts back what the compact form leaves out (src/server/display-payload.ts): node keys for indices, evidence
 * objects with article ids and dates, first and last dates, and the usual edge key.
 */
function addDisplayEdges(graph: DisplayGraph, data: DisplayGraphResponse, large: boolean): void {
  const meta: Record<string, ArticleMeta> = data.attributes.articles ?? {};
  const ids = data.articles;
  const dates = ids.map((id) => meta[id]?.date ?? '');
  const keys = data.nodes.map((node) => node.key);
  for (const [s, t, compact, key] of data.edges) {
    const source = keys[s]!;
    const target = keys[t]!;
    let first = '';
    let last = '';
    // Sentence text is loaded per node later (fetchEvidenceTexts); until then evidence has none.
    const evidence = compact.evidence.map(([article, sentence, own]) => {
      const date = own ?? dates[article] ?? '';
      if (!first || date < first) first = date;
      if (date > last) last = date;
      return { article: ids[article]!, sentence, date } as Evidence;
    });
    const attrs = compact as unknown as EdgeAttributes;
    attrs.evidence = evidence;
    attrs.firstDate = first;
    attrs.lastDate = last;
    graph.addDirectedEdgeWithKey(key ?? edgeKey(attrs.relation, source, target), source, target, asDisplayEdge(attrs, large));
  }
}

function isDisplayForm(data: GraphResponse | DisplayGraphResponse): data is DisplayGraphResponse {
  return Array.isArray((data as DisplayGraphResponse).articles);
}

/**
 * Builds the display graph from the API's graph: graphology's serialization (GET /api/graph) or the explorer's
 * compact form (fields=display). Takes over the parsed attribute objects (adding the display attributes to them)
 * instead of copying them: on 50,000 edges a second copy costs time and memory.
 */
export function toDisplayGraph(data: GraphResponse | DisplayGraphResponse, options: DecorateOptions = {}): DisplayGraph {
  const graph: DisplayGraph = new MultiDirectedGraph<DisplayNode, DisplayEdge, GraphAttributes>({ allowSelfLoops: false });
  graph.replaceAttributes(data.attributes ?? {});
  for (const { key, attributes } of data.nodes) {
    const attrs = attributes as DisplayNode;
    attrs.x = 0;
    attrs.y = 0;
    attrs.size = 1;
    attrs.color = KIND_COLORS[attrs.kind];
    graph.addNode(key, attrs);
  }
  const large = isLarge({ order: data.nodes.length, size: data.edges.length });
  if (isDisplayForm(data)) addDisplayEdges(graph, data, large);
  else for (const { key, source, target, attributes } of data.edges) graph.addDirectedEdgeWithKey(key ?? edgeKey(attributes.relation, source, target), source, target, asDisplayEdge(attributes, large));
  placeNodes(graph, options.previous ?? new Map(), large);
  if (!large) shapeEdges(graph);
  return graph;
}

/** Sets positions and sizes (in place: no graph events). */
function placeNodes(graph: DisplayGraph, previous: Map<string, Point>, large: boolean): void {
  const random = seeded(graph.order * 7919 + graph.size);
  let index = 0;
  graph.forEachNode((node, attrs) => {
    const at = placeNode(graph, node, attrs, previous, random, index++);
    attrs.x = at.x;
    attrs.y = at.y;
    attrs.size = nodeSize(graph.degree(node), large);
  });
}

const FAMILY_SHAPE = { solid: 'arrow', dashed: 'dashed', dotted: 'dotted' } as const;

/**
 * Small graphs: parallel edges fan out as curves (solid: the patterned programs draw straight lines only, so a
 * patterned edge takes the straight slot), conditional edges are dash-dot(-dot) by family, the others take their
 * relation family's line style.
 */
function shapeEdges(graph: DisplayGraph): void {
  const curvatures = parallelCurvatures(graph.mapEdges((key, attrs, source, target) => ({
    key,
    source,
    target,
    conditional: Boolean(attrs.condition),
    patterned: FAMILY_LINE[RELATION_FAMILY[attrs.relation]] !== 'solid',
  })));
  graph.forEachEdge((edge, attrs) => {
    const curvature = curvatures.get(edge) ?? 0;
    const line = FAMILY_LINE[RELATION_FAMILY[attrs.relation]];
    const patterned = Boolean(attrs.condition) || line !== 'solid';
    // A patterned parallel edge runs straight beside the others (the patterned programs draw no curves).
    attrs.curvature = patterned ? 0 : curvature;
    attrs.offset = patterned ? (curvature / CURVE_STEP) * PARALLEL_GAP_PIXELS : 0;
    if (attrs.condition) attrs.type = `conditional-${line}`;
    else if (patterned) attrs.type = FAMILY_SHAPE[line];
    else attrs.type = curvature !== 0 ? 'curved' : 'arrow';
  });
}

export function positionsOf(graph: DisplayGraph): Map<string, Point> {
  const positions = new Map<string, Point>();
  graph.forEachNode((node, attrs) => positions.set(node, { x: attrs.x, y: attrs.y }));
  return positions;
}
