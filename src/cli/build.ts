// `kg build <inputs…> --out graph.json`: builds the graph from article files and folders, with a
// progress bar for large corpora and a summary; exits 1 when some files failed to load.
// What a build needs is imported when it runs (as in every command here), so `kg --help` and the other
// commands do not load it.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { articleIdFromFile } from '../article/parse.ts';
import { expandInputs } from '../article/read-files.ts';
import { KgError } from '../errors.ts';
import { isRecordFile } from '../shards/inputs.ts';
import { inShard, parseShard, WHOLE, type Shard } from '../shards/shard.ts';
import { writeFileAtomic } from './write-atomic.ts';

interface BuildFlags {
  out: string;
  pretty?: boolean;
  quiet?: boolean;
  workers?: string;
  lexicon?: string;
  layout?: boolean;
  shard?: string;
  emit: string;
}

const PROGRESS_MIN_FILES = 20;
/** Above this many nodes the layout is left to the browser (or `--layout`): ForceAtlas2 grows with the graph. */
export const LAYOUT_MAX_NODES = 5000;

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('build the graph from article files or folders of *.txt articles')
    .argument('<inputs...>', 'article files or folders')
    .requiredOption('-o, --out <file>', 'where to write the graph JSON (graphology serialization)')
    .option('--pretty', 'indent the JSON')
    .option('-q, --quiet', 'print nothing but errors')
    .option('-w, --workers <n>', 'worker threads (default: one per core for large corpora)')
    .option('--lexicon <dir>', 'lexicon folder (default: graph-data/lexicon)')
    .option('--layout', `store ForceAtlas2 positions even above ${LAYOUT_MAX_NODES} nodes`)
    .option('--no-layout', 'store no positions')
    .option('--shard <I/N>', 'only the I-th of N deterministic shards of the inputs (0-based I, e.g. $JOB_COMPLETION_INDEX/8)')
    .option('--emit <what>', 'graph (graph JSON at --out) or parquet (claims and articles as Parquet files in the folder --out)', 'graph')
    .action(async (inputs: string[], flags: BuildFlags) => {
      process.exitCode = await runBuild(inputs, flags);
    });
}

