// Extracts articles on worker threads: each worker loads the lexicon once and takes batches of files
// from a shared queue, so a corpus build uses every core; results are handed back in input order as
// soon as they are complete, so the main thread merges while the workers extract.
import { Worker } from 'node:worker_threads';
import type { ExtractedArticle } from './build.ts';
import { workerScript } from './worker-bundle.ts';

export type WorkerItem =
  | { file: string; extracted: ExtractedArticle }
  | { file: string; error: { file: string; line: number; reason: string } };

/** Files per message: fewer messages, and lexicon actors shared by a batch's claims are sent once. */
const BATCH = 16;

type WorkerMessage = { start: number; items?: WorkerItem[]; fatal?: string };

export interface ExtractionPool {
  /** Extracts the files, calling onItem in input order; the pool is closed when it resolves or rejects (unless keepOpen). */
  extract(files: string[], onItem: (item: WorkerItem, index: number) => void): Promise<void>;
  /** Ends the workers without extracting (a build that stopped before it began). */
  close(): Promise<void>;
}

/**
 * Starts `count` workers now: they load their code and the lexicon (a quarter of a second) while the caller
 * is still getting ready, instead of after it.
 */
export async function startExtractionPool(count: number, lexiconDir: string, { keepOpen = false } = {}): Promise<ExtractionPool> {
  const script = await workerScript();
  // A worker can fail before it is given work (its lexicon does not load): the error is kept for extract.
  let failure: Error | undefined;
  const workers = Array.from({ length: count }, () =>
    new Worker(script.url, { workerData: { lexiconDir } }).on('error', (err) => (failure ??= err)),
  );
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await Promise.all(workers.map((w) => w.terminate()));
    script.dispose();
  };
  const extract = async (files: string[], onItem: (item: WorkerItem, index: number) => void): Promise<void> => {
    if (closed) throw new Error('the extraction workers were closed before extracting');
    if (failure) {
      await close();
      throw failure;
    }
    const results: Array<WorkerItem | undefined> = new Array(files.length);
    let next = 0;
    let delivered = 0;
    const deliver = () => {
      while (delivered < files.length && results[delivered]) {
        onItem(results[delivered]!, delivered);
        results[delivered] = undefined;
        delivered++;
      }
    };
    const run = (worker: Worker) =>
      new Promise<void>((resolvePromise, reject) => {
        // Listeners go when this extraction ends, so a pool kept open (the server's) can extract again.
        const done = (err?: Error) => {
          worker.off('message', onMessage).off('error', done);
          if (err) reject(err);
          else resolvePromise();
        };
        const feed = () => {
          if (next >= files.length) return done();
          const start = next;
          next = Math.min(files.length, next + BATCH);
          worker.postMessage({ start, files: files.slice(start, next) });
        };
        const onMessage = (msg: WorkerMessage) => {
          if (msg.fatal) return done(new Error(msg.fatal));
          msg.items!.forEach((item, k) => (results[msg.start + k] = item));
          deliver();
          feed();
        };
        worker.on('message', onMessage).on('error', done);
        feed();
      });
    try {
      // More workers than batches: the spare ones are not fed.
      await Promise.all(workers.slice(0, Math.max(1, Math.ceil(files.length / BATCH))).map(run));
      deliver();
    } finally {
      if (!keepOpen) await close();
    }
  };
  return { extract, close };
}

/** Starts a pool and extracts the files with it. */
export async function extractInWorkers(
  files: string[],
  lexiconDir: string,
  count: number,
  onItem: (item: WorkerItem, index: number) => void,
): Promise<void> {
  const pool = await startExtractionPool(Math.min(count, Math.ceil(files.length / BATCH)), lexiconDir);
  await pool.extract(files, onItem);
}
