// `kg build --shard I/N --emit parquet`: extracts the shard's articles (files on worker threads, records on
// this thread) and writes their claims and articles as one Parquet file each.
import { mkdirSync } from 'node:fs';
import { ArticleFormatError } from '../errors.ts';
import type { Lexicon } from '../extract/lexicon.ts';
import type { ExtractedArticle } from '../loader/build.ts';
import type { ExtractionPool } from '../loader/pool.ts';
import { ClaimsWriter, type ShardOutputs } from './claims-writer.ts';
import { extractRecord } from './extract-record.ts';
import { extractorVersion } from './extractor-version.ts';
import { shardFiles, shardRecords } from './inputs.ts';
import { claimRows } from './rows.ts';
import { shardName, type Shard } from './shard.ts';

export interface EmitOptions {
  shard: Shard;
  outDir: string;
  lexicon: Lexicon;
  /** workers for the article files, started by the caller */
  pool?: ExtractionPool;
  onArticle?: () => void;
}

export interface EmitResult {
  files: ShardOutputs;
  articles: number;
  claims: number;
  bytes: number;
  failures: ArticleFormatError[];
  warnings: string[];
}

export async function emitShard(inputs: string[], options: EmitOptions): Promise<EmitResult> {
  mkdirSync(options.outDir, { recursive: true });
  const { files, total } = shardFiles(inputs, options.shard);
  const version = extractorVersion(options.lexicon.dir);
  const writer = new ClaimsWriter(options.outDir, shardName(options.shard));
  const result: Omit<EmitResult, 'files'> = { articles: 0, claims: 0, bytes: 0, failures: [], warnings: [] };
  const accept = (x: ExtractedArticle, seq: number) => {
    writer.add(x.meta, seq, claimRows(x.claims, { meta: x.meta, inputSeq: seq, extractorVersion: version }));
    result.articles++;
    result.bytes += x.bytes;
    result.warnings.push(...x.warnings);
    options.onArticle?.();
  };
  try {
    await extractFiles(files, options, accept, result.failures);
    for await (const item of shardRecords(inputs, options.shard, total)) {
      if ('error' in item) result.failures.push(item.error);
      else if ('article' in item) accept(extractRecord(item.article, options.lexicon, item.where), item.seq);
    }
    const out = await writer.finish();
    return { files: out, ...result, claims: writer.claims };
  } catch (err) {
    writer.abort();
    throw err;
  }
}

async function extractFiles(
  files: Array<{ seq: number; file: string }>,
  options: EmitOptions,
  accept: (x: ExtractedArticle, seq: number) => void,
  failures: ArticleFormatError[],
): Promise<void> {
  if (options.pool) {
    await options.pool.extract(files.map((f) => f.file), (item, i) => {
      if ('error' in item) failures.push(new ArticleFormatError(item.error.file, item.error.line, item.error.reason));
      else accept(item.extracted, files[i]!.seq);
    });
    return;
  }
  const { extractFile } = await import('../loader/extract-file.ts');
  for (const { seq, file } of files) {
    try {
      accept(extractFile(file, options.lexicon), seq);
    } catch (err) {
      if (err instanceof ArticleFormatError) failures.push(err);
      else throw err;
    }
  }
}
