// PostgreSQL figures on a generated graph: `kg load --db` (COPY) time and peak RSS, and `kg serve --db` against
// `kg serve --graph` on the same graph: time until serving, point-query and neighbourhood latency (p50, p99).
// Both servers answer from memory (the replica loads the graph from PostgreSQL), so the latencies should match.
// Then the alternative, recursive SQL (bench/pg-recursive.ts), against the in-memory queries on the same graph.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startPostgres } from '../tests/_postgres.ts';
import { memoryNeighbourhoodTotal, memoryPathLength, sqlNeighbourhood, sqlPathLength } from './pg-recursive.ts';
import { generateGraph, sampleKeys } from './generate-graph.ts';
import { timed } from './loading.ts';
import { fmt, fmtMiB, percentile } from './stats.ts';
import type { Row } from './table.ts';

const KG = fileURLToPath(new URL('../bin/kg.mjs', import.meta.url));

export interface PostgresOptions {
  nodes: number;
  edges: number;
  requests: number;
  /** neighbourhoods and paths timed both ways, recursive SQL and in memory */
  traversals: number;
}

/** Milliseconds of each call, after two untimed ones (plans, caches, the adjacency arrays). */
async function timeEach<T>(inputs: T[], fn: (x: T) => unknown): Promise<number[]> {
  for (const x of inputs.slice(0, 2)) await fn(x);
  const ms: number[] = [];
  for (const x of inputs) {
    const t = performance.now();
    await fn(x);
    ms.push(performance.now() - t);
  }
  return ms;
}

/** Recursive SQL against the in-memory queries: latencies, and how many answers differ (must be none). */
async function recursiveSql(url: string, graph: import('../src/graph/types.ts').KgGraph, keys: string[], count: number) {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    const hoodKeys = keys.slice(0, count);
    const pairs = hoodKeys.slice(0, Math.ceil(count / 3)).map((k, i) => [k, keys[(i * 7 + 3) % keys.length]!] as const).filter(([a, b]) => a !== b);
    let differ = 0;
    for (const k of hoodKeys.slice(0, 20)) if ((await sqlNeighbourhood(pool, k, 2, 100)).total !== memoryNeighbourhoodTotal(graph, k, 2, 100)) differ++;
    for (const [a, b] of pairs.slice(0, 20)) if ((await sqlPathLength(pool, a, b, 4)) !== memoryPathLength(graph, a, b, 4)) differ++;
    return {
      differ,
      checked: Math.min(20, hoodKeys.length) + Math.min(20, pairs.length),
      sqlHood: await timeEach(hoodKeys, (k) => sqlNeighbourhood(pool, k, 2, 100)),
      memHood: await timeEach(hoodKeys, (k) => memoryNeighbourhoodTotal(graph, k, 2, 100)),
      sqlPath: await timeEach(pairs, ([a, b]) => sqlPathLength(pool, a, b, 4)),
      memPath: await timeEach(pairs, ([a, b]) => memoryPathLength(graph, a, b, 4)),
    };
  } finally {
    await pool.end();
  }
}

export function serve(args: string[]): Promise<{ url: string; child: ChildProcess; seconds: number }> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--max-old-space-size=8192', KG, 'serve', ...args, '--port', '0'], { env: { ...process.env, LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /serving .* at http:\/\/localhost:(\d+)/.exec(out);
      if (m) resolve({ url: `http://127.0.0.1:${m[1]}`, child, seconds: (performance.now() - start) / 1000 });
    });
    child.stderr!.on('data', (d) => (err += d));
    child.on('exit', (code) => reject(new Error(`kg serve exited with ${code}: ${err.slice(-800)}`)));
  });
}

