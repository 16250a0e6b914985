// ForceAtlas2 in a web worker, started from the positions the graph already has (stored ones when the
// graph carries them); runs for a bounded time scaled to the graph, and can be toggled from the toolbar.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import defaults from 'graphology-layout-forceatlas2/defaults.js';
import { assignLayoutChanges, graphToByteArrays } from 'graphology-layout-forceatlas2/helpers.js';
import type { AbstractGraph } from 'graphology-types';
import type { DisplayGraph } from './display-graph.ts';
import type { LayoutProgress, LayoutRequest } from './layout.worker.ts';
import { separateDiscs } from './overlap.ts';

export interface LayoutRun {
  readonly running: boolean;
  start(durationMs?: number): void;
  stop(): void;
  kill(): void;
  onChange(listener: (running: boolean) => void): void;
}

/** How long a run lasts by default: longer for bigger graphs, never forever. */
export function defaultDuration(order: number): number {
  return Math.min(8000, 2500 + order * 2);
}

/** Above this many nodes overlaps are left to the zoom: the pass would cost more than it helps. */
const OVERLAP_PASS_MAX_NODES = 3000;
/** Screen pixels kept between two discs. */
const OVERLAP_MARGIN_PIXELS = 3;

/**
 * Separates node discs as sigma draws them at the default zoom: sizes are pixels, positions graph
 * units, and sigma fits the graph's extent to the viewport (about 700 pixels here).
 */
function removeOverlaps(graph: DisplayGraph, viewportPixels = 700): void {
  if (graph.order < 2 || graph.order > OVERLAP_PASS_MAX_NODES) return;
  const keys: string[] = [];
  const discs = graph.mapNodes((key, attrs) => {
    keys.push(key);
    return { x: attrs.x, y: attrs.y, r: attrs.size };
  });
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const d of discs) {
    minX = Math.min(minX, d.x);
    maxX = Math.max(maxX, d.x);
    minY = Math.min(minY, d.y);
    maxY = Math.max(maxY, d.y);
  }
  const unitsPerPixel = Math.max(maxX - minX, maxY - minY, 1e-9) / viewportPixels;
  for (const d of discs) d.r *= unitsPerPixel;
  separateDiscs(discs, OVERLAP_MARGIN_PIXELS * unitsPerPixel);
  let i = 0;
  graph.updateEachNodeAttributes((_key, attrs) => {
    const d = discs[i++];
    attrs.x = d.x;
    attrs.y = d.y;
    return attrs;
  }, { attributes: ['x', 'y'] });
}

export function createLayout(graph: DisplayGraph): LayoutRun {
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
      removeOverlaps(graph);
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
