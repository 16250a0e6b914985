// `kg export --graph graph.json --format gexf|graphml|json|csv|neo4j --out FILE [filters]`: writes the (filtered)
// graph for Gephi, NetworkX, spreadsheets, graphology or neo4j-admin (a folder) without a server, streamed to temp files then renamed.
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import { KgError } from '../errors.ts';
import { CSV_PARTS, writeCsv, type CsvPart } from '../export/csv.ts';
import { AUTO_LAYOUT_MAX_NODES } from '../export/layout.ts';
import type { GexfOptions, GexfTime } from '../export/gexf.ts';
import type { KgGraph } from '../graph/types.ts';
import type { GraphFilterQuery } from '../server/api-types.ts';

const FORMATS = ['gexf', 'graphml', 'json', 'csv', 'neo4j'] as const;
type Format = (typeof FORMATS)[number];

/** The same filters as GET /api/graph, plus the export's own options. */
interface ExportFlags extends GraphFilterQuery {
  graph: string;
  format: string;
  out: string;
  part: string;
  gexfVersion: string;
  time: string;
  layout: string;
}

/** The writers, loaded when an export runs (the other commands do not need them). */
async function loadWriters() {
  const [{ writeGexf }, { writeGraphml }, { writeJson }] = await Promise.all([import('../export/gexf.ts'), import('../export/graphml.ts'), import('../export/json.ts')]);
  return { writeGexf, writeGraphml, writeJson, writeCsv };
}

function chunksFor(graph: KgGraph, format: Format, flags: ExportFlags, writers: Awaited<ReturnType<typeof loadWriters>>): Iterable<string> {
  const { writeGexf, writeGraphml, writeJson, writeCsv } = writers;
  switch (format) {
    case 'gexf': {
      if (!['1.3', '1.2', '1.2draft'].includes(flags.gexfVersion)) throw new KgError('USAGE', `--gexf-version must be 1.3 or 1.2, got "${flags.gexfVersion}"`);
      if (!['events', 'cumulative', 'static'].includes(flags.time)) throw new KgError('USAGE', `--time must be events, cumulative or static, got "${flags.time}"`);
      if (!['auto', 'forceatlas2', 'none'].includes(flags.layout)) throw new KgError('USAGE', `--layout must be auto, forceatlas2 or none, got "${flags.layout}"`);
      return writeGexf(graph, { version: flags.gexfVersion === '1.3' ? '1.3' : '1.2draft', time: flags.time as GexfTime, layout: flags.layout as GexfOptions['layout'] });
    }
    case 'graphml':
      return writeGraphml(graph);
    case 'json':
      return writeJson(graph);
    case 'neo4j':
      throw new KgError('USAGE', 'neo4j writes several files: it is written by writeNeo4jDir');
    case 'csv':
      if (!(CSV_PARTS as readonly string[]).includes(flags.part)) throw new KgError('USAGE', `--part must be one of ${CSV_PARTS.join(', ')}, got "${flags.part}"`);
      return writeCsv(graph, flags.part as CsvPart);
  }
}

async function writeOut(out: string, chunks: Iterable<string>): Promise<void> {
  if (out === '-') {
    await pipeline(Readable.from(chunks), process.stdout, { end: false });
    return;
  }
  const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  try {
    await pipeline(Readable.from(chunks), createWriteStream(tmp));
    await rename(tmp, out);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** The Neo4j import files, each through a temp name, into the folder `out`. */
async function writeNeo4jDir(graph: KgGraph, out: string): Promise<void> {
  if (out === '-') throw new KgError('USAGE', '--format neo4j writes a folder of CSV files: give --out DIR, not "-"');
  const { NEO4J_FILES, writeNeo4j } = await import('../export/neo4j.ts');
  await mkdir(out, { recursive: true });
  for (const file of NEO4J_FILES) await writeOut(join(out, file), writeNeo4j(graph, file));
}

export async function runExport(flags: ExportFlags): Promise<{ nodes: number; edges: number }> {
  if (!(FORMATS as readonly string[]).includes(flags.format)) throw new KgError('USAGE', `--format must be one of ${FORMATS.join(', ')}, got "${flags.format}"`);
  const [{ parseGraphFilter }, { loadGraphFile }, { filterGraph, isEmptyFilter }, writers] = await Promise.all([
    import('../server/validate.ts'),
    import('../server/load-graph.ts'),
    import('../graph/queries/filter.ts'),
    loadWriters(),
  ]);
  let filter;
  try {
    filter = parseGraphFilter({ kind: flags.kind, relation: flags.relation, actor: flags.actor, from: flags.from, to: flags.to, article: flags.article, q: flags.q });
  } catch (err) {
    throw new KgError('USAGE', `--${(err as Error).message}`);
  }
  const { graph: full } = await loadGraphFile(flags.graph);
  const graph = isEmptyFilter(filter) ? full : filterGraph(full, filter);
  if (flags.format === 'neo4j') await writeNeo4jDir(graph, flags.out);
  else await writeOut(flags.out, chunksFor(graph, flags.format as Format, flags, writers));
  return { nodes: graph.order, edges: graph.size };
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export the graph (optionally filtered) as GEXF, GraphML, JSON, CSV or Neo4j import files')
    .requiredOption('-g, --graph <file>', 'graph JSON built by `kg build`')
    .requiredOption('-f, --format <format>', `one of ${FORMATS.join(', ')}`)
    .requiredOption('-o, --out <file>', 'output file ("-" for standard output); for neo4j, a folder')
    .option('--part <part>', `for csv: ${CSV_PARTS.join(', ')}`, 'edges')
    .option('--gexf-version <v>', 'for gexf: 1.3 (Gephi) or 1.2 (1.2draft, NetworkX)', '1.3')
    .option('--time <mode>', 'for gexf: events, cumulative or static', 'events')
    .option('--layout <mode>', `for gexf: auto (stored layout, else ForceAtlas2 up to ${AUTO_LAYOUT_MAX_NODES} nodes, else a spiral), forceatlas2 or none`, 'auto')
    .option('--kind <kinds>', 'keep only these node kinds (comma-separated: actor, demand, response)')
    .option('--relation <relations>', 'keep only these relations (comma-separated)')
    .option('--actor <actor>', "keep an actor's ego network (key, label or alias)")
    .option('--from <date>', 'keep evidence on or after this date (YYYY-MM-DD)')
    .option('--to <date>', 'keep evidence on or before this date (YYYY-MM-DD)')
    .option('--article <ids>', 'keep evidence from these articles (comma-separated ids)')
    .option('--q <text>', 'keep nodes whose label or alias contains this text, with their neighbours')
    .action(async (flags: ExportFlags) => {
      try {
        const { nodes, edges } = await runExport(flags);
        if (flags.out !== '-') console.error(`kg export: wrote ${nodes} nodes and ${edges} edges to ${flags.out}`);
      } catch (err) {
        console.error(`kg export: ${err instanceof KgError ? err.message : String(err)}`);
        process.exitCode = err instanceof KgError && (err.code === 'USAGE' || err.code === 'NOT_FOUND') ? 2 : 1;
      }
    });
}
