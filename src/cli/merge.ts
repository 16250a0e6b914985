// `kg merge <claim files or folders…> --out DIR`: merges the claims of every shard in one DuckDB pass into
// nodes.parquet, edges.parquet and articles.parquet, plus graph.json (the graph `kg build` gives) when it fits.
import type { Command } from 'commander';
import { join } from 'node:path';
import { KgError } from '../errors.ts';
import { LAYOUT_MAX_NODES } from './build.ts';
import { writeFileAtomic } from './write-atomic.ts';

interface MergeFlags {
  out: string;
  graph: string | boolean;
  graphMaxEdges: string;
  memoryLimit?: string;
  threads?: string;
  layout?: boolean;
  quiet?: boolean;
}

const DEFAULT_GRAPH_MAX_EDGES = 2_000_000;

export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description('merge claim files (Parquet from `kg build --emit parquet`, JSONL from `kg extract`) into nodes, edges and the graph')
    .argument('<inputs...>', 'claim files or folders holding them')
    .requiredOption('-o, --out <dir>', 'folder for nodes.parquet, edges.parquet, articles.parquet (and graph.json)')
    .option('--graph <file>', 'where to write the graph JSON (default: graph.json in --out)')
    .option('--no-graph', 'write no graph JSON (the graph is held in memory to write it)')
    .option('--graph-max-edges <n>', 'write the graph JSON only up to this many edges', String(DEFAULT_GRAPH_MAX_EDGES))
    .option('--memory-limit <size>', "DuckDB's memory limit, e.g. 2GB (it spills to --out past it)")
    .option('--threads <n>', 'DuckDB threads (default: one per core)')
    .option('--layout', `store ForceAtlas2 positions even above ${LAYOUT_MAX_NODES} nodes`)
    .option('--no-layout', 'store no positions')
    .option('-q, --quiet', 'print nothing but errors')
    .action(async (inputs: string[], flags: MergeFlags) => {
      try {
        await runMerge(inputs, flags);
      } catch (err) {
        console.error(`kg merge: ${err instanceof KgError ? err.message : String(err)}`);
        process.exitCode = err instanceof KgError && err.code === 'USAGE' ? 2 : 1;
      }
    });
}

async function runMerge(inputs: string[], flags: MergeFlags): Promise<void> {
  const started = Date.now();
  const maxEdges = Number(flags.graphMaxEdges);
  if (!Number.isInteger(maxEdges) || maxEdges < 0) throw new KgError('USAGE', `--graph-max-edges must be a whole number, got "${flags.graphMaxEdges}"`);
  const threads = flags.threads === undefined ? undefined : Number(flags.threads);
  if (threads !== undefined && (!Number.isInteger(threads) || threads < 1)) throw new KgError('USAGE', `--threads must be a whole number of at least 1, got "${flags.threads}"`);
  const [{ mergeClaims }, { forceAtlas2Positions }] = await Promise.all([import('../shards/merge.ts'), import('../export/layout.ts')]);
  const result = await mergeClaims(inputs, {
    outDir: flags.out,
    graphMaxEdges: flags.graph === false ? undefined : maxEdges,
    memoryLimit: flags.memoryLimit,
    threads,
  });
  let graphFile: string | undefined;
  if (result.graph) {
    const graph = result.graph;
    if (flags.layout === true || (flags.layout !== false && graph.order <= LAYOUT_MAX_NODES)) {
      for (const [key, p] of forceAtlas2Positions(graph)) graph.setNodeAttribute(key, 'layout', p);
    }
    graphFile = typeof flags.graph === 'string' ? flags.graph : join(flags.out, 'graph.json');
    writeFileAtomic(graphFile, JSON.stringify(graph.export()));
  }
  if (!flags.quiet) {
    console.error(
      [
        `claims    ${result.claims} from ${result.articles} articles (${((Date.now() - started) / 1000).toFixed(1)} s)`,
        `nodes     ${result.nodes}`,
        `edges     ${result.edges}`,
        `wrote     ${Object.values(result.files).join(', ')}`,
        graphFile ? `graph     ${graphFile}` : `graph     not written (${flags.graph === false ? '--no-graph' : `over --graph-max-edges ${maxEdges}`})`,
      ].join('\n'),
    );
  }
}
