// `kg load --db … --merged DIR` against a real PostgreSQL: kg merge's Parquet tables, streamed into the graph
// tables, give the database the graph the same merge's graph JSON gives it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readGraphFromPg } from '../../src/server/pg-graph.ts';
import { ON_CI } from '../_helpers.ts';
import { freshDatabase, postgresBin, startPostgres, type TestPostgres } from '../_postgres.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const KG = join(ROOT, 'bin/kg.mjs');
const available = postgresBin() !== null || ON_CI;

function kg(...args: string[]) {
  return spawnSync(process.execPath, [KG, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
}

describe.skipIf(!available)('kg load --db --merged', () => {
  let server: TestPostgres;
  let dir: string;
  beforeAll(async () => {
    server = await startPostgres();
    dir = mkdtempSync(join(tmpdir(), 'kg-pg-merged-'));
    // Real articles, so the graph has people joined by surname, aliases, conditions and long evidence lists.
    const shard = kg('build', join(ROOT, 'graph-data/articles'), '--shard', '0/1', '--emit', 'parquet', '--out', join(dir, 'shards'), '--quiet');
    expect(shard.status, shard.stderr).toBe(0);
    const merged = kg('merge', join(dir, 'shards'), '--out', join(dir, 'merged'), '--no-layout', '--quiet');
    expect(merged.status, merged.stderr).toBe(0);
  }, 240_000);
  afterAll(() => {
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('should put in the database the graph that the merge\'s graph JSON puts there', { timeout: 120_000 }, async () => {
    const [fromJson, fromParquet] = [await freshDatabase(server), await freshDatabase(server)];
    expect(kg('load', '--db', fromJson, '--graph', join(dir, 'merged', 'graph.json'), '-q').status).toBe(0);
    const r = kg('load', '--db', fromParquet, '--merged', join(dir, 'merged'), '--claims', join(dir, 'shards'));
    expect(r.status, r.stderr).toBe(0);
    const [a, b] = [(await readGraphFromPg(fromJson))!.graph, (await readGraphFromPg(fromParquet))!.graph];
    expect(a.size).toBeGreaterThan(100);
    expect(b.export()).toEqual(a.export());
  });

  test('should exit 2 naming the missing tables of a folder that is no merge output', { timeout: 60_000 }, async () => {
    const empty = mkdtempSync(join(tmpdir(), 'kg-pg-notmerged-'));
    writeFileSync(join(empty, 'nodes.parquet'), '');
    const r = kg('load', '--db', await freshDatabase(server), '--merged', empty);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no edges\.parquet, evidence\.parquet, articles\.parquet/);
  });

  test('should exit 2 when given both --graph and --merged', { timeout: 60_000 }, async () => {
    const r = kg('load', '--db', await freshDatabase(server), '--merged', join(dir, 'merged'), '--graph', join(dir, 'merged', 'graph.json'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/one of the two/);
  });
});
