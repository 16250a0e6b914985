// Reads while writing: `kg serve` (real extractor on a worker thread, SQLite store) on the built graph of
// graph-data/articles; 20 readers loop over the point routes while one writer POSTs 50 articles (49 VOA stories
// and one 1 MB single paragraph of 37,000 sentences) and DELETEs 25 of them. Readers' p99 is compared with the
// same readers on an idle server; then the server is killed with SIGKILL, restarted on the same store, and every
// acknowledged write is checked (posted ones present, deleted ones gone) and the database's integrity.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { fmt, percentile } from './stats.ts';
import type { Row } from './table.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const KG = join(ROOT, 'bin', 'kg.mjs');

export interface WritesPlan {
  readers: number;
  articles: number;
  /** seconds of idle-server reading for the baseline */
  baselineSeconds: number;
}

interface Running {
  url: string;
  child: ChildProcess;
}

/** A loopback port free right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/**
 * Starts `kg serve` on a free loopback port and resolves once it answers. Request logging is off (LOG_LEVEL=warn),
 * as in the queries section: the figure is the server's, not the log pipe's.
 */
async function startServe(graph: string, store: string): Promise<Running> {
  const port = await freePort();
  const child = spawn(process.execPath, [KG, 'serve', '--graph', graph, '--store', store, '--port', String(port), '--articles', join(ROOT, 'graph-data/articles')], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });
  let err = '';
  let exited: number | null | undefined;
  child.stderr.on('data', (d) => (err += d));
  child.once('exit', (code) => (exited = code));
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (exited !== undefined) throw new Error(`kg serve exited ${exited} before serving: ${err.slice(-2000)}`);
    try {
      if ((await fetch(`${url}/api/stats`)).ok) return { url, child };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

function kill9(r: Running): Promise<void> {
  return new Promise((resolve) => {
    r.child.once('exit', () => resolve());
    r.child.kill('SIGKILL');
  });
}

/** Readers loop over the point routes until `stop()`; latencies in ms. */
function readers(url: string, count: number, paths: string[]): { stop(): Promise<number[]> } {
  let running = true;
  const latencies: number[] = [];
  const failures: string[] = [];
  const loops = Array.from({ length: count }, async (_, r) => {
    for (let i = r; running; i++) {
      const path = paths[i % paths.length]!;
      const t = performance.now();
      try {
        const res = await fetch(`${url}${path}`);
        await res.arrayBuffer();
        if (!res.ok) failures.push(`GET ${path}: ${res.status}`);
        else latencies.push(performance.now() - t);
      } catch {
        return; // the server was killed
      }
    }
  });
  return {
    stop: async () => {
      running = false;
      await Promise.all(loops);
      if (failures.length) throw new Error(`${failures.length} reads failed, e.g. ${failures[0]}`);
      return latencies;
    },
  };
}

export async function benchWrites(plan: WritesPlan, log: (s: string) => void): Promise<{ rows: Row[]; notes: string[] }> {
  const work = mkdtempSync(join(tmpdir(), 'kg-bench-writes-'));
  try {
    const graph = join(work, 'graph.json');
    const built = spawnSync(process.execPath, [KG, 'build', join(ROOT, 'graph-data/articles'), '--out', graph, '--quiet'], { encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`kg build failed: ${built.stderr}`);
    const store = join(work, 'store');
    let server = await startServe(graph, store);
    const base = JSON.parse(readFileSync(graph, 'utf8')) as { nodes: Array<{ key: string; attributes: { kind: string } }>; attributes: { articles: Record<string, unknown> } };
    const actors = base.nodes.filter((n) => n.attributes.kind === 'actor').slice(0, 20).map((n) => encodeURIComponent(n.key));
    const baseIds = Object.keys(base.attributes.articles).slice(0, 10);
    const paths = [
      ...actors.map((k) => `/api/nodes/${k}`),
      ...actors.map((k) => `/api/actors/${k}/positions`),
      ...baseIds.map((id) => `/api/articles/${id}`),
      '/api/stats',
      '/api/articles?limit=20',
    ];
    log(`writes: baseline, ${plan.readers} readers on an idle server for ${plan.baselineSeconds} s`);
    const idle = readers(server.url, plan.readers, paths);
    await new Promise((r) => setTimeout(r, plan.baselineSeconds * 1000));
    const idleLatencies = await idle.stop();

    const voa = readdirSync(join(ROOT, 'graph-data/voa')).filter((f) => f.endsWith('.txt')).sort();
    const texts: Array<[string, string]> = voa.slice(0, plan.articles - 1).map((f, i) => [`load-${i}`, readFileSync(join(ROOT, 'graph-data/voa', f), 'utf8')]);
    texts.splice(Math.floor(texts.length / 2), 0, ['load-big', `Big\n20250102\nhttp://x\n${'Russia demanded guarantees. '.repeat(37_000)}`]);
    log(`writes: ${plan.readers} readers while ${texts.length} articles are posted (one of 1 MB) and half of them deleted`);
    const busyPaths = [...paths];
    const busy = readers(server.url, plan.readers, busyPaths);
    const posted: string[] = [];
    const deleted: string[] = [];
    const writeMs: number[] = [];
    let bigMs = 0;
    for (const [id, text] of texts) {
      const t = performance.now();
      const res = await fetch(`${server.url}/api/articles?id=${id}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: text });
      await res.arrayBuffer();
      if (res.status !== 201) throw new Error(`POST ${id}: ${res.status}`);
      (id === 'load-big' ? (ms: number) => (bigMs = ms) : (ms: number) => writeMs.push(ms))(performance.now() - t);
      posted.push(id);
      if (id === 'load-big') busyPaths.push('/api/articles/load-big?limit=50');
      if (posted.length % 2 === 0 && posted[posted.length - 2] !== 'load-big') {
        const victim = posted[posted.length - 2]!;
        const del = await fetch(`${server.url}/api/articles/${victim}`, { method: 'DELETE' });
        await del.arrayBuffer();
        if (del.status !== 200) throw new Error(`DELETE ${victim}: ${del.status}`);
        deleted.push(victim);
      }
    }
    // Killed right after the last acknowledged write, readers still running.
    await kill9(server);
    // Reads in flight at the kill fail; the latencies of those that completed are kept.
    const sample = await busy.stop();
    log('writes: killed with SIGKILL; restarting on the same store');
    const integrity = (() => {
      const db = new Database(join(store, 'store.sqlite'));
      try {
        return String(db.pragma('integrity_check', { simple: true }));
      } finally {
        db.close();
      }
    })();
    server = await startServe(graph, store);
    let missing = 0;
    for (const id of posted) {
      const res = await fetch(`${server.url}/api/articles/${id}?limit=1`);
      await res.arrayBuffer();
      if ((res.status === 200) !== !deleted.includes(id)) missing++;
    }
    await kill9(server);
    const idleP99 = percentile(idleLatencies, 99);
    const busyP99 = percentile(sample, 99);
    const rows: Row[] = [
      {
        figure: 'readers p99 while writing',
        workload: `${plan.readers} readers on point routes; ${texts.length} POSTs (one 1 MB paragraph) + ${deleted.length} DELETEs`,
        result: `${fmt(busyP99, 1)} ms (p50 ${fmt(percentile(sample, 50), 1)} ms, max ${fmt(Math.max(...sample), 0)} ms, ${sample.length} reads)`,
        baseline: `${fmt(idleP99, 1)} ms idle (p50 ${fmt(percentile(idleLatencies, 50), 1)} ms)`,
        ratio: `${fmt(busyP99 / idleP99, 1)}x`,
        target: '< 100 ms',
        pass: busyP99 < 100,
      },
      {
        figure: 'acknowledged writes after kill -9',
        workload: `${posted.length} posted, ${deleted.length} deleted, SIGKILL, restart`,
        result: `${posted.length - missing} of ${posted.length} as acknowledged; integrity_check ${integrity}`,
        baseline: '–',
        ratio: '–',
        target: 'all, store opens cleanly',
        pass: missing === 0 && integrity === 'ok',
      },
    ];
    const notes = [
      `Write latency: median POST ${fmt(percentile(writeMs, 50), 0)} ms, the 1 MB article ${fmt(bigMs, 0)} ms (extraction on a worker thread, sentences split in slices of at most a few ms on the main thread).`,
    ];
    return { rows, notes };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
