// Scaling-out figures: sharded extraction to Parquet (`kg build --shard I/N --emit parquet`, one core per shard:
// claims written per second per core) against `kg build` of the same shard's articles to graph JSON; then
// `kg merge` (time, peak RSS) over the shards and over claim files scaled up to many articles, against `kg build`
// of the whole corpus in one process.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { generateCorpus, sourceArticles } from './corpus.ts';
import { benchScaledPostgres } from './scaled-pg.ts';
import { timed, type Timed } from './loading.ts';
import { MB, fmt, fmtMiB, median } from './stats.ts';
import type { Row } from './table.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const KG = join(ROOT, 'bin', 'kg.mjs');

export interface ShardsOptions {
  /** bytes of real articles to extract (VOA repeated) */
  targetBytes: number;
  shards: number;
  /** articles the claim files are scaled up to for the large merge */
  scaledArticles: number;
  /** requests per latency figure on the scaled graph (bench/scaled-pg.ts) */
  requests: number;
}

async function kg(args: string[]): Promise<Timed> {
  const r = await timed(process.execPath, [KG, ...args]);
  if (r.code !== 0) throw new Error(`kg ${args.join(' ')} exited ${r.code}: ${r.stderr.slice(-1500)}`);
  return r;
}

const claimsIn = (stderr: string) => Number(/claims\s+(\d+)/.exec(stderr)?.[1] ?? NaN);

/**
 * Claim files for `articles` articles made from the extracted ones: each copy gets new article and claim ids and
 * input numbers, so the merge sees that many distinct articles (over the same actors and positions).
 */
