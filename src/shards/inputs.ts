// A run's inputs in their order, each article numbered (input_seq) and kept only when it falls in the shard:
// article files and folders of *.txt as `kg build` reads them, and JSONL or Parquet files of article records.
import { createReadStream, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { articleIdFromFile, type Article } from '../article/parse.ts';
import { expandInputs } from '../article/read-files.ts';
import { ArticleFormatError, KgError } from '../errors.ts';
import { articleFromRecord, parseJsonLine } from './article-record.ts';
import { openDuck, sqlString } from './duckdb.ts';
import { inShard, type Shard } from './shard.ts';

export type InputItem =
  | { seq: number; file: string }
  | { seq: number; article: Article; where: string }
  | { seq: number; error: ArticleFormatError };

const RECORD_FILE = /\.(jsonl|ndjson|parquet)$/i;

export function isRecordFile(input: string): boolean {
  return RECORD_FILE.test(input);
}

/** Article files of the shard, numbered among all the inputs' article files (`total`: how many). */
export function shardFiles(inputs: string[], shard: Shard): { files: Array<{ seq: number; file: string }>; total: number } {
  const all = expandInputs(inputs.filter((i) => !isRecordFile(i)));
  const files = all.map((file, seq) => ({ seq, file })).filter(({ file }) => inShard(articleIdFromFile(file), shard));
  return { files, total: all.length };
}

/** A record whose id cannot be read belongs to no shard: shard 0 reports it, so it is reported once. */
function unreadableId(value: unknown): boolean {
  return typeof (value as { article_id?: unknown } | null)?.article_id !== 'string';
}

async function* jsonlRecords(file: string, shard: Shard, first: number, count: { n: number }): AsyncGenerator<InputItem> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let n = 0;
  for await (const text of lines) {
    const line = (count.n = ++n);
    if (!text.trim()) continue;
    const seq = first + line - 1;
    let value: unknown;
    try {
      value = parseJsonLine(text, file, line);
    } catch (err) {
      if (!(err instanceof ArticleFormatError)) throw err;
      if (shard.index === 0) yield { seq, error: err };
      continue;
    }
    if (unreadableId(value) ? shard.index !== 0 : !inShard((value as { article_id: string }).article_id, shard)) continue;
    try {
      yield { seq, article: articleFromRecord(value, file, line), where: file };
    } catch (err) {
      if (!(err instanceof ArticleFormatError)) throw err;
      yield { seq, error: err };
    }
  }
}

async function* parquetRecords(file: string, shard: Shard, first: number, count: { n: number }): AsyncGenerator<InputItem> {
  const duck = await openDuck({ tempDir: tmpdir(), threads: 1 });
  try {
    const result = await duck.db.stream(
      `SELECT article_id::VARCHAR AS article_id, date::VARCHAR AS date, url, title, text FROM read_parquet(${sqlString(file)})`,
    );
    let row = 0;
    for await (const rows of result.yieldRowObjectJs()) {
      for (const value of rows) {
        count.n = ++row;
        // A DATE or TIMESTAMP column reads as "2022-01-10" or "2022-01-10 00:00:00"; a string column as written.
        if (typeof value.date === 'string' && /^\d{4}-\d{2}-\d{2}[ T]/.test(value.date)) value.date = value.date.slice(0, 10);
        if (unreadableId(value) ? shard.index !== 0 : !inShard(value.article_id as string, shard)) continue;
        try {
          yield { seq: first + row - 1, article: articleFromRecord(value, `${file} row`, row), where: file };
        } catch (err) {
          if (!(err instanceof ArticleFormatError)) throw err;
          yield { seq: first + row - 1, error: err };
        }
      }
    }
  } catch (err) {
    if (err instanceof ArticleFormatError) throw err;
    throw new ArticleFormatError(file, 0, `cannot read as Parquet articles with article_id, date, url, title, text: ${(err as Error).message}`);
  } finally {
    duck.close();
  }
}

/** The shard's records, numbered after the article files (`firstSeq`) and across record files in input order. */
export async function* shardRecords(inputs: string[], shard: Shard, firstSeq: number): AsyncGenerator<InputItem> {
  let seq = firstSeq;
  for (const input of inputs.filter(isRecordFile)) {
    const file = resolve(input);
    try {
      statSync(file);
    } catch {
      throw new KgError('USAGE', `${input}: no such file; give JSONL or Parquet files of articles (article_id, date, url, title, text)`);
    }
    // Each file is numbered on from the previous one's line count, so every shard numbers alike.
    const count = { n: 0 };
    yield* /\.parquet$/i.test(file) ? parquetRecords(file, shard, seq, count) : jsonlRecords(file, shard, seq, count);
    seq += count.n;
  }
}
