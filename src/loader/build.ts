// Builds a graph from article files: read → parse → extract → merge. A malformed file is reported
// (file, line, reason) and skipped; the other files still load. Runs on worker threads for big corpora.
import { expandInputs } from '../article/read-files.ts';
import { ArticleFormatError } from '../errors.ts';
import type { Claim } from '../extract/claims.ts';
import { loadLexicon, type Lexicon } from '../extract/lexicon.ts';
import { addArticle, createGraph } from '../graph/build.ts';
import type { ArticleMeta, KgGraph } from '../graph/types.ts';
import { extractInWorkers, type ExtractionPool, type WorkerItem } from './pool.ts';

export interface BuildOptions {
  lexicon?: Lexicon;
  lexiconDir?: string;
  /** worker threads; 0 or 1 extracts on the main thread */
  workers?: number;
  /** workers started beforehand (startExtractionPool, with the same lexicon folder): used instead of `workers` */
  pool?: ExtractionPool;
  onProgress?: (done: number, total: number) => void;
}

export interface ExtractedArticle {
  meta: ArticleMeta;
  claims: Claim[];
  warnings: string[];
  bytes: number;
}

export interface BuildResult {
  graph: KgGraph;
  /** the articles that loaded, in input order */
  articles: ArticleMeta[];
  failures: ArticleFormatError[];
  warnings: string[];
  sentences: number;
  bytes: number;
}

export async function buildFromInputs(inputs: string[], options: BuildOptions = {}): Promise<BuildResult> {
  return buildFromFiles(expandInputs(inputs), options);
}

/** The same, for a list of article files already expanded (the CLI counts them first for its progress bar). */
export async function buildFromFiles(files: string[], options: BuildOptions = {}): Promise<BuildResult> {
  let lexicon: Lexicon;
  try {
    // Loaded here even when workers extract: a broken lexicon is reported once, as the main thread's error.
    lexicon = options.lexicon ?? loadLexicon(options.lexiconDir);
  } catch (err) {
    await options.pool?.close();
    throw err;
  }
  const graph = createGraph();
  const result: BuildResult = { graph, articles: [], failures: [], warnings: [], sentences: 0, bytes: 0 };
  const accept = (x: ExtractedArticle) => {
    addArticle(graph, x.meta, x.claims);
    result.articles.push(x.meta);
    result.sentences += x.meta.sentences;
    result.bytes += x.bytes;
    result.warnings.push(...x.warnings);
  };
  const workers = options.workers ?? 0;
  const onItem = (item: WorkerItem, index: number) => {
    if ('error' in item) result.failures.push(new ArticleFormatError(item.error.file, item.error.line, item.error.reason));
    else accept(item.extracted);
    options.onProgress?.(index + 1, files.length);
  };
  if (options.pool) {
    await options.pool.extract(files, onItem);
    return result;
  }
  if (workers > 1 && files.length > workers) {
    await extractInWorkers(files, lexicon.dir, workers, onItem);
    return result;
  }
  // Extraction is loaded only here: a build on workers never loads it on this thread.
  const { extractFile } = await import('./extract-file.ts');
  files.forEach((file, i) => {
    try {
      accept(extractFile(file, lexicon));
    } catch (err) {
      if (err instanceof ArticleFormatError) result.failures.push(err);
      else throw err;
    }
    options.onProgress?.(i + 1, files.length);
  });
  return result;
}
