// The `kg` command as a user runs it: `kg build` on a folder with a good and a malformed article, and
// `kg explain` printing each claim with the rule behind it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const KG = join(ROOT, 'bin/kg.mjs');
const GOOD = 'Geneva talks\n20220110\nhttps://example.org/good\nMoscow demanded security guarantees from NATO.\n';
const BAD = 'Broken article\nJanuary 10, 2022\nhttps://example.org/bad\nRussia demanded guarantees.\n';

function kg(...args: string[]) {
  return spawnSync(process.execPath, [KG, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));
  writeFileSync(join(dir, 'good.txt'), GOOD);
  writeFileSync(join(dir, 'bad.txt'), BAD);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('kg build', () => {
  test('should exit 1 naming the malformed file and line, and still write the good article', () => {
    const out = join(dir, 'graph.json');
    const r = kg('build', dir, '--out', out);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/bad\.txt:2:/);
    const graph = JSON.parse(readFileSync(out, 'utf8'));
    expect(Object.keys(graph.attributes.articles)).toEqual(['good']);
    expect(graph.edges.some((e: { attributes: { relation: string } }) => e.attributes.relation === 'demands')).toBe(true);
  }, 60_000);

  // issue 10: a build in which every file failed wrote an empty graph over the --out file
  test('should exit 1 and leave --out as it was when no article loads', () => {
    const out = join(dir, 'graph.json');
    writeFileSync(out, '{"previous": true}');
    const r = kg('build', join(dir, 'bad.txt'), '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('was not written');
    expect(readFileSync(out, 'utf8')).toBe('{"previous": true}');
  }, 60_000);

  test('should exit 0 when every article loads', () => {
    const r = kg('build', join(dir, 'good.txt'), '--out', join(dir, 'graph.json'), '--quiet');
    expect(r.status, r.stderr).toBe(0);
  }, 60_000);

  test('stores a layout position on every node, so every view of the graph starts from the same picture', () => {
    const out = join(dir, 'graph.json');
    expect(kg('build', join(dir, 'good.txt'), '--out', out, '--quiet').status).toBe(0);
    const nodes = JSON.parse(readFileSync(out, 'utf8')).nodes as Array<{ attributes: { layout?: { x: number; y: number } } }>;
    expect(nodes.length).toBeGreaterThan(1);
    for (const n of nodes) expect(Number.isFinite(n.attributes.layout?.x) && Number.isFinite(n.attributes.layout?.y)).toBe(true);
  }, 60_000);

  test('stores no positions with --no-layout', () => {
    const out = join(dir, 'graph.json');
    expect(kg('build', join(dir, 'good.txt'), '--out', out, '--quiet', '--no-layout').status).toBe(0);
    const nodes = JSON.parse(readFileSync(out, 'utf8')).nodes as Array<{ attributes: { layout?: unknown } }>;
    expect(nodes.every((n) => n.attributes.layout === undefined)).toBe(true);
  }, 60_000);

  test('explains its skipped cues too: a negated cue says why it gave no edge', () => {
    writeFileSync(join(dir, 'neg.txt'), 'T\n20220110\nhttps://example.org/n\nRussia did not rule out further talks.\n');
    const r = kg('explain', join(dir, 'neg.txt'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/cue "reject" \(rule out\) gave no edge: negated/);
  }, 60_000);

  test('should exit 2 naming the input when it does not exist', () => {
    const r = kg('build', join(dir, 'missing'), '--out', join(dir, 'graph.json'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('missing');
  }, 60_000);
});

describe('kg explain', () => {
  test('prints each claim with the rule that produced it', () => {
    const r = kg('explain', join(dir, 'good.txt'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Moscow demanded security guarantees from NATO.');
    expect(r.stdout).toMatch(/Russia -demands-> \[Security guarantees\].*\n\s+because: cue "demand"/);
  }, 60_000);

  test('should exit 2 naming the file and line for a malformed article', () => {
    const r = kg('explain', join(dir, 'bad.txt'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.txt:2:/);
  }, 60_000);

  // issue 10: a folder printed a stack trace (EISDIR), a missing file a raw ENOENT
  test('should exit 2 saying a folder is not an article file', () => {
    const r = kg('explain', dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`kg explain: ${dir} is a folder`);
    expect(r.stderr).not.toMatch(/EISDIR|\n\s+at /);
  }, 60_000);

  test('should exit 2 saying a missing file does not exist', () => {
    const r = kg('explain', join(dir, 'missing.txt'));
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`kg explain: ${join(dir, 'missing.txt')}: no such file; give one article file (*.txt)`);
  }, 60_000);
});
