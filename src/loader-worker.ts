// The body of one extraction worker: loads the lexicon once, then extracts each file it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { ArticleFormatError } from './errors.ts';
import { loadLexicon } from './extract/lexicon.ts';
import { extractFile } from './loader.ts';

const lexicon = loadLexicon((workerData as { lexiconDir: string }).lexiconDir);

parentPort!.on('message', ({ index, file }: { index: number; file: string }) => {
  try {
    const { article, extracted } = extractFile(file, lexicon);
    parentPort!.postMessage({ index, item: { file, article, extracted } });
  } catch (err) {
    if (err instanceof ArticleFormatError) {
      parentPort!.postMessage({ index, item: { file, error: { file: err.file, line: err.line, reason: err.reason } } });
    } else {
      parentPort!.postMessage({ index, fatal: `${file}: ${(err as Error).stack ?? err}` });
    }
  }
});
