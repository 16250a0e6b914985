// The body of one extraction worker: loads the lexicon once, then extracts each batch of files it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { ArticleFormatError } from '../errors.ts';
import { loadLexicon } from '../extract/lexicon.ts';
import { extractFile } from './extract-file.ts';
import type { WorkerItem } from './pool.ts';

const lexicon = loadLexicon((workerData as { lexiconDir: string }).lexiconDir);

parentPort!.on('message', ({ start, files }: { start: number; files: string[] }) => {
  const items: WorkerItem[] = [];
  for (const file of files) {
    try {
      items.push({ file, extracted: extractFile(file, lexicon) });
    } catch (err) {
      if (!(err instanceof ArticleFormatError)) {
        parentPort!.postMessage({ start, fatal: `${file}: ${(err as Error).stack ?? err}` });
        return;
      }
      items.push({ file, error: { file: err.file, line: err.line, reason: err.reason } });
    }
  }
  parentPort!.postMessage({ start, items });
});
