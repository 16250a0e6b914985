// ForceAtlas2 in a web worker, started from the positions the graph already has (stored ones when the
// graph carries them); runs for a bounded time scaled to the graph, and can be toggled from the toolbar.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import defaults from 'graphology-layout-forceatlas2/defaults.js';
import { assignLayoutChanges, graphToByteArrays } from 'graphology-layout-forceatlas2/helpers.js';
import type { AbstractGraph } from 'graphology-types';
import type { DisplayGraph } from './display-graph.ts';
import type { LayoutProgress, LayoutRequest } from './layout.worker.ts';
import { countOverlaps, separateBoxes, type Box } from './label-boxes.ts';
import { LABEL_GAP } from './labels.ts';

export interface LayoutRun {
  readonly running: boolean;
  start(durationMs?: number): void;
  stop(): void;
  /**
   * Moves nodes only as far as needed for their discs and labels to stop overlapping, when the nodes in view
   * are framed with `frameMargin` around them (1: edge to edge, as sigma's default view).
   */
  separate(frameMargin?: number): void;
  kill(): void;
  onChange(listener: (running: boolean) => void): void;
}

/** How long a run lasts by default: longer for bigger graphs, never forever. */
export function defaultDuration(order: number): number {
  return Math.min(8000, 2500 + order * 2);
}

/** Above this many nodes overlaps are left to the zoom: the pass would cost more than it helps. */
const OVERLAP_PASS_MAX_NODES = 3000;
/** Screen pixels kept between two boxes. */
const OVERLAP_MARGIN_PIXELS = 3;
/** Separation rounds: spreading the nodes shrinks the scale sigma fits them at, so overlaps are measured again. */
const OVERLAP_ROUNDS = 4;
/** Separation passes per round: more on small graphs, where a crowded centre needs them. */
const overlapPasses = (nodes: number): number => (nodes <= 500 ? 250 : 30);

export interface LayoutOptions {
  /** the graph area in CSS pixels (sigma fits the graph into it) */
  viewport(): { width: number; height: number };
  /** a node's label width in CSS pixels as drawn; 0 for none */
  labelWidth(node: string): number;
  /** sigma's stagePadding */
  padding: number;
  /** label text height in CSS pixels */
  labelHeight: number;
  /** whether a node is in view (filters leave some out) */
  shown(node: string): boolean;
}

/**
 * Separates what each node takes on screen at the default zoom, its disc and the label to its right (Gephi's
 * Label Adjust): sizes are pixels, positions graph units, and sigma fits the graph's extent to the viewport.
 * A few rounds, since spreading the nodes changes that scale.
 */
function removeOverlaps(graph: DisplayGraph, options: LayoutOptions, frameMargin = 1): void {
  if (graph.order < 2 || graph.order > OVERLAP_PASS_MAX_NODES) return;
  // Only the nodes in view take room: hidden ones keep their place, drawn or not.
  const keys = graph.filterNodes((key) => options.shown(key));
  const pixels = keys.map((key) => {
    const r = graph.getNodeAttribute(key, 'size');
    const label = options.labelWidth(key);
    const half = label > 0 ? (2 * r + LABEL_GAP + label) / 2 : r;
    // The centre of disc + label lies right of the node by half the label and its gap.
    return { hw: half, hh: Math.max(r, options.labelHeight / 2), dx: half - r };
  });
  const { width, height } = options.viewport();
  // Sigma frames the whole graph, hidden nodes included; the few-node pass is framed by the camera on what is shown.
  const framed = frameMargin === 1 ? graph.nodes() : keys;
  stretchToViewport(graph, framed, width - 2 * options.padding, height - 2 * options.padding);
  const boxesAt = (unitsPerPixel: number): Box[] =>
    keys.map((key, i) => {
      const a = graph.getNodeAttributes(key);
      const p = pixels[i]!;
      return { x: a.x + p.dx * unitsPerPixel, y: a.y, hw: p.hw * unitsPerPixel, hh: p.hh * unitsPerPixel };
    });
  const scaleNow = (): number => {
    const { dx, dy } = extent(graph, framed);
    return frameMargin / fitScale(dx, dy, width, height, options.padding);
  };
  const place = (positions: Map<string, { x: number; y: number }>): void => {
    // One update event for the whole graph, not one per node.
    graph.updateEachNodeAttributes((key, attrs) => {
      const at = positions.get(key);
      if (at) {
        attrs.x = at.x;
        attrs.y = at.y;
      }
      return attrs;
    }, { attributes: ['x', 'y'] });
  };
  // Each round measures the overlaps at the scale sigma will use, pushes, and keeps the best layout seen: pushing
  // spreads the nodes, which shrinks that scale, and on a crowded graph later rounds can end worse.
  let best = { overlaps: countOverlaps(boxesAt(scaleNow()), OVERLAP_MARGIN_PIXELS * scaleNow()), positions: new Map(keys.map((k) => [k, { x: graph.getNodeAttribute(k, 'x'), y: graph.getNodeAttribute(k, 'y') }])) };
  for (let round = 0; round < OVERLAP_ROUNDS && best.overlaps > 0; round++) {
    const unitsPerPixel = scaleNow();
    const boxes = boxesAt(unitsPerPixel);
    separateBoxes(boxes, OVERLAP_MARGIN_PIXELS * unitsPerPixel, overlapPasses(keys.length));
    const moved = new Map(keys.map((key, i) => [key, { x: boxes[i]!.x - pixels[i]!.dx * unitsPerPixel, y: boxes[i]!.y }]));
    place(moved);
    const after = scaleNow();
    const overlaps = countOverlaps(boxesAt(after), OVERLAP_MARGIN_PIXELS * after);
    if (overlaps < best.overlaps) best = { overlaps, positions: moved };
  }
  place(best.positions);
}

