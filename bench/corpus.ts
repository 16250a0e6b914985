// The loading workload: the VOA corpus shipped in graph-data/voa (else graph-data/articles, else the test
// fixtures), and a temp corpus of renamed copies of it repeated until it holds the requested bytes.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CANDIDATE_DIRS = [join(ROOT, 'graph-data', 'voa'), join(ROOT, 'graph-data', 'articles'), join(ROOT, 'tests', 'fixtures')];
/** Below this many articles the shipped folder is too small to stand for a corpus; try the next one. */
const MIN_ARTICLES = 10;

export interface SourceArticles {
  dir: string;
  files: string[];
  bytes: number;
}

function txtFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
}

/** The articles the corpus is made of: the first candidate folder with enough articles, else the largest. */
export function sourceArticles(): SourceArticles {
  const found = CANDIDATE_DIRS.map((dir) => ({ dir, files: txtFiles(dir) }));
  const pick = found.find((c) => c.files.length >= MIN_ARTICLES) ?? [...found].sort((a, b) => b.files.length - a.files.length)[0]!;
  if (!pick.files.length) throw new Error(`bench: no *.txt articles in ${CANDIDATE_DIRS.join(' or ')}; add articles to graph-data/voa`);
  return { ...pick, bytes: pick.files.reduce((n, f) => n + statSync(f).size, 0) };
}

export interface Corpus {
  dir: string;
  files: number;
  bytes: number;
  copies: number;
}

/**
 * Writes renamed copies of the source articles into a new temp folder until `targetBytes` is reached. Each copy
 * gets its own file name (so its own article id), as a real corpus of distinct articles would.
 */
export function generateCorpus(source: SourceArticles, targetBytes: number): Corpus {
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-corpus-'));
  mkdirSync(dir, { recursive: true });
  const texts = source.files.map((f) => ({ name: basename(f, '.txt'), content: readFileSync(f) }));
  let bytes = 0;
  let files = 0;
  let copies = 0;
  while (bytes < targetBytes) {
    for (const t of texts) {
      writeFileSync(join(dir, `${t.name}_copy${String(copies).padStart(4, '0')}.txt`), t.content);
      bytes += t.content.length;
      files++;
    }
    copies++;
  }
  return { dir, files, bytes, copies };
}
