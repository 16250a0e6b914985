// The 10^5-article path past the merge: `kg merge` of the scaled claims with graph JSON, `kg load --db` of that
// graph and every claim (COPY), the same from the merge's Parquet (--merged), then `kg serve --db` against `kg serve --graph` on the same graph: start time,
// peak memory, point-query and neighbourhood latency, alternating between the two servers.
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import pg from 'pg';
import { startPostgres } from '../tests/_postgres.ts';
import { timed, type Timed } from './loading.ts';
import { fileVsDbLatencies, p, processPeakRss, serve } from './postgres.ts';
import { fmt, fmtMiB, percentile } from './stats.ts';
import type { Row } from './table.ts';

const KG = fileURLToPath(new URL('../bin/kg.mjs', import.meta.url));

async function kg(args: string[]): Promise<Timed> {
  const r = await timed(process.execPath, ['--max-old-space-size=8192', KG, ...args]);
  if (r.code !== 0) throw new Error(`kg ${args.join(' ')} exited ${r.code}: ${r.stderr.slice(-1500)}`);
  return r;
}

/** Actor keys to query: a fixed pseudo-random sample of the merged nodes, read from nodes.parquet. */
async function actorKeys(nodesFile: string, count: number): Promise<string[]> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const db = await instance.connect();
  try {
    const rows = (await db.runAndReadAll(`SELECT id FROM '${nodesFile}' WHERE kind = 'actor' ORDER BY hash(id) LIMIT ${count}`)).getRowObjectsJS();
    return rows.map((r) => r.id as string);
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

export async function benchScaledPostgres(
  work: string,
  scaledDir: string,
  scaled: { claims: number; articles: number },
  requests: number,
  log: (s: string) => void,
): Promise<Row[]> {
  const workload = `${scaled.articles} articles, ${scaled.claims} claims`;
  log(`shards: kg merge of the ${scaled.claims} scaled claims with graph JSON`);
  const outDir = join(work, 'merged-big-graph');
  const merge = await kg(['merge', scaledDir, '--out', outDir, '--memory-limit', '256MB', '--no-layout', '--quiet']);
  const graphFile = join(outDir, 'graph.json');
  const postgres = await startPostgres();
  const servers: ChildProcess[] = [];
  try {
    log('shards: kg load --db of the merged graph and every claim');
    const load = await kg(['load', '--db', postgres.url, '--graph', graphFile, '--claims', scaledDir, '--quiet']);
    log('shards: kg load --db --merged of the same merge (Parquet streamed) into a second database');
    const pgAdmin = new pg.Client({ connectionString: postgres.url });
    await pgAdmin.connect();
    await pgAdmin.query('CREATE DATABASE kg_merged');
    await pgAdmin.end();
    const loadMerged = await kg(['load', '--db', postgres.url.replace(/\/postgres$/, '/kg_merged'), '--merged', outDir, '--claims', scaledDir, '--quiet']);
    log('shards: kg serve --graph and kg serve --db of the merged graph');
    const fromFile = await serve(['--graph', graphFile, '--store', join(work, 'serve-store')]);
    servers.push(fromFile.child);
    const fromDb = await serve(['--db', postgres.url]);
    servers.push(fromDb.child);
    const keys = await actorKeys(join(outDir, 'nodes.parquet'), 100);
    log(`shards: ${requests} point queries and ${requests} neighbourhoods on each server, alternating`);
    const r = await fileVsDbLatencies(fromFile.url, fromDb.url, keys, requests);
    const rss = { file: processPeakRss(fromFile.child.pid), db: processPeakRss(fromDb.child.pid) };
    const row = (figure: string, result: string, baseline: string, ratio: string): Row => ({ figure, workload, result, baseline, ratio, target: '–', pass: null });
    return [
      row('kg merge, scaled, with graph JSON', `${fmt(merge.seconds, 1)} s, peak RSS ${fmtMiB(merge.peakRss)}`, '–', '–'),
      row('kg load --db, scaled (graph + claims, COPY)', `${fmt(load.seconds, 1)} s (${fmt(scaled.claims / load.seconds, 0)} claims/s), peak RSS ${fmtMiB(load.peakRss)}`, `kg merge with graph JSON: ${fmt(merge.seconds, 1)} s`, `${fmt(load.seconds / merge.seconds)}× time`),
      row('kg load --db --merged, scaled (Parquet streamed + claims, COPY)', `${fmt(loadMerged.seconds, 1)} s, peak RSS ${fmtMiB(loadMerged.peakRss)}`, `kg load --db --graph of the same: ${fmt(load.seconds, 1)} s, ${fmtMiB(load.peakRss)}`, `${fmt(loadMerged.seconds / load.seconds)}× time, ${fmt(loadMerged.peakRss / load.peakRss)}× memory`),
      row('kg serve --db start, scaled', `serving after ${fmt(fromDb.seconds, 1)} s, peak RSS ${fmtMiB(rss.db)}`, `kg serve --graph: ${fmt(fromFile.seconds, 1)} s, ${fmtMiB(rss.file)}`, `${fmt(fromDb.seconds / fromFile.seconds)}× time`),
      row('point query, --db, scaled', p(r.db.point), `--graph: ${p(r.file.point)}`, `${fmt(percentile(r.db.point, 50) / percentile(r.file.point, 50))}× p50`),
      row('neighbourhood depth 2, --db, scaled', p(r.db.hood), `--graph: ${p(r.file.hood)}`, `${fmt(percentile(r.db.hood, 50) / percentile(r.file.hood, 50))}× p50`),
    ];
  } finally {
    for (const s of servers) s.kill('SIGKILL');
    postgres.stop();
  }
}
