// The loader as the CLI drives it: files and folders in, one merged graph out, malformed files reported
// with file and line while the rest still load, and worker threads giving the very same graph.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ArticleFormatError } from '../../src/errors.ts';
import { expandInputs } from '../../src/article/read-files.ts';
import { DEFAULT_LEXICON_DIR } from '../../src/extract/lexicon-dir.ts';
import { startExtractionPool } from '../../src/loader/pool.ts';
import { buildFromFiles, buildFromInputs } from '../../src/loader/build.ts';

const ARTICLES = fileURLToPath(new URL('../../graph-data/articles', import.meta.url));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-loader-'));
  cpSync(ARTICLES, join(dir, 'corpus'), { recursive: true });
  writeFileSync(join(dir, 'corpus', 'zz-broken.txt'), 'Broken\nnot a date\nhttps://example.org/b\nRussia demanded guarantees.\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('buildFromInputs', () => {
  test('reports a malformed file with its line and still loads the others', async () => {
    const r = await buildFromInputs([join(dir, 'corpus')], { workers: 0 });
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]).toBeInstanceOf(ArticleFormatError);
    expect(r.failures[0]).toMatchObject({ line: 2, code: 'ARTICLE_FORMAT' });
    expect(r.articles.length).toBeGreaterThanOrEqual(20);
    expect(r.graph.size).toBeGreaterThan(0);
  });

  test('gives the same graph on worker threads as on the main thread', async () => {
    const one = await buildFromInputs([join(dir, 'corpus')], { workers: 0 });
    const two = await buildFromInputs([join(dir, 'corpus')], { workers: 2 });
    expect(two.failures.map((f) => f.message)).toEqual(one.failures.map((f) => f.message));
    expect(JSON.stringify(two.graph.export())).toBe(JSON.stringify(one.graph.export()));
  }, 60_000);

  test('uses workers started beforehand, and closes them when the lexicon is broken', async () => {
    const files = expandInputs([join(dir, 'corpus')]);
    const one = await buildFromFiles(files, { workers: 0 });
    const pool = await startExtractionPool(2, DEFAULT_LEXICON_DIR);
    const two = await buildFromFiles(files, { pool });
    expect(JSON.stringify(two.graph.export())).toBe(JSON.stringify(one.graph.export()));
    // A lexicon folder without its files: the main thread reports it, and the started workers do not keep the process alive.
    const broken = await startExtractionPool(2, join(dir, 'no-lexicon'));
    await expect(buildFromFiles(files, { pool: broken, lexiconDir: join(dir, 'no-lexicon') })).rejects.toMatchObject({ code: 'LEXICON_INVALID' });
    await expect(broken.extract(files, () => {})).rejects.toThrow();
  }, 60_000);

  test('merges the same position from several articles into one node with evidence from each', async () => {
    const r = await buildFromInputs([join(dir, 'corpus')], { workers: 0 });
    const shared = r.graph.filterEdges((_e, a) => new Set(a.evidence.map((ev) => ev.article)).size > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const e of shared) {
      const a = r.graph.getEdgeAttributes(e);
      expect(a.firstDate <= a.lastDate).toBe(true);
      expect(a.firstDate).toBe(a.evidence.map((ev) => ev.date).sort()[0]);
    }
  });
});
