// Rebuilds the explorer tests' fixed graph (tests/fixtures/e2e/graph.json) from the Geneva fixture and the VOA
// stories of graph-data/articles, less the one the tests post: `npm run e2e:graph`, after a change of the extractor
// that the browser tests should see.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS_DIR, FIXED_GRAPH, FIXED_GRAPH_EXCLUDES, FIXTURE_ARTICLE } from './_server.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'kg-e2e-graph-'));
try {
  copyFileSync(FIXTURE_ARTICLE, join(dir, '000_1b6febaad030ac13.txt'));
  for (const name of readdirSync(CORPUS_DIR)) {
    if (name.endsWith('.txt') && !FIXED_GRAPH_EXCLUDES.includes(name)) copyFileSync(join(CORPUS_DIR, name), join(dir, name));
  }
  mkdirSync(join(ROOT, 'tests', 'fixtures', 'e2e'), { recursive: true });
  const build = spawnSync(process.execPath, [join(ROOT, 'bin', 'kg.mjs'), 'build', dir, '--out', FIXED_GRAPH], { cwd: ROOT, stdio: 'inherit' });
  process.exitCode = build.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
