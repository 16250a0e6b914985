// `kg load --db postgres://… --graph graph.json [--claims DIR…]`: bulk-loads a built or merged graph (nodes, edges,
// evidence, articles) and the claim files behind it into PostgreSQL with COPY, in one transaction that replaces
// what was there; `kg serve --db` serves it.
import type { Command } from 'commander';
import { KgError } from '../errors.ts';

interface LoadFlags {
  db?: string;
  graph: string;
  claims?: string[];
  quiet?: boolean;
}

export function registerLoad(program: Command): void {
  program
    .command('load')
    .description('bulk-load a graph JSON (from kg build or kg merge) into PostgreSQL for `kg serve --db`')
    .option('--db <url>', 'PostgreSQL URL, e.g. postgres://user@host/db (also $KG_DATABASE_URL)')
    .requiredOption('-g, --graph <file>', 'graph JSON written by `kg build` or `kg merge`')
    .option('--claims <inputs...>', 'claim files or folders (`kg build --emit parquet`, `kg extract`) to load into kg_claims')
    .option('-q, --quiet', 'print nothing but errors')
    .action(async (flags: LoadFlags) => {
      try {
        const db = flags.db ?? process.env.KG_DATABASE_URL;
        if (!db) throw new KgError('USAGE', 'give --db postgres://user@host/database (or set KG_DATABASE_URL)');
        const started = Date.now();
        const [{ loadGraphFile }, { loadGraphIntoPg }, { redact }] = await Promise.all([
          import('../server/load-graph.ts'),
          import('../server/pg-graph.ts'),
          import('../server/pg-store.ts'),
        ]);
        const { graph, digest } = await loadGraphFile(flags.graph);
        const { claims } = await loadGraphIntoPg(db, graph, digest, { claims: flags.claims });
        if (!flags.quiet) console.error(`kg load: ${graph.order} nodes, ${graph.size} edges, ${claims} claims into ${redact(db)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      } catch (err) {
        console.error(`kg load: ${err instanceof KgError ? err.message : String(err)}`);
        process.exitCode = err instanceof KgError && err.code === 'USAGE' ? 2 : 1;
      }
    });
}
