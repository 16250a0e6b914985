// `kg extract --stdin` as a pipe stage (Spark's rdd.pipe, xargs): articles as JSONL in, claim rows as JSONL
// out, a bad line reported by number on stderr while the good ones still give their claims.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { CLAIM_COLUMNS, claimId } from '../../src/shards/rows.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const KG = join(ROOT, 'bin/kg.mjs');

const GENEVA = { article_id: 'geneva', date: '2022-01-10', url: 'https://example.org/geneva', title: 'Geneva talks', text: 'Moscow demanded security guarantees from NATO.\nThe United States rejected the demand.' };
const ANKARA = { article_id: 'ankara', date: '20191125', url: 'https://example.org/ankara', title: 'Ankara', text: 'Turkey rejected U.S. sanctions.' };

function extract(stdin: string) {
  return spawnSync(process.execPath, [KG, 'extract', '--stdin'], { cwd: ROOT, input: stdin, encoding: 'utf8', timeout: 60_000 });
}

const rowsOf = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('kg extract --stdin', () => {
  test('writes one JSON line per claim with every column of the claims contract', () => {
    const r = extract([GENEVA, ANKARA].map((a) => JSON.stringify(a)).join('\n') + '\n');
    expect(r.status, r.stderr).toBe(0);
    const rows = rowsOf(r.stdout);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(Object.keys(CLAIM_COLUMNS).sort());
    expect(rows.some((row) => row.article_id === 'geneva' && row.relation === 'demands' && row.source_id === 'actor:russia')).toBe(true);
    expect(rows.filter((row) => row.article_id === 'ankara').every((row) => row.date === '2019-11-25' && row.month === '2019-11' && row.input_seq === 1)).toBe(true);
  }, 60_000);

  test('gives each claim the hash of its article, sentence, source, relation and target as id', () => {
    const rows = rowsOf(extract(JSON.stringify(GENEVA) + '\n').stdout);
    for (const row of rows) {
      expect(row.claim_id).toBe(claimId(row.article_id as string, row.sentence as number, row.source_id as string, row.relation as never, row.target_id as string));
    }
    expect(rowsOf(extract(JSON.stringify(GENEVA) + '\n').stdout).map((r) => r.claim_id)).toEqual(rows.map((r) => r.claim_id));
  }, 60_000);

  test('should exit 1 naming the line and field of a bad record, and still extract the others', () => {
    const bad = JSON.stringify({ ...ANKARA, article_id: 'bad', date: 'Jan 5' });
    const r = extract([bad, 'not json', JSON.stringify(GENEVA)].join('\n') + '\n');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/<stdin>:1: field "date"/);
    expect(r.stderr).toMatch(/<stdin>:2: not valid JSON/);
    expect(rowsOf(r.stdout).every((row) => row.article_id === 'geneva' && row.input_seq === 2)).toBe(true);
    expect(rowsOf(r.stdout).length).toBeGreaterThan(0);
  }, 60_000);

  test('should exit 2 with a usage message without --stdin', () => {
    const r = spawnSync(process.execPath, [KG, 'extract'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--stdin/);
  }, 60_000);
});