/** Sequential requests, one per path, cycling: milliseconds each. */
export async function latencies(url: string, paths: string[], count: number): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = performance.now();
    const res = await fetch(url + paths[i % paths.length]!);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${paths[i % paths.length]} answered ${res.status}`);
    ms.push(performance.now() - t);
  }
  return ms;
}

/**
 * Point-query and depth-2 neighbourhood latencies of two servers on the same graph (one on a graph file, one on
 * PostgreSQL), in alternating halves so a noisy machine weighs on both alike.
 */
export async function fileVsDbLatencies(fileUrl: string, dbUrl: string, keys: string[], requests: number) {
  const point = keys.map((k) => `/api/nodes/${encodeURIComponent(k)}`);
  const hood = keys.map((k) => `/api/nodes/${encodeURIComponent(k)}/neighbors?depth=2`);
  const r = { file: { point: [] as number[], hood: [] as number[] }, db: { point: [] as number[], hood: [] as number[] } };
  for (let round = 0; round < 2; round++) {
    r.file.point.push(...(await latencies(fileUrl, point, requests / 2)));
    r.db.point.push(...(await latencies(dbUrl, point, requests / 2)));
    r.file.hood.push(...(await latencies(fileUrl, hood, requests / 2)));
    r.db.hood.push(...(await latencies(dbUrl, hood, requests / 2)));
  }
  return r;
}

export const p = (ms: number[]) => `p50 ${fmt(percentile(ms, 50), 1)} ms, p99 ${fmt(percentile(ms, 99), 1)} ms`;

/** A running process's peak resident memory (VmHWM), or 0 when it cannot be read. */
export function processPeakRss(pid: number | undefined): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

export async function benchPostgres({ nodes, edges, requests, traversals }: PostgresOptions, log: (s: string) => void): Promise<{ rows: Row[]; notes: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-pg-'));
  const pg = await startPostgres();
  const servers: ChildProcess[] = [];
  try {
    log(`postgres: generating ${nodes} nodes, ${edges} edges`);
    const graph = generateGraph({ nodes, edges });
    const file = join(dir, 'graph.json');
    writeFileSync(file, JSON.stringify(graph.export()));
    const keys = sampleKeys(graph, 200, 'actor');
    const evidence = graph.reduceEdges((n, _k, a) => n + a.evidence.length, 0);
    log('postgres: kg load --db');
    const load = await timed(process.execPath, ['--max-old-space-size=8192', KG, 'load', '--db', pg.url, '--graph', file, '--quiet']);
    if (load.code !== 0) throw new Error(`kg load failed: ${load.stderr.slice(-800)}`);
    log('postgres: kg serve --graph and kg serve --db');
    const fromFile = await serve(['--graph', file, '--store', join(dir, 'store')]);
    servers.push(fromFile.child);
    const fromDb = await serve(['--db', pg.url]);
    servers.push(fromDb.child);
    log(`postgres: ${requests} point queries and ${requests} neighbourhoods on each server, alternating`);
    const r = await fileVsDbLatencies(fromFile.url, fromDb.url, keys, requests);
    for (const s of servers.splice(0)) s.kill('SIGKILL');
    log(`postgres: ${traversals} neighbourhoods and paths by recursive SQL and in memory`);
    const t = await recursiveSql(pg.url, graph, keys, traversals);
    const workload = `generated graph, ${nodes} nodes, ${edges} edges, ${evidence} evidence sentences`;
    return {
      notes: [`PostgreSQL ${pg.url.replace(/\/\/.*@/, '//')} started by the bench (tests/_postgres.ts, fsync off). Latencies are sequential requests from one client, ${requests} per figure per server.`],
      rows: [
        { figure: 'kg load --db (COPY)', workload, result: `${fmt(load.seconds, 1)} s, peak RSS ${fmtMiB(load.peakRss)}`, baseline: '–', ratio: '–', target: '–', pass: null },
        {
          figure: 'kg serve --db start',
          workload,
          result: `serving after ${fmt(fromDb.seconds, 1)} s`,
          baseline: `kg serve --graph: ${fmt(fromFile.seconds, 1)} s`,
          ratio: `${fmt(fromDb.seconds / fromFile.seconds)}×`,
          target: '–',
          pass: null,
        },
        { figure: 'point query, --db', workload, result: p(r.db.point), baseline: `--graph: ${p(r.file.point)}`, ratio: `${fmt(percentile(r.db.point, 50) / percentile(r.file.point, 50))}× p50`, target: '–', pass: null },
        { figure: 'neighbourhood depth 2, --db', workload, result: p(r.db.hood), baseline: `--graph: ${p(r.file.hood)}`, ratio: `${fmt(percentile(r.db.hood, 50) / percentile(r.file.hood, 50))}× p50`, target: '–', pass: null },
        {
          figure: 'neighbourhood depth 2 (nodes, top 100), recursive SQL',
          workload: `${workload}; ${t.sqlHood.length} centres, one client`,
          result: p(t.sqlHood),
          baseline: `in memory (the replica's skeleton), same function call: ${p(t.memHood)}`,
          ratio: `${fmt(percentile(t.sqlHood, 50) / percentile(t.memHood, 50), 0)}× p50`,
          target: `same answers (${t.checked - t.differ} of ${t.checked} checked agree)`,
          pass: t.differ === 0,
        },
        {
          figure: 'shortest path length ≤ 4, recursive SQL',
          workload: `${workload}; ${t.sqlPath.length} pairs`,
          result: p(t.sqlPath),
          baseline: `in memory (every shortest path, up to 20 listed): ${p(t.memPath)}`,
          ratio: `${fmt(percentile(t.sqlPath, 50) / percentile(t.memPath, 50), 0)}× p50`,
          target: '–',
          pass: null,
        },
      ],
    };
  } finally {
    for (const s of servers) s.kill('SIGKILL');
    pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