async function scaleClaims(shardsDir: string, outDir: string, articles: number, files: number): Promise<{ claims: number; articles: number }> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const db = await instance.connect();
  try {
    const claimsSrc = `read_parquet('${shardsDir}/claims/month=*/claims-*.parquet', hive_partitioning = true, hive_types = {'month': VARCHAR})`;
    const articlesSrc = `read_parquet('${shardsDir}/articles/articles-*.parquet')`;
    const one = async (sql: string) => Number((await db.runAndReadAll(sql)).getRowObjectsJS()[0]!.n);
    const n = await one(`SELECT count(*)::INT n FROM ${articlesSrc}`);
    const seqs = await one(`SELECT (max(input_seq) + 1)::INT n FROM ${articlesSrc}`);
    const copies = Math.max(1, Math.ceil(articles / n));
    const renumber = `article_id || '-' || k AS article_id, input_seq + k * ${seqs} AS input_seq`;
    for (let f = 0; f < files; f++) {
      const ks = `range(${Math.floor((copies * f) / files)}, ${Math.floor((copies * (f + 1)) / files)}) k(k)`;
      await db.run(`COPY (SELECT * REPLACE (claim_id || '-' || k AS claim_id, ${renumber}) FROM ${claimsSrc}, ${ks})
        TO '${outDir}/claims-${f}.parquet' (FORMAT parquet, COMPRESSION zstd)`);
      await db.run(`COPY (SELECT * REPLACE (${renumber}) FROM ${articlesSrc}, ${ks}) TO '${outDir}/articles-${f}.parquet' (FORMAT parquet, COMPRESSION zstd)`);
    }
    return {
      claims: await one(`SELECT count(*)::BIGINT n FROM '${outDir}/claims-*.parquet'`),
      articles: await one(`SELECT count(*)::BIGINT n FROM '${outDir}/articles-*.parquet'`),
    };
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

export async function benchShards({ targetBytes, shards, scaledArticles, requests }: ShardsOptions, log: (s: string) => void): Promise<{ rows: Row[]; notes: string[] }> {
  const source = sourceArticles();
  const corpus = generateCorpus(source, targetBytes);
  const work = mkdtempSync(join(tmpdir(), 'kg-bench-shards-'));
  const notes: string[] = [];
  try {
    const shardDir = join(work, 'shards');
    const emits: Timed[] = [];
    let claims = 0;
    for (let i = 0; i < shards; i++) {
      log(`shards: kg build --shard ${i}/${shards} --emit parquet, one core, ${fmt(corpus.bytes / MB, 1)} MB corpus`);
      const r = await kg(['build', corpus.dir, '--shard', `${i}/${shards}`, '--emit', 'parquet', '--out', shardDir, '--workers', '0']);
      emits.push(r);
      claims += claimsIn(r.stderr);
    }
    // Shard 0 again, alternating with the baseline, so both see the same load on a shared machine.
    const again: Timed[] = [emits[0]!];
    const bases: Timed[] = [];
    for (let k = 0; k < 2; k++) {
      log(`shards: baseline kg build of shard 0 to graph JSON, one core (${k + 1}/2), and shard 0 again`);
      bases.push(await kg(['build', corpus.dir, '--shard', `0/${shards}`, '--out', join(work, 'shard0.json'), '--workers', '0', '--no-layout', '--quiet']));
      again.push(await kg(['build', corpus.dir, '--shard', `0/${shards}`, '--emit', 'parquet', '--out', join(work, 'again'), '--workers', '0', '--quiet']));
    }
    const base = { seconds: median(bases.map((r) => r.seconds)), peakRss: median(bases.map((r) => r.peakRss)) };
    const shard0 = median(again.map((r) => r.seconds));
    const emitSeconds = emits.reduce((n, r) => n + r.seconds, 0);
    const perCore = claims / emitSeconds;
    log('shards: kg merge of the shards (with graph JSON), and kg build of the whole corpus on every core');
    const merge = await kg(['merge', shardDir, '--out', join(work, 'merged'), '--no-layout', '--quiet']);
    const whole = await kg(['build', corpus.dir, '--out', join(work, 'whole.json'), '--no-layout', '--quiet']);
    log(`shards: claim files scaled to ${scaledArticles} articles`);
    const scaledDir = join(work, 'scaled');
    mkdirSync(scaledDir);
    const scaled = await scaleClaims(shardDir, scaledDir, scaledArticles, 8);
    log(`shards: kg merge --no-graph of ${scaled.claims} claims from ${scaled.articles} articles`);
    const big = await kg(['merge', scaledDir, '--out', join(work, 'merged-big'), '--no-graph', '--memory-limit', '256MB', '--quiet']);
    const downstream = await benchScaledPostgres(work, scaledDir, scaled, requests, log);
    const parquetBytes = readdirSync(shardDir, { recursive: true }).map(String).filter((f) => /(^|\/)claims-[^/]*\.parquet$/.test(f)).reduce((n, f) => n + statSync(join(shardDir, f)).size, 0);
    const articles = corpus.files;
    notes.push(
      `Scaling-out corpus: ${articles} articles, ${fmt(corpus.bytes / MB, 1)} MB (${corpus.copies} renamed copies of the ${source.files.length} VOA articles), split into ${shards} shards run one after the other with one worker each; ${claims} claims, ${fmt(parquetBytes / 1024, 0)} KB of zstd Parquet. The large merge replicates those claims with new article ids to ${scaled.articles} articles (${scaled.claims} claims) over the same actors and positions, and is run with --no-graph and DuckDB's --memory-limit 256MB.`,
    );
    return {
      notes,
      rows: [
        {
          figure: 'sharded extraction to Parquet',
          workload: `${articles} articles, ${shards} shards × 1 core`,
          result: `${fmt(perCore, 0)} claims/s per core (${claims} claims in ${fmt(emitSeconds, 1)} core-s), peak RSS ${fmtMiB(Math.max(...emits.map((r) => r.peakRss)))} per shard`,
          baseline: `kg build of shard 0 to graph JSON: ${fmt(base.seconds, 1)} s, ${fmtMiB(base.peakRss)} (median of 2)`,
          ratio: `${fmt(shard0 / base.seconds)}× the time of the JSON build (shard 0, median of 3: ${fmt(shard0, 1)} s)`,
          target: '–',
          pass: null,
        },
        {
          figure: 'kg merge (Parquet + graph JSON)',
          workload: `${shards} shard files, ${claims} claims`,
          result: `${fmt(merge.seconds, 1)} s, peak RSS ${fmtMiB(merge.peakRss)}`,
          baseline: `kg build of the whole corpus, every core: ${fmt(whole.seconds, 1)} s, ${fmtMiB(whole.peakRss)}`,
          ratio: `${fmt(merge.seconds / whole.seconds)}× time, ${fmt(merge.peakRss / whole.peakRss)}× memory`,
          target: '–',
          pass: null,
        },
        {
          figure: 'kg merge, scaled (Parquet only)',
          workload: `${scaled.articles} articles, ${scaled.claims} claims in 8 files`,
          result: `${fmt(big.seconds, 1)} s (${fmt(scaled.claims / big.seconds, 0)} claims/s), peak RSS ${fmtMiB(big.peakRss)}`,
          baseline: `merge of ${claims} claims: ${fmtMiB(merge.peakRss)}`,
          ratio: `${fmt(big.peakRss / merge.peakRss)}× memory for ${fmt(scaled.claims / claims, 0)}× the claims`,
          target: 'memory not proportional to claims',
          pass: big.peakRss / merge.peakRss < scaled.claims / claims / 4,
        },
        ...downstream,
      ],
    };
  } finally {
    rmSync(corpus.dir, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
}
