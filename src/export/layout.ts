// Node positions for the exports: stored `layout` attributes when every node has one, otherwise a ForceAtlas2
// layout run on a throw-away copy (the knowledge graph never gets x/y), started from deterministic positions.
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

/** Stored positions when complete, else ForceAtlas2. */
export function layoutPositions(graph: KgGraph, options: LayoutOptions = {}): Positions {
  return storedPositions(graph) ?? forceAtlas2Positions(graph, options);
}
