// Starts the real `kg` server for the explorer tests: builds a graph from real articles (the Geneva
// fixture and the VOA stories in graph-data/articles) into a temporary folder, serves it on a free port.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const KG = join(ROOT, 'bin', 'kg.mjs');
export const FIXTURE_ARTICLE = join(ROOT, 'tests', 'fixtures', '000_1b6febaad030ac13.txt');
export const CORPUS_DIR = join(ROOT, 'graph-data', 'articles');

export interface RunningServer {
  url: string;
  dir: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`e2e: kg serve exited with ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`e2e: kg serve did not answer ${url} within 60 s:\n${log()}`);
}

/**
 * Builds and serves a temporary store. `exclude` keeps articles out of the build (to post them later).
 * With KG_E2E_URL set, uses that running server instead (for debugging the page against `npm start`).
 */
export async function startServer(options: { exclude?: string[] } = {}): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-e2e-'));
  if (process.env.KG_E2E_URL) return { url: process.env.KG_E2E_URL, dir, stop: async () => rmSync(dir, { recursive: true, force: true }) };
  const articles = join(dir, 'articles');
  mkdirSync(articles);
  copyFileSync(FIXTURE_ARTICLE, join(articles, '000_1b6febaad030ac13.txt'));
  for (const name of readdirSync(CORPUS_DIR)) {
    if (name.endsWith('.txt') && !(options.exclude ?? []).includes(name)) copyFileSync(join(CORPUS_DIR, name), join(articles, name));
  }
  const graphFile = join(dir, 'graph.json');
  const build = spawnSync(process.execPath, [KG, 'build', articles, '--out', graphFile], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`e2e: kg build failed (${build.status}):\n${build.stderr}${build.stdout}`);

  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [KG, 'serve', '--graph', graphFile, '--store', join(dir, 'store'), '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitForHttp(`${url}api/stats`, child, () => output);
  } catch (error) {
    child.kill('SIGTERM');
    throw error;
  }
  return {
    url,
    dir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
