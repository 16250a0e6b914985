// Child process: the API under test. Generates the graph, serves it with createApp, and mounts beside it the
// baseline (an Express route returning a constant) in the same process; prints {port, keys} when listening.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { createApp } from '../src/server/app.ts';
import { GraphService } from '../src/server/graph-service.ts';
import { SqliteStore } from '../src/server/sqlite-store.ts';
import { generateGraph, sampleKeys } from './generate-graph.ts';

const [nodes, edges, webDir] = process.argv.slice(2);
const started = performance.now();
const graph = generateGraph({ nodes: Number(nodes), edges: Number(edges) });
const generatedSeconds = (performance.now() - started) / 1000;
const storeDir = mkdtempSync(join(tmpdir(), 'kg-bench-store-'));
// An empty store and no base: opening then costs nothing, and the generated graph is swapped in as the served one
// (a base would be copied and saved to disk first, which is start-up work, not query work).
const service = await GraphService.open({ store: new SqliteStore(storeDir), base: null, extract: () => ({ claims: [], warnings: [] }) });
service.graph = graph;
const api = createApp({ service, webDir: webDir && webDir !== '-' ? webDir : null });

const server = express();
server.disable('x-powered-by');
const CONSTANT = { ok: true };
server.get('/bench/constant', (_req, res) => {
  res.json(CONSTANT);
});
server.use(api);
const listener = server.listen(0, '127.0.0.1', () => {
  const { port } = listener.address() as AddressInfo;
  console.log(
    JSON.stringify({
      port,
      generatedSeconds,
      nodes: graph.order,
      edges: graph.size,
      keys: sampleKeys(graph, 2000),
      actors: sampleKeys(graph, 2000, 'actor'),
    }),
  );
});
const stop = () => {
  listener.close();
  rmSync(storeDir, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
