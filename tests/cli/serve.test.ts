import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import type { ArticleDetailResponse, PostArticleResponse, StatsResponse } from '../../src/server/api-types.ts';
import { sampleGraph } from '../_helpers.ts';

const KG = fileURLToPath(new URL('../../bin/kg.mjs', import.meta.url));
const VOA = fileURLToPath(new URL('../../graph-data/articles/20250314_8010842.txt', import.meta.url));

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGKILL');
});

/** Starts `kg serve` on a free port and resolves with its URL once it logs that it is serving. */
function serve(args: string[], env: Record<string, string> = {}): Promise<{ url: string; child: ChildProcess; log(): string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [KG, 'serve', ...args], { env: { ...process.env, LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    running.push(child);
    let out = '';
    let err = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /serving .* at http:\/\/localhost:(\d+)/.exec(out);
      if (m) resolve({ url: `http://127.0.0.1:${m[1]}`, child, log: () => out });
    });
    child.stderr!.on('data', (d) => (err += d));
    child.on('exit', (code) => reject(new Error(`kg serve exited with ${code}: ${err}${out}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

function graphFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'kg-cli-')), 'graph.json');
  writeFileSync(file, JSON.stringify(sampleGraph().export()));
  return file;
}

describe('kg serve', () => {
  test('serves after a restart the article posted before, with its sentences', async () => {
    const graph = graphFile();
    const store = mkdtempSync(join(tmpdir(), 'kg-cli-store-'));
    const first = await serve(['--graph', graph, '--store', store, '--port', '0']);
    const res = await fetch(`${first.url}/api/articles?id=g7`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: readFileSync(VOA, 'utf8') });
    const posted = (await res.json()) as PostArticleResponse;
    expect(res.status).toBe(201);
    expect(posted.added.edges.length).toBeGreaterThan(0);
    await stop(first.child);

    const second = await serve(['--graph', graph, '--store', store, '--port', '0']);
    const stats = (await (await fetch(`${second.url}/api/stats`)).json()) as StatsResponse;
    expect(stats.articles).toBe(3);
    const detail = (await (await fetch(`${second.url}/api/articles/g7`)).json()) as ArticleDetailResponse;
    expect(detail.sentencesFrom).toBe('text');
    expect(detail.edges.total).toBe(new Set(posted.added.edges.map((e) => e.key).concat(posted.added.reinforced)).size);
  }, 30_000);

  // issue 10: a 1 MB one-paragraph article took 14 s on the main thread, and every other request waited
  test('answers other requests while it extracts a 1 MB one-paragraph article', async () => {
    const { url } = await serve(['--graph', graphFile(), '--store', mkdtempSync(join(tmpdir(), 'kg-cli-store-')), '--port', '0']);
    const big = `Big\n20250102\nhttp://x\n${'Russia demanded guarantees. '.repeat(37_000)}`;
    let posted = false;
    const post = fetch(`${url}/api/articles?id=big`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: big }).then(async (r) => {
      posted = true;
      return r.status;
    });
    // Requests one after another while the post is in progress: each waits for the answer to the one before.
    let answered = 0;
    while (!posted) {
      const r = await fetch(`${url}/api/stats`);
      await r.arrayBuffer();
      if (!posted) answered++;
    }
    expect(await post).toBe(201);
    expect(answered).toBeGreaterThanOrEqual(50);
    const detail = (await (await fetch(`${url}/api/articles/big?limit=2`)).json()) as ArticleDetailResponse;
    expect(detail.sentences.total).toBe(37_000);
  }, 120_000);

  // issue 10: the JSON store of earlier versions is carried over once, with a message
  test('carries a JSON store over into the database and says so', async () => {
    const store = mkdtempSync(join(tmpdir(), 'kg-cli-store-'));
    mkdirSync(join(store, 'articles'));
    writeFileSync(join(store, 'articles', 'g7.txt'), readFileSync(VOA, 'utf8'));
    writeFileSync(join(store, 'graph.json'), JSON.stringify({ format: 'negotiation-kg-store/1', base: null, posted: ['g7'], deleted: [], graph: { nodes: [], edges: [] } }));
    const { url, log } = await serve(['--graph', graphFile(), '--store', store, '--port', '0']);
    expect(log()).toMatch(/carried the JSON store over into .*store\.sqlite: 1 posted articles/);
    expect((await fetch(`${url}/api/articles/g7`)).status).toBe(200);
    expect(existsSync(join(store, 'graph.json.migrated'))).toBe(true);
  }, 60_000);

  test('takes the port from PORT', async () => {
    const port = String(20000 + Math.floor(Math.random() * 20000));
    const { url } = await serve(['--graph', graphFile(), '--store', mkdtempSync(join(tmpdir(), 'kg-cli-store-'))], { PORT: port });
    expect(url.endsWith(`:${port}`)).toBe(true);
  }, 30_000);

  test('exits with a message naming the database when it is not one', async () => {
    const store = mkdtempSync(join(tmpdir(), 'kg-cli-store-'));
    writeFileSync(join(store, 'store.sqlite'), 'not a database '.repeat(100));
    await expect(serve(['--graph', graphFile(), '--store', store, '--port', '0'])).rejects.toThrow(/store\.sqlite.*backup/);
  }, 30_000);

  test('exits with a message naming the file when the graph is missing', async () => {
    await expect(serve(['--graph', '/nonexistent/graph.json', '--port', '0'])).rejects.toThrow(/nonexistent\/graph\.json.*kg build/);
  }, 30_000);
});
