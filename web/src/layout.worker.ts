// Runs ForceAtlas2 iterations off the main thread: receives the node and edge matrices, iterates in
// batches and posts the node positions back after each batch until told to stop.
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import iterate from 'graphology-layout-forceatlas2/iterate.js';

export type LayoutRequest =
  | { type: 'start'; nodes: Float32Array; edges: Float32Array; settings: Required<ForceAtlas2Settings>; iterationsPerBatch: number }
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

function run(request: Extract<LayoutRequest, { type: 'start' }>, mine: number): void {
  if (mine !== generation) return;
  for (let i = 0; i < request.iterationsPerBatch; i++) iterate(request.settings, request.nodes, request.edges);
  const copy = request.nodes.slice();
  scope.postMessage({ type: 'positions', nodes: copy }, [copy.buffer]);
  setTimeout(() => run(request, mine), 0);
}

scope.onmessage = (event) => {
  generation += 1;
  if (event.data.type === 'start') run(event.data, generation);
};
