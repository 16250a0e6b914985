// Extracts posted articles on a worker thread with the loader's extraction pool (kept open), so that a large
// article never holds up the requests that arrive meanwhile; a pool whose worker failed is replaced.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArticleFormatError } from '../errors.ts';
import { DEFAULT_LEXICON_DIR } from '../extract/lexicon-dir.ts';
import { startExtractionPool, type ExtractionPool, type WorkerItem } from '../loader/pool.ts';
import type { Extracted, Extractor } from './graph-service.ts';

export interface WorkerExtractor {
  extract: Extractor;
  close(): Promise<void>;
}

export function workerExtractor(lexiconDir = DEFAULT_LEXICON_DIR): WorkerExtractor {
  const dir = mkdtempSync(join(tmpdir(), 'kg-post-'));
  const start = () => startExtractionPool(1, lexiconDir, { keepOpen: true });
  // Started now, so the first post does not wait for the worker to load its code and the lexicon.
  let pool: Promise<ExtractionPool> = start();
  pool.catch(() => {});
  const extract = async (article: { id: string }, text: string): Promise<Extracted> => {
    const current = await pool;
    // The worker reads files; the article id is the file name.
    const file = join(dir, `${article.id}.txt`);
    writeFileSync(file, text);
    let item: WorkerItem | undefined;
    try {
      await current.extract([file], (it) => (item = it));
    } catch (err) {
      // A worker that failed is not trusted again.
      await current.close();
      pool = start();
      pool.catch(() => {});
      throw err;
    } finally {
      rmSync(file, { force: true });
    }
    if (!item) throw new Error(`extraction of "${article.id}" returned nothing`);
    if ('error' in item) throw new ArticleFormatError(`${article.id}.txt`, item.error.line, item.error.reason);
    const prefix = `${file}: `;
    return { claims: item.extracted.claims, warnings: item.extracted.warnings.map((w) => (w.startsWith(prefix) ? w.slice(prefix.length) : w)) };
  };
  const close = async (): Promise<void> => {
    await (await pool.catch(() => null))?.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { extract, close };
}
