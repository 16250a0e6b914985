// Extracts articles on worker threads: each worker loads the lexicon once and takes batches of files
// from a shared queue, so a corpus build uses every core; results are handed back in input order as
// soon as they are complete, so the main thread merges while the workers extract.
import { Worker } from 'node:worker_threads';
import type { ExtractedArticle } from './loader.ts';
import { workerScript } from './worker-bundle.ts';

export type WorkerItem =
  | { file: string; extracted: ExtractedArticle }
  | { file: string; error: { file: string; line: number; reason: string } };

/** Files per message: fewer messages, and lexicon actors shared by a batch's claims are sent once. */
const BATCH = 16;

export async function extractInWorkers(
  files: string[],
  lexiconDir: string,
  count: number,
  onItem: (item: WorkerItem, index: number) => void,
): Promise<void> {
  const script = await workerScript();
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
  const run = () =>
    new Promise<void>((resolvePromise, reject) => {
      const worker = new Worker(script.url, { workerData: { lexiconDir } });
      const feed = () => {
        if (next >= files.length) {
          void worker.terminate().then(() => resolvePromise());
          return;
        }
        const start = next;
        next = Math.min(files.length, next + BATCH);
        worker.postMessage({ start, files: files.slice(start, next) });
      };
      worker.on('message', (msg: { start: number; items?: WorkerItem[]; fatal?: string }) => {
        if (msg.fatal) {
          reject(new Error(msg.fatal));
          void worker.terminate();
          return;
        }
        msg.items!.forEach((item, k) => (results[msg.start + k] = item));
        deliver();
        feed();
      });
      worker.on('error', reject);
      feed();
    });
  try {
    await Promise.all(Array.from({ length: Math.min(count, Math.ceil(files.length / BATCH)) }, run));
  } finally {
    script.dispose();
  }
  deliver();
}
