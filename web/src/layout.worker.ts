// Runs ForceAtlas2 iterations off the main thread: receives the node and edge matrices, iterates in
// batches, and posts the latest positions only when the page asks for them, so a slow render never queues up.
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import iterate from 'graphology-layout-forceatlas2/iterate.js';

export type LayoutRequest =
  | { type: 'start'; nodes: Float32Array; edges: Float32Array; settings: Required<ForceAtlas2Settings>; iterationsPerBatch: number }
  /** the page has drawn the last positions and wants the next ones */
  | { type: 'next' }
  | { type: 'stop' };

export interface LayoutProgress {
  type: 'positions';
  nodes: Float32Array;
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutProgress, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
let generation = 0;
let wanted = false;

function post(nodes: Float32Array): void {
  wanted = false;
  const copy = nodes.slice();
  scope.postMessage({ type: 'positions', nodes: copy }, [copy.buffer]);
}

function run(request: Extract<LayoutRequest, { type: 'start' }>, mine: number): void {
  if (mine !== generation) return;
  for (let i = 0; i < request.iterationsPerBatch; i++) iterate(request.settings, request.nodes, request.edges);
  if (wanted) post(request.nodes);
  setTimeout(() => run(request, mine), 0);
}

let current: Extract<LayoutRequest, { type: 'start' }> | null = null;

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'next') {
    wanted = true;
    return;
  }
  generation += 1;
  current = message.type === 'start' ? message : null;
  if (current) {
    wanted = true;
    run(current, generation);
  }
};
