// Child process: the loading baselines on the corpus's own text, one thread: sentence splitting alone (the
// upper bound for any extractor built on it) and a bare compromise parse. Prints {split, compromise} in MB/s.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { parseArticle } from '../src/article/parse.ts';
import { splitSentences } from '../src/article/sentences.ts';
import { sourceArticles } from './corpus.ts';
import { MB, median } from './stats.ts';

const reps = Number(process.argv[2] ?? 3);
const source = sourceArticles();
const articles = source.files.map((f) => parseArticle(readFileSync(f), f));
const bytes = source.bytes;

function throughput(fn: () => void, times: number): number[] {
  fn(); // warm-up: JIT and lazy loading stay out of the figure
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    fn();
    out.push(bytes / MB / ((performance.now() - t) / 1000));
  }
  return out;
}

// Each repetition reads the files again, as the loader does, so parsing the article format counts too.
const split = throughput(() => {
  for (const f of source.files) splitSentences(parseArticle(readFileSync(f), f));
}, reps * 5);
const compromise = throughput(() => {
  // nlp() tokenises and tags on construction: that is the parse; nothing is asked of it afterwards.
  for (const a of articles) for (const p of a.paragraphs) nlp(p.text);
}, reps);
console.log(JSON.stringify({ split: median(split), compromise: median(compromise), splitRuns: split, compromiseRuns: compromise, bytes }));
