// `kg load --db … --claims DIR` against a real PostgreSQL (Debian's, on a temp folder and port): the claim files of
// `kg build --emit parquet` land in kg_claims row for row, with the graph, in one transaction; bad input changes nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ON_CI } from '../_helpers.ts';
import { freshDatabase, postgresBin, startPostgres, type TestPostgres } from '../_postgres.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const KG = join(ROOT, 'bin/kg.mjs');
const available = postgresBin() !== null || ON_CI;
const ARTICLES = [
  ['geneva', 'Geneva talks\n20220110\nhttps://example.org/geneva\nMoscow demanded security guarantees from NATO.\nThe United States rejected the demand.\n'],
  ['ankara', 'Ankara\n20191125\nhttps://example.org/ankara\nTurkey rejected U.S. sanctions; "tabs\there", a back\\slash.\n'],
];

function kg(...args: string[]) {
  return spawnSync(process.execPath, [KG, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql)).rows;
  } finally {
    await c.end();
  }
}

const CLAIM_SQL = "SELECT claim_id, article_id, strftime(date, '%Y-%m-%d') AS date, month, sentence_text, source_aliases, target_id, known FROM";

describe.skipIf(!available)('kg load --db --claims', () => {
  let server: TestPostgres;
  let dir: string;
  beforeAll(async () => {
    server = await startPostgres();
    dir = mkdtempSync(join(tmpdir(), 'kg-pg-claims-'));
    for (const [id, text] of ARTICLES) writeFileSync(join(dir, `${id}.txt`), text!);
    const shard = kg('build', dir, '--shard', '0/1', '--emit', 'parquet', '--out', join(dir, 'claims'), '--quiet');
    expect(shard.status, shard.stderr).toBe(0);
    const merged = kg('merge', join(dir, 'claims'), '--out', join(dir, 'merged'), '--quiet');
    expect(merged.status, merged.stderr).toBe(0);
  }, 180_000);
  afterAll(() => {
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function parquetClaims(): Promise<Array<Record<string, unknown>>> {
    const duck = await DuckDBInstance.create(':memory:');
    const c = await duck.connect();
    try {
      const sql = CLAIM_SQL.replace('known', 'source_known AS known') + ` read_parquet('${join(dir, 'claims', 'claims', 'month=*', 'claims-*.parquet')}', hive_partitioning = true) ORDER BY claim_id`;
      return (await c.runAndReadAll(sql)).getRowObjectsJS().map((r) => ({ ...r, source_aliases: [...(r.source_aliases as string[])] }));
    } finally {
      c.closeSync();
      duck.closeSync();
    }
  }

  test('should put every claim of the claim files into kg_claims with its columns', { timeout: 120_000 }, async () => {
    const db = await freshDatabase(server);
    const r = kg('load', '--db', db, '--graph', join(dir, 'merged', 'graph.json'), '--claims', join(dir, 'claims'));
    expect(r.status, r.stderr).toBe(0);
    const expected = await parquetClaims();
    expect(expected.length).toBeGreaterThan(2);
    // COPY's escapes are exercised: a sentence with a tab and a backslash
    expect(expected.some((c) => /\t.*\\/.test(c.sentence_text as string))).toBe(true);
    expect(r.stderr).toContain(`${expected.length} claims`);
    const rows = await query(db, "SELECT claim_id, article_id, to_char(date, 'YYYY-MM-DD') AS date, month, sentence_text, source_aliases, target_id, source_known AS known FROM kg_claims ORDER BY claim_id COLLATE \"C\"");
    expect(rows).toEqual(expected);
  });

  test('should load the JSONL claims of kg extract --stdin as it loads Parquet', { timeout: 120_000 }, async () => {
    const jsonl = join(dir, 'extracted.jsonl');
    const articles = ARTICLES.map(([id, text]) => {
      const [title, date, url, ...body] = text!.trim().split('\n');
      return JSON.stringify({ article_id: id, date, url, title, text: body.join('\n') });
    });
    const extracted = spawnSync(process.execPath, [KG, 'extract', '--stdin'], { cwd: ROOT, input: articles.join('\n') + '\n', encoding: 'utf8', timeout: 120_000 });
    expect(extracted.status, extracted.stderr).toBe(0);
    writeFileSync(jsonl, extracted.stdout);
    const db = await freshDatabase(server);
    const r = kg('load', '--db', db, '--graph', join(dir, 'merged', 'graph.json'), '--claims', jsonl, '-q');
    expect(r.status, r.stderr).toBe(0);
    const rows = await query(db, "SELECT claim_id, month FROM kg_claims ORDER BY claim_id COLLATE \"C\"");
    const expected = extracted.stdout.trim().split('\n').map((l) => JSON.parse(l) as { claim_id: string; month: string });
    expect(rows).toEqual(expected.map((c) => ({ claim_id: c.claim_id, month: c.month })).sort((a, b) => (a.claim_id < b.claim_id ? -1 : 1)));
  });

  test('should replace the claims of an earlier load', { timeout: 120_000 }, async () => {
    const db = await freshDatabase(server);
    for (let i = 0; i < 2; i++) expect(kg('load', '--db', db, '--graph', join(dir, 'merged', 'graph.json'), '--claims', join(dir, 'claims'), '-q').status).toBe(0);
    const [row] = await query<{ n: string }>(db, 'SELECT count(*) AS n FROM kg_claims');
    expect(Number(row!.n)).toBe((await parquetClaims()).length);
  });

  test('should exit 2 and keep the loaded graph and claims when a claims path does not exist', { timeout: 120_000 }, async () => {
    const db = await freshDatabase(server);
    expect(kg('load', '--db', db, '--graph', join(dir, 'merged', 'graph.json'), '--claims', join(dir, 'claims'), '-q').status).toBe(0);
    const before = await query(db, 'SELECT (SELECT count(*) FROM kg_nodes) AS nodes, (SELECT count(*) FROM kg_claims) AS claims');
    const r = kg('load', '--db', db, '--graph', join(dir, 'merged', 'graph.json'), '--claims', join(dir, 'missing'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/missing: no such file or folder/);
    expect(await query(db, 'SELECT (SELECT count(*) FROM kg_nodes) AS nodes, (SELECT count(*) FROM kg_claims) AS claims')).toEqual(before);
  });
});
