// `npm run bench [-- --quick] [-- --only loading,queries,gexf,page]`: runs every figure against its same-run
// baseline and writes the table, with the machine it ran on, to bench/RESULTS.md.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchGexf } from './gexf.ts';
import { benchLoading } from './loading.ts';
import { benchMatrixPage } from './matrix-page.ts';
import { benchPage } from './page.ts';
import { benchQueries } from './queries.ts';
import { benchPostgres } from './postgres.ts';
import { benchShards } from './shards.ts';
import { benchWrites } from './writes.ts';
import { machine } from './stats.ts';
import { markdownTable, resultsMarkdown, type Row } from './table.ts';

const SECTIONS = ['loading', 'queries', 'gexf', 'page', 'matrix', 'writes', 'shards', 'postgres'] as const;
type Section = (typeof SECTIONS)[number];

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyArg = args.find((a) => a.startsWith('--only'));
const only = onlyArg ? (onlyArg.includes('=') ? onlyArg.split('=')[1]! : args[args.indexOf(onlyArg) + 1] ?? '').split(',') : [...SECTIONS];
const unknown = only.filter((s) => !(SECTIONS as readonly string[]).includes(s));
if (unknown.length) {
  console.error(`bench: unknown section(s) ${unknown.join(', ')}; choose from ${SECTIONS.join(', ')}`);
  process.exit(2);
}

// Sizes: the full run uses the workloads the targets are stated for; --quick shrinks repetitions (and the
// loading corpus) so a check takes about two minutes, and says so in the notes.
const plan = {
  // Five runs or rounds where one takes seconds: on a shared 2-core machine single runs swing by a third.
  loading: quick ? { targetBytes: 4e6, runs: 1, baselineReps: 3 } : { targetBytes: 20e6, runs: 5, baselineReps: 5 },
  queries: quick ? { nodes: 100_000, edges: 500_000, rounds: 2, duration: 2, connections: 10 } : { nodes: 100_000, edges: 500_000, rounds: 5, duration: 5, connections: 10 },
  // graphology-gexf needs about a minute and 4 GB on the full graph: --quick exports a fifth of it.
  gexf: quick ? { nodes: 20_000, edges: 100_000, runs: 1 } : { nodes: 100_000, edges: 500_000, runs: 2, baselineRuns: 1, withLayout: true },
  page: quick ? { nodes: 10_000, edges: 50_000, runs: 1, panMs: 2000 } : { nodes: 10_000, edges: 50_000, runs: 5, panMs: 4000 },
  matrix: quick ? { runs: 1, hoverMs: 2000 } : { runs: 5, hoverMs: 4000 },
  // Extraction of 10^5 articles (600 MB) would take hours of this shared machine: the real extraction is a few MB,
  // and the merge runs on its claims replicated to 10^5 articles (2 × 10^4 in --quick).
  writes: { readers: 20, articles: 50, baselineSeconds: quick ? 3 : 10 },
  shards: quick ? { targetBytes: 1.5e6, shards: 2, scaledArticles: 20_000, requests: 100 } : { targetBytes: 3e6, shards: 3, scaledArticles: 100_000, requests: 400 },
  postgres: quick ? { nodes: 20_000, edges: 100_000, requests: 200, traversals: 40 } : { nodes: 100_000, edges: 500_000, requests: 400, traversals: 100 },
};

const started = performance.now();
const log = (s: string) => console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${s}`);
const rows: Row[] = [];
const notes: string[] = [];
const run: Record<Section, () => Promise<{ rows: Row[]; notes: string[] }>> = {
  loading: () => benchLoading(plan.loading, log),
  queries: () => benchQueries(plan.queries, log),
  gexf: () => benchGexf(plan.gexf, log),
  page: () => benchPage(plan.page, log),
  matrix: () => benchMatrixPage(plan.matrix, log),
  writes: () => benchWrites(plan.writes, log),
  shards: () => benchShards(plan.shards, log),
  postgres: () => benchPostgres(plan.postgres, log),
};
for (const section of SECTIONS) {
  if (!only.includes(section)) continue;
  try {
    const r = await run[section]();
    rows.push(...r.rows);
    notes.push(...r.notes);
  } catch (err) {
    log(`${section}: FAILED ${(err as Error).message}`);
    rows.push({ figure: section, workload: '–', result: 'not measured (error)', baseline: '–', ratio: '–', target: '–', pass: null });
    notes.push(`${section} could not be measured: ${(err as Error).message.slice(0, 600)}`);
  }
}
const seconds = (performance.now() - started) / 1000;
const m = machine();
if (only.length < SECTIONS.length) notes.push(`Only these sections ran: ${only.join(', ')}.`);
const file = fileURLToPath(new URL('./RESULTS.md', import.meta.url));
writeFileSync(file, resultsMarkdown(rows, m, quick ? 'quick' : 'full', seconds, notes));
process.stdout.write(markdownTable(rows));
log(`wrote ${file}`);
