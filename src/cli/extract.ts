// `kg extract --stdin`: articles as JSONL on standard input (article_id, date, url, title, text), claims as
// JSONL on standard output (the claims contract, README), one article at a time: a filter for Spark's
// `rdd.pipe`, xargs or any queue worker. A bad line is reported on stderr (line, field) and skipped; exit 1.
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { ArticleFormatError, KgError } from '../errors.ts';

interface ExtractFlags {
  stdin?: boolean;
  lexicon?: string;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('read articles as JSONL on stdin, write their claims as JSONL on stdout')
    .option('--stdin', 'read the articles from standard input (required: the only source for now)')
    .option('--lexicon <dir>', 'lexicon folder (default: graph-data/lexicon)')
    .action(async (flags: ExtractFlags) => {
      try {
        process.exitCode = await runExtract(flags);
      } catch (err) {
        console.error(`kg extract: ${err instanceof KgError ? err.message : String(err)}`);
        process.exitCode = 2;
      }
    });
}

async function runExtract(flags: ExtractFlags): Promise<number> {
  if (!flags.stdin) throw new KgError('USAGE', 'give --stdin and pipe articles as JSONL (one {"article_id","date","url","title","text"} per line)');
  const [{ loadLexicon }, { articleFromJsonLine }, { extractRecord }, { claimRows }, { extractorVersion }] = await Promise.all([
    import('../extract/lexicon.ts'),
    import('../shards/article-record.ts'),
    import('../shards/extract-record.ts'),
    import('../shards/rows.ts'),
    import('../shards/extractor-version.ts'),
  ]);
  const lexicon = loadLexicon(flags.lexicon);
  const version = extractorVersion(lexicon.dir);
  // A reader that went away (`| head`) ends the run quietly.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  let failed = 0;
  let line = 0;
  for await (const text of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    line++;
    if (!text.trim()) continue;
    try {
      const x = extractRecord(articleFromJsonLine(text, '<stdin>', line), lexicon, `<stdin>:${line}`);
      const rows = claimRows(x.claims, { meta: x.meta, inputSeq: line - 1, extractorVersion: version });
      if (rows.length && !process.stdout.write(rows.map((r) => JSON.stringify(r)).join('\n') + '\n')) await once(process.stdout, 'drain');
    } catch (err) {
      if (!(err instanceof ArticleFormatError)) throw err;
      console.error(`kg extract: ${err.message}`);
      failed++;
    }
  }
  return failed ? 1 : 0;
}