function extent(graph: DisplayGraph, keys: string[]): { minX: number; minY: number; dx: number; dy: number } {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const key of keys) {
    const a = graph.getNodeAttributes(key);
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  }
  return { minX, minY, dx: Math.max(maxX - minX, 1e-9), dy: Math.max(maxY - minY, 1e-9) };
}

/**
 * Screen pixels per graph unit when sigma frames a graph of extent dx × dy in a width × height stage (its
 * matrixFromCamera and getCorrectionRatio): the longer side fits the stage's shorter one, times a correction when
 * graph and stage lean the same way.
 */
export function fitScale(dx: number, dy: number, width: number, height: number, padding: number): number {
  const stageRatio = height / width;
  const graphRatio = dy / dx;
  const opposite = (stageRatio < 1 && graphRatio > 1) || (stageRatio > 1 && graphRatio < 1);
  const correction = opposite ? 1 : Math.min(Math.max(graphRatio, 1 / graphRatio), Math.max(1 / stageRatio, stageRatio));
  return ((Math.min(width, height) - 2 * padding) * correction) / Math.max(dx, dy);
}

/** Most stretch applied to ForceAtlas2's roughly round layout: more would distort its distances. */
const MAX_STRETCH = 1.8;

/** Stretches a layout rounder than the stage along the stage's long side, so the labels get the stage's width. */
function stretchToViewport(graph: DisplayGraph, keys: string[], width: number, height: number): void {
  if (keys.length < 3 || width <= 0 || height <= 0) return;
  const { minX, minY, dx, dy } = extent(graph, keys);
  const wanted = width / height;
  const have = dx / dy;
  const sx = wanted > have ? Math.min(MAX_STRETCH, wanted / have) : 1;
  const sy = wanted < have ? Math.min(MAX_STRETCH, have / wanted) : 1;
  if (sx === 1 && sy === 1) return;
  const shown = new Set(keys);
  graph.updateEachNodeAttributes((key, attrs) => {
    if (shown.has(key)) {
      attrs.x = minX + (attrs.x - minX) * sx;
      attrs.y = minY + (attrs.y - minY) * sy;
    }
    return attrs;
  }, { attributes: ['x', 'y'] });
}

export function createLayout(graph: DisplayGraph, options: LayoutOptions): LayoutRun {
  let worker: Worker | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  const listeners: Array<(running: boolean) => void> = [];
  const setRunning = (value: boolean): void => {
    running = value;
    for (const listener of listeners) listener(value);
  };
  // The worker's matrices index nodes in graph order: valid only while the graph keeps the same nodes.
  let order = -1;
  let size = -1;

  const stop = (): void => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    worker?.postMessage({ type: 'stop' } satisfies LayoutRequest);
    if (running) {
      removeOverlaps(graph, options);
      setRunning(false);
    }
  };

  return {
    get running() {
      return running;
    },
    start(durationMs = defaultDuration(graph.order)) {
      stop();
      if (graph.order < 2) return;
      if (!worker) {
        worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'forceatlas2' });
        worker.onmessage = (event: MessageEvent<LayoutProgress>) => {
          if (!running || graph.order !== order || graph.size !== size) return;
          assignLayoutChanges(graph as unknown as AbstractGraph, event.data.nodes, null);
          // Ask for the next positions once this frame is drawn: the layout never outruns the renderer.
          requestAnimationFrame(() => {
            if (running) worker?.postMessage({ type: 'next' } satisfies LayoutRequest);
          });
        };
      }
      order = graph.order;
      size = graph.size;
      const matrices = graphToByteArrays(graph as unknown as AbstractGraph, (_edge, attrs) => Math.max(1, (attrs.evidence as unknown[]).length));
      // Hubs (the United States, Russia) pull everything into one knot; dissuading them spreads their positions out.
      const settings = { ...defaults, ...forceAtlas2.inferSettings(graph.order), outboundAttractionDistribution: true, edgeWeightInfluence: 0.5 };
      // Small batches keep stop() prompt; positions are only copied when the page asks for them.
      const iterationsPerBatch = graph.order > 2000 ? 1 : graph.order > 300 ? 2 : 5;
      const request: LayoutRequest = { type: 'start', nodes: matrices.nodes, edges: matrices.edges, settings, iterationsPerBatch };
      worker.postMessage(request, [matrices.nodes.buffer, matrices.edges.buffer]);
      setRunning(true);
      timer = setTimeout(stop, durationMs);
    },
    stop,
    separate: (frameMargin = 1) => removeOverlaps(graph, options, frameMargin),
    kill() {
      stop();
      worker?.terminate();
      worker = null;
    },
    onChange(listener) {
      listeners.push(listener);
    },
  };
}
