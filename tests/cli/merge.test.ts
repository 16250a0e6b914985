// Sharded extraction as a runner runs it: `kg build --shard I/N --emit parquet` once per shard, then
// `kg merge`, gives the graph file `kg build` writes for the same folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const KG = join(ROOT, 'bin/kg.mjs');
const ARTICLES = [
  ['geneva', 'Geneva talks\n20220110\nhttps://example.org/geneva\nMoscow demanded security guarantees from NATO.\nThe United States rejected the demand.\n'],
  ['ankara', 'Ankara\n20191125\nhttps://example.org/ankara\nTurkey rejected U.S. sanctions.\n'],
  ['vienna', 'Vienna\n20220301\nhttps://example.org/vienna\nIran demanded the lifting of sanctions.\n'],
];

function kg(...args: string[]) {
  return spawnSync(process.execPath, [KG, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-merge-'));
  for (const [id, text] of ARTICLES) writeFileSync(join(dir, `${id}.txt`), text!);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('kg build --shard --emit parquet, then kg merge', () => {
  test('writes the graph file kg build writes', () => {
    for (const i of [0, 1]) {
      const r = kg('build', dir, '--shard', `${i}/2`, '--emit', 'parquet', '--out', join(dir, 'shards'), '--quiet');
      expect(r.status, r.stderr).toBe(0);
    }
    expect(readdirSync(join(dir, 'shards', 'articles')).sort()).toEqual(['articles-0-of-2.parquet', 'articles-1-of-2.parquet']);
    expect(readdirSync(join(dir, 'shards', 'claims')).sort()).toEqual(['month=2019-11', 'month=2022-01', 'month=2022-03']);
    const merged = kg('merge', join(dir, 'shards'), '--out', join(dir, 'merged'));
    expect(merged.status, merged.stderr).toBe(0);
    expect(merged.stderr).toMatch(/edges +\d+/);
    expect(kg('build', dir, '--out', join(dir, 'built.json'), '--quiet').status).toBe(0);
    const built = JSON.parse(readFileSync(join(dir, 'built.json'), 'utf8'));
    expect(built.edges.length).toBeGreaterThan(2);
    expect(JSON.parse(readFileSync(join(dir, 'merged', 'graph.json'), 'utf8'))).toEqual(built);
  }, 120_000);

  test.for(['5/3', '1/0', 'x'])('should exit 2 explaining the form of --shard %s', { timeout: 60_000 }, (shard) => {
    const r = kg('build', dir, '--shard', shard, '--emit', 'parquet', '--out', join(dir, 'shards'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--shard must be I\/N/);
  });

  test('should exit 2 when merge is given no claim files', () => {
    const r = kg('merge', dir, '--out', join(dir, 'merged'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no claim files/);
  }, 60_000);
});
