// Node positions for the exports: stored `layout` attributes when every node has one, otherwise a ForceAtlas2
// layout run on a throw-away copy (the knowledge graph never gets x/y), or a cheap spiral on large graphs.
import Graph from 'graphology';
import fa2Module from 'graphology-layout-forceatlas2';
import type { KgGraph } from '../graph/types.ts';

// The package is CommonJS: at run time the default import is the function itself, while its types put it under
// `default`; accept either.
const forceAtlas2 = ((fa2Module as unknown as { default?: unknown }).default ?? fa2Module) as typeof fa2Module.default;

export type Positions = Map<string, { x: number; y: number }>;

export interface LayoutOptions {
  /** ForceAtlas2 iterations; default scales down with graph size */
  iterations?: number;
}

export function storedPositions(graph: KgGraph): Positions | null {
  const out: Positions = new Map();
  let complete = true;
  graph.forEachNode((key, a) => {
    if (a.layout && Number.isFinite(a.layout.x) && Number.isFinite(a.layout.y)) out.set(key, { x: a.layout.x, y: a.layout.y });
    else complete = false;
  });
  return complete ? out : null;
}

/** A small deterministic hash in [0, 1), so the same graph gets the same layout. */
function unit(text: string, salt: number): number {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}

export function forceAtlas2Positions(graph: KgGraph, { iterations }: LayoutOptions = {}): Positions {
  const g = new Graph.UndirectedGraph<{ x: number; y: number }, { weight: number }>();
  graph.forEachNode((key) => g.addNode(key, { x: 100 * unit(key, 1) - 50, y: 100 * unit(key, 2) - 50 }));
  graph.forEachEdge((_e, a, s, t) => {
    if (g.hasEdge(s, t)) g.updateEdgeAttribute(s, t, 'weight', (w) => (w ?? 0) + a.evidence.length);
    else g.addEdge(s, t, { weight: a.evidence.length });
  });
  const n = g.order;
  if (n === 0) return new Map();
  const settings = { ...forceAtlas2.inferSettings(g), barnesHutOptimize: n > 500 };
  const its = iterations ?? (n <= 1000 ? 300 : n <= 10000 ? 100 : 20);
  const result = forceAtlas2(g, { iterations: its, settings, getEdgeWeight: 'weight' });
  const out: Positions = new Map();
  for (const [key, p] of Object.entries(result) as Array<[string, { x: number; y: number }]>) out.set(key, { x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 });
  return out;
}

/**
 * Above this many nodes `auto` does not run ForceAtlas2: on 100,000 nodes it took over a minute and 1 GB on
 * every export, while Gephi users run their own layout anyway. `kg build` stores positions up to the same size.
 */
export const AUTO_LAYOUT_MAX_NODES = 5000;

/** `auto`: stored, else ForceAtlas2 up to AUTO_LAYOUT_MAX_NODES, else a spiral; `forceatlas2`: always computed. */
export type LayoutMode = 'auto' | 'forceatlas2';

// The golden angle: consecutive nodes of a sunflower spiral never line up, so the disc fills evenly.
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * A deterministic sunflower spiral, best-connected nodes in the middle: one sort and one pass, so any graph gets
 * readable starting positions in well under a second (what Gephi's layouts then refine).
 */
export function spiralPositions(graph: KgGraph): Positions {
  const nodes = graph.nodes().map((key) => ({ key, degree: graph.degree(key) }));
  nodes.sort((a, b) => b.degree - a.degree || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const out: Positions = new Map();
  const spacing = 10;
  for (let i = 0; i < nodes.length; i++) {
    const r = spacing * Math.sqrt(i);
    const angle = i * GOLDEN_ANGLE;
    out.set(nodes[i]!.key, { x: Math.round(r * Math.cos(angle) * 100) / 100, y: Math.round(r * Math.sin(angle) * 100) / 100 });
  }
  return out;
}

/** The positions an export writes for `mode` (see LayoutMode). */
export function layoutPositions(graph: KgGraph, mode: LayoutMode = 'auto', options: LayoutOptions = {}): Positions {
  if (mode === 'forceatlas2') return forceAtlas2Positions(graph, options);
  return storedPositions(graph) ?? (graph.order <= AUTO_LAYOUT_MAX_NODES ? forceAtlas2Positions(graph, options) : spiralPositions(graph));
}
