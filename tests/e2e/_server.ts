// Starts the real server for the explorer tests on a fixed graph file (tests/fixtures/e2e/graph.json: the Geneva
// fixture and the VOA stories of graph-data/articles but one, which the tests post), so that a change of the
// extractor changes no browser test; the server entry runs in process on port 0. `npm run e2e:graph` rebuilds it.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { serve } from '../../src/server/main.ts';

const ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURE_ARTICLE = join(ROOT, 'tests', 'fixtures', '000_1b6febaad030ac13.txt');
export const CORPUS_DIR = join(ROOT, 'graph-data', 'articles');
export const FIXED_GRAPH = join(ROOT, 'tests', 'fixtures', 'e2e', 'graph.json');
/** The article the fixed graph leaves out, for the tests that post it. */
export const FIXED_GRAPH_EXCLUDES = ['20210414_6204569.txt'];

export interface RunningServer {
  url: string;
  dir: string;
  stop(): Promise<void>;
}

/**
 * Builds and serves a temporary store (removed by stop). `exclude` keeps articles out of the build (to post them later).
 * With KG_E2E_URL set, uses that running server instead (for debugging the page against `npm start`).
 */
export async function startServer(options: { exclude?: string[]; token?: string } = {}): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-e2e-'));
  if (process.env.KG_E2E_URL) return { url: process.env.KG_E2E_URL, dir, stop: async () => rmSync(dir, { recursive: true, force: true }) };
  const articles = join(dir, 'articles');
  mkdirSync(articles);
  copyFileSync(FIXTURE_ARTICLE, join(articles, '000_1b6febaad030ac13.txt'));
  for (const name of readdirSync(CORPUS_DIR)) {
    if (name.endsWith('.txt') && !(options.exclude ?? []).includes(name)) copyFileSync(join(CORPUS_DIR, name), join(articles, name));
  }
  const graphFile = join(dir, 'graph.json');
  if (options.exclude?.length && options.exclude.join() !== FIXED_GRAPH_EXCLUDES.join()) throw new Error(`e2e: the fixed graph leaves out ${FIXED_GRAPH_EXCLUDES.join()}, not ${options.exclude.join()}`);
  copyFileSync(FIXED_GRAPH, graphFile);

  const running = await serve({
    graph: graphFile,
    port: 0,
    host: '127.0.0.1',
    store: join(dir, 'store'),
    articleDirs: [articles],
    logger: pino({ level: 'warn' }),
    token: options.token,
  });
  const { port } = running.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    dir,
    async stop() {
      await running.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
