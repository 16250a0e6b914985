// `kg load --db postgres://… (--graph graph.json | --merged DIR) [--claims DIR…]`: bulk-loads a built or merged
// graph (nodes, edges, evidence, articles) and the claim files behind it into PostgreSQL with COPY, in one
// transaction that replaces what was there; `kg serve --db` serves it.
import type { Command } from 'commander';
import { KgError } from '../errors.ts';

interface LoadFlags {
  db?: string;
  graph?: string;
  merged?: string;
  claims?: string[];
  quiet?: boolean;
}

export function registerLoad(program: Command): void {
  program
    .command('load')
    .description('bulk-load a graph (graph JSON of kg build or kg merge, or kg merge\'s Parquet) and its claims into PostgreSQL for `kg serve --db`')
    .option('--db <url>', 'PostgreSQL URL, e.g. postgres://user@host/db (also $KG_DATABASE_URL)')
    .option('-g, --graph <file>', 'graph JSON written by `kg build` or `kg merge`')
    .option('--merged <dir>', 'the --out folder of `kg merge` (nodes, edges, evidence, articles .parquet), streamed: for graphs too large for graph JSON')
    .option('--claims <inputs...>', 'claim files or folders (`kg build --emit parquet`, `kg extract`) to load into kg_claims')
    .option('-q, --quiet', 'print nothing but errors')
    .action(async (flags: LoadFlags) => {
      try {
        const db = flags.db ?? process.env.KG_DATABASE_URL;
        if (!db) throw new KgError('USAGE', 'give --db postgres://user@host/database (or set KG_DATABASE_URL)');
        if (!flags.graph === !flags.merged) throw new KgError('USAGE', 'give the graph as --graph graph.json or as --merged DIR (the --out folder of kg merge), one of the two');
        const started = Date.now();
        const [{ loadGraphFile }, { loadGraphIntoPg, loadMergedIntoPg }, { redact }] = await Promise.all([
          import('../server/load-graph.ts'),
          import('../server/pg-graph.ts'),
          import('../server/pg-store.ts'),
        ]);
        let what: string;
        let claims: number;
        if (flags.graph) {
          const { graph, digest } = await loadGraphFile(flags.graph);
          ({ claims } = await loadGraphIntoPg(db, graph, digest, { claims: flags.claims }));
          what = `${graph.order} nodes, ${graph.size} edges`;
        } else {
          ({ claims } = await loadMergedIntoPg(db, flags.merged!, { claims: flags.claims }));
          what = `the graph of ${flags.merged}`;
        }
        if (!flags.quiet) console.error(`kg load: ${what}, ${claims} claims into ${redact(db)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      } catch (err) {
        console.error(`kg load: ${err instanceof KgError ? err.message : String(err)}`);
        process.exitCode = err instanceof KgError && err.code === 'USAGE' ? 2 : 1;
      }
    });
}