async function runBuild(inputs: string[], flags: BuildFlags): Promise<number> {
  const started = Date.now();
  let files: string[];
  let shard: Shard = WHOLE;
  try {
    if (flags.emit !== 'graph' && flags.emit !== 'parquet') throw new KgError('USAGE', `--emit must be graph or parquet, got "${flags.emit}"`);
    if (flags.shard !== undefined) shard = parseShard(flags.shard);
    if (flags.emit === 'parquet') return await runEmit(inputs, shard, flags);
    if (inputs.some(isRecordFile)) throw new KgError('USAGE', 'JSONL and Parquet article files are read with --emit parquet (then `kg merge`); `kg build --out graph.json` reads *.txt files');
    files = expandInputs(inputs).filter((f) => inShard(articleIdFromFile(f), shard));
  } catch (err) {
    if (!(err instanceof KgError)) throw err;
    console.error(`kg build: ${err.message}`);
    return 2;
  }
  const total = files.length;
  if (total === 0) {
    console.error(`kg build: no *.txt article files in ${inputs.join(', ')}${shard.count > 1 ? ` for shard ${shard.index}/${shard.count}` : ''}`);
    return 2;
  }
  const workers = flags.workers !== undefined ? Number(flags.workers) : total >= 50 ? availableParallelism() : 0;
  if (!Number.isInteger(workers) || workers < 0) {
    console.error(`kg build: --workers must be a whole number, got "${flags.workers}"`);
    return 2;
  }
  // The workers start first: they load their code and the lexicon while this thread loads the rest.
  const pool = workers > 1 && total > workers
    ? await (await import('../loader/pool.ts')).startExtractionPool(workers, flags.lexicon ?? (await import('../extract/lexicon-dir.ts')).DEFAULT_LEXICON_DIR)
    : undefined;
  const [{ default: cliProgress }, { buildFromFiles }, { forceAtlas2Positions }, { countGraph }] = await Promise.all([
    import('cli-progress'),
    import('../loader/build.ts'),
    import('../export/layout.ts'),
    import('../graph/summary.ts'),
  ]).catch(async (err: unknown) => {
    // The started workers would keep the process alive.
    await pool?.close();
    throw err;
  });
  const bar = !flags.quiet && total >= PROGRESS_MIN_FILES
    ? new cliProgress.SingleBar({ stream: process.stderr, format: 'building [{bar}] {value}/{total} articles', hideCursor: true }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(total, 0);
  let result;
  try {
    result = await buildFromFiles(files, { workers, pool, lexiconDir: flags.lexicon, onProgress: (done) => bar?.update(done) });
  } catch (err) {
    bar?.stop();
    if (err instanceof KgError) {
      console.error(`kg build: ${err.message}`);
      return 2;
    }
    throw err;
  }
  bar?.stop();
  if (!result.articles.length) {
    // Nothing loaded: an empty graph must not replace a good one at --out.
    for (const f of result.failures) console.error(`kg build: ${f.message}`);
    console.error(`kg build: none of the ${total} article files could be read; ${flags.out} was not written`);
    return 1;
  }
  // Stored positions make the explorer, its shared links and the GEXF export show the same picture every time.
  const layout = flags.layout === true || (flags.layout !== false && result.graph.order <= LAYOUT_MAX_NODES);
  if (layout) {
    for (const [key, p] of forceAtlas2Positions(result.graph)) result.graph.setNodeAttribute(key, 'layout', p);
  }
  const json = JSON.stringify(result.graph.export(), null, flags.pretty ? 2 : undefined);
  writeFileAtomic(flags.out, json);
  for (const f of result.failures) console.error(`kg build: ${f.message}`);
  if (!flags.quiet) {
    const c = countGraph(result.graph);
    const fmt = (r: Record<string, number>) => Object.entries(r).sort().map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
    const secs = (Date.now() - started) / 1000;
    console.error(
      [
        `articles  ${result.articles.length} loaded, ${result.failures.length} failed`,
        `sentences ${result.sentences} (${(result.bytes / 1e6).toFixed(2)} MB in ${secs.toFixed(1)} s)`,
        `nodes     ${result.graph.order}: ${fmt(c.nodes)}`,
        `edges     ${result.graph.size}: ${fmt(c.edges)}`,
        `warnings  ${result.warnings.length}`,
        `wrote     ${flags.out}`,
      ].join('\n'),
    );
  }
  return result.failures.length ? 1 : 0;
}

/** `--emit parquet`: the shard's claims and articles as Parquet files in the folder --out. */
async function runEmit(inputs: string[], shard: Shard, flags: BuildFlags): Promise<number> {
  const started = Date.now();
  const [{ loadLexicon }, { emitShard }, { shardFiles }, { DEFAULT_LEXICON_DIR }] = await Promise.all([
    import('../extract/lexicon.ts'),
    import('../shards/emit.ts'),
    import('../shards/inputs.ts'),
    import('../extract/lexicon-dir.ts'),
  ]);
  const lexicon = loadLexicon(flags.lexicon);
  const fileCount = shardFiles(inputs, shard).files.length;
  const workers = flags.workers !== undefined ? Number(flags.workers) : fileCount >= 50 ? availableParallelism() : 0;
  if (!Number.isInteger(workers) || workers < 0) throw new KgError('USAGE', `--workers must be a whole number, got "${flags.workers}"`);
  const pool = workers > 1 && fileCount > workers
    ? await (await import('../loader/pool.ts')).startExtractionPool(workers, flags.lexicon ?? DEFAULT_LEXICON_DIR)
    : undefined;
  let result;
  try {
    result = await emitShard(inputs, { shard, outDir: flags.out, lexicon, pool });
  } finally {
    await pool?.close();
  }
  for (const f of result.failures) console.error(`kg build: ${f.message}`);
  if (!flags.quiet) {
    const secs = (Date.now() - started) / 1000;
    console.error(
      [
        `shard     ${shard.index}/${shard.count}`,
        `articles  ${result.articles} loaded, ${result.failures.length} failed (${(result.bytes / 1e6).toFixed(2)} MB in ${secs.toFixed(1)} s)`,
        `claims    ${result.claims}`,
        `warnings  ${result.warnings.length}`,
        `wrote     ${result.files.claims.length} claim files (${join(flags.out, 'claims', 'month=YYYY-MM', `claims-${shard.index}-of-${shard.count}.parquet`)}), ${result.files.articles}`,
      ].join('\n'),
    );
  }
  return result.failures.length ? 1 : 0;
}
