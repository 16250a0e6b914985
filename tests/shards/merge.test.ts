// Sharded extraction and the DuckDB merge: the union of `--shard I/N` outputs merges to the graph `kg build`
// gives on the same inputs, for any N; the Parquet files keep the claims contract and every claim.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadLexicon, type Lexicon } from '../../src/extract/lexicon.ts';
import { buildFromInputs } from '../../src/loader/build.ts';
import type { Claim, EndpointRef } from '../../src/extract/claims.ts';
import { buildGraph } from '../../src/graph/build.ts';
import type { ArticleMeta, KgGraph, Relation } from '../../src/graph/types.ts';
import { emitShard } from '../../src/shards/emit.ts';
import { mergeClaims } from '../../src/shards/merge.ts';
import { CLAIM_COLUMNS, claimRows } from '../../src/shards/rows.ts';
import { A, actorRef, P } from '../_helpers.ts';

function claimOf(relation: Relation, source: EndpointRef, target: EndpointRef, article: string, date: string): Claim {
  return { relation, source, target, evidence: { article, sentence: 0, text: `The first sentence of ${article}.`, date }, rule: 'test' };
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CORPUS = join(ROOT, 'graph-data/articles');

let lexicon: Lexicon;
let dir: string;
let built: KgGraph;

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  try {
    return (await db.runAndReadAll(sql)).getRowObjectsJS();
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

async function shardAndMerge(inputs: string[], count: number, name: string) {
  const shards = join(dir, `${name}-shards`);
  for (let index = 0; index < count; index++) await emitShard(inputs, { shard: { index, count }, outDir: shards, lexicon });
  return { shards, ...(await mergeClaims([shards], { outDir: join(dir, `${name}-merged`), graphMaxEdges: Infinity })) };
}

beforeAll(async () => {
  lexicon = loadLexicon();
  dir = mkdtempSync(join(tmpdir(), 'kg-shards-'));
  built = (await buildFromInputs([CORPUS], { lexicon })).graph;
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('mergeClaims', () => {
  test.for([1, 3, 7])('gives the graph kg build gives when the corpus is split into %i shard(s)', { timeout: 120_000 }, async (count) => {
    const { graph } = await shardAndMerge([CORPUS], count, `n${count}`);
    expect(built.size).toBeGreaterThan(100);
    // Same nodes and edges in the same order, same attributes (aliases, labels of people joined by surname, evidence).
    expect(graph!.export()).toEqual(built.export());
  });

  test('writes nodes, edges, evidence, claim-to-edge and articles tables that account for every claim', async () => {
    const { shards, files, claims, edges, nodes } = await shardAndMerge([CORPUS], 3, 'files');
    const [e] = await query(`SELECT count(*)::INT n, sum(claims)::INT claims, sum(sentences)::INT sentences FROM '${files.edges}'`);
    expect(e!.n).toBe(edges);
    expect(e!.n).toBe(built.size);
    expect(e!.sentences).toBe(built.reduceEdges((n, _k, a) => n + a.evidence.length, 0));
    const [ids] = await query(`SELECT count(*)::INT n, count(DISTINCT edge)::INT edges FROM '${files.claimEdges}'`);
    expect(ids).toEqual({ n: e!.claims, edges });
    // Every claim is on one edge, but for the self-loops the graph drops.
    const [loops] = await query(`SELECT count(*)::INT n FROM '${shards}/claims/month=*/claims-*.parquet' WHERE source_id = target_id`);
    expect((e!.claims as number) + (loops!.n as number)).toBe(claims);
    const [n] = await query(`SELECT count(*)::INT n, count(DISTINCT id)::INT ids FROM '${files.nodes}'`);
    expect(n).toEqual({ n: nodes, ids: built.order });
    const [ev] = await query(`SELECT count(*)::INT n, count(DISTINCT edge)::INT edges FROM '${files.evidence}'`);
    expect(ev).toEqual({ n: e!.sentences, edges: edges });
    const [a] = await query(`SELECT count(*)::INT n FROM '${files.articles}'`);
    expect(a!.n).toBe(Object.keys(built.getAttribute('articles')!).length);
  }, 120_000);

  test('joins people named by surname in one shard and in full in another as kg build does, in input order', async () => {
    const meta = (id: string, date: string): ArticleMeta => ({ id, title: id, date, url: `https://example.org/${id}`, sentences: 2 });
    const person = (id: string, label: string) => ({ ...actorRef(id, label, 'person'), known: false });
    const articles = [
      { meta: meta('first', '2022-01-10'), claims: [claimOf('demands', person('ryabkov', 'Ryabkov'), P.noExpansion, 'first', '2022-01-10')] },
      { meta: meta('second', '2022-01-12'), claims: [claimOf('rejects', person('sergei-ryabkov', 'Sergei Ryabkov'), P.sanctions, 'second', '2022-01-12'), claimOf('meets', A.blinken, person('sergei-ryabkov', 'Sergei Ryabkov'), 'second', '2022-01-12')] },
    ];
    // The later article goes to the first file: the merge orders by input_seq, not by file.
    const files = [join(dir, 'people-b.jsonl'), join(dir, 'people-a.jsonl')];
    articles.forEach((a, seq) => writeFileSync(files[seq]!, claimRows(a.claims, { meta: a.meta, inputSeq: seq, extractorVersion: 'test' }).map((r) => JSON.stringify(r)).join('\n')));
    const { graph } = await mergeClaims(files, { outDir: join(dir, 'people'), graphMaxEdges: Infinity });
    const expected = buildGraph(articles);
    expect(expected.hasNode('actor:sergei-ryabkov')).toBe(false);
    expect(expected.getNodeAttribute('actor:ryabkov', 'label')).toBe('Sergei Ryabkov');
    expect(graph!.export()).toEqual(expected.export());
  });

  test('should name the folder when it holds no claim files', async () => {
    const empty = mkdtempSync(join(dir, 'empty-'));
    await expect(mergeClaims([empty], { outDir: join(dir, 'none') })).rejects.toThrow(expect.objectContaining({ code: 'USAGE' }));
  });
});

describe('emitShard', () => {
  test('writes a shard\'s claims as one file per month partition, with the contract\'s columns and the month in the path', async () => {
    const out = join(dir, 'contract');
    const r = await emitShard([CORPUS], { shard: { index: 1, count: 3 }, outDir: out, lexicon });
    expect(readdirSync(out).sort()).toEqual(['articles', 'claims']);
    expect(readdirSync(join(out, 'articles'))).toEqual(['articles-1-of-3.parquet']);
    const months = readdirSync(join(out, 'claims')).sort();
    expect(months.length).toBeGreaterThan(1);
    expect(months.every((m) => /^month=\d{4}-\d{2}$/.test(m))).toBe(true);
    expect(r.files.claims).toEqual(months.map((m) => join(out, 'claims', m, 'claims-1-of-3.parquet')));
    // Hive layout: the month is the folder, not a column in the file (Spark refuses a column in both places).
    const cols = await query(`SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet('${r.files.claims[0]}', hive_partitioning = false))`);
    expect(cols.map((c) => c.column_name)).toEqual(Object.keys(CLAIM_COLUMNS).filter((c) => c !== 'month'));
    const rows = await query(`SELECT count(*)::INT n, count(DISTINCT article_id)::INT articles, count(*) FILTER (WHERE strftime(date, '%Y-%m') <> month)::INT misplaced
      FROM read_parquet('${out}/claims/*/*.parquet', hive_partitioning = true)`);
    expect(rows[0]).toEqual({ n: r.claims, articles: expect.any(Number), misplaced: 0 });
    expect(rows[0]!.articles).toBeLessThanOrEqual(r.articles);
  }, 120_000);

  test('replaces a retried shard whole and leaves no temporary file', async () => {
    const out = join(dir, 'retry');
    const first = await emitShard([CORPUS], { shard: { index: 0, count: 2 }, outDir: out, lexicon });
    const listing = () => readdirSync(out, { recursive: true }).map(String).sort();
    const before = listing();
    const again = await emitShard([CORPUS], { shard: { index: 0, count: 2 }, outDir: out, lexicon });
    expect(listing()).toEqual(before);
    expect(before.filter((f) => /tmp/.test(f))).toEqual([]);
    const [c] = await query(`SELECT count(*)::INT n FROM read_parquet(${JSON.stringify(again.files.claims).replace(/"/g, "'")})`);
    expect(c!.n).toBe(first.claims);
  }, 120_000);

  test('should remove its file from a month it no longer has when a shard is rerun on other input', async () => {
    const out = join(dir, 'rerun');
    const one = join(dir, 'one-month');
    const { mkdirSync, copyFileSync } = await import('node:fs');
    mkdirSync(one);
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
    copyFileSync(join(CORPUS, files[1]!), join(one, files[1]!));
    copyFileSync(join(CORPUS, files.at(-1)!), join(one, files.at(-1)!));
    const first = await emitShard([one], { shard: { index: 0, count: 1 }, outDir: out, lexicon });
    expect(first.files.claims).toHaveLength(2);
    rmSync(join(one, files.at(-1)!));
    const again = await emitShard([one], { shard: { index: 0, count: 1 }, outDir: out, lexicon });
    expect(again.files.claims).toEqual([first.files.claims[0]]);
    expect(readdirSync(join(out, 'claims'))).toEqual([first.files.claims[0]!.split('/').at(-2)]);
  }, 120_000);

  test('reads JSONL and Parquet article records as it reads files, sharding them by article id', async () => {
    const { readFileSync } = await import('node:fs');
    const jsonl = join(dir, 'articles.jsonl');
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
    writeFileSync(jsonl, files.map((f) => {
      const [title, date, url, ...body] = readFileSync(join(CORPUS, f), 'utf8').split('\n');
      return JSON.stringify({ article_id: f.slice(0, -4), date, url, title, text: body.join('\n') });
    }).join('\n') + '\n');
    const { graph } = await shardAndMerge([jsonl], 3, 'jsonl');
    expect(graph!.export().edges).toEqual(built.export().edges);
    expect(graph!.order).toBe(built.order);
    // The same records as Parquet, the form Spark and BigQuery write.
    const parquet = join(dir, 'articles.parquet');
    await query(`COPY (SELECT * FROM read_json('${jsonl}', columns = {article_id: 'VARCHAR', date: 'VARCHAR', url: 'VARCHAR', title: 'VARCHAR', text: 'VARCHAR'})) TO '${parquet}' (FORMAT parquet)`);
    const fromParquet = await shardAndMerge([parquet], 2, 'parquet');
    expect(fromParquet.graph!.export().edges).toEqual(built.export().edges);
  }, 120_000);

  test('should report a bad record by file and line, and still write the others', async () => {
    const jsonl = join(dir, 'bad.jsonl');
    writeFileSync(jsonl, [
      JSON.stringify({ article_id: 'a', date: '2022-01-10', url: 'https://example.org/a', title: 'A', text: 'Moscow demanded security guarantees from NATO.' }),
      JSON.stringify({ article_id: 'b', date: '2022-01-10', url: 'https://example.org/b', title: 'B' }),
    ].join('\n'));
    const r = await emitShard([jsonl], { shard: { index: 0, count: 1 }, outDir: join(dir, 'bad'), lexicon });
    expect(r.articles).toBe(1);
    expect(r.failures.map((f) => [f.line, f.message])).toEqual([[2, expect.stringMatching(/field "text"/)]]);
    expect(r.files.claims.length > 0 && r.files.claims.every((f) => existsSync(f))).toBe(true);
  }, 120_000);
});
