// Extracts articles on worker threads: each worker loads the lexicon once and takes files from a
// shared queue, so a corpus build uses every core; results come back in input order.
import { Worker } from 'node:worker_threads';
import type { Article } from './article/parse.ts';
import type { ExtractedArticle } from './loader.ts';

export type WorkerItem =
  | { file: string; article: Article; extracted: ExtractedArticle }
  | { file: string; error: { file: string; line: number; reason: string } };

const WORKER_URL = new URL('./loader-worker-entry.mjs', import.meta.url);

export async function extractInWorkers(files: string[], lexiconDir: string, count: number, onProgress?: (done: number, total: number) => void): Promise<WorkerItem[]> {
  const results: WorkerItem[] = new Array(files.length);
  let next = 0;
  let done = 0;
  const run = () =>
    new Promise<void>((resolvePromise, reject) => {
      const worker = new Worker(WORKER_URL, { workerData: { lexiconDir } });
      const feed = () => {
        if (next >= files.length) {
          void worker.terminate().then(() => resolvePromise());
          return;
        }
        const index = next++;
        worker.postMessage({ index, file: files[index] });
      };
      worker.on('message', (msg: { index: number; item?: WorkerItem; fatal?: string }) => {
        if (msg.fatal) {
          reject(new Error(msg.fatal));
          void worker.terminate();
          return;
        }
        results[msg.index] = msg.item!;
        done++;
        onProgress?.(done, files.length);
        feed();
      });
      worker.on('error', reject);
      feed();
    });
  await Promise.all(Array.from({ length: Math.min(count, files.length) }, run));
  return results;
}
