// `kg load --db … --merged DIR`: the tables `kg merge` writes (nodes, edges, evidence, articles .parquet) streamed
// through DuckDB into the graph tables with COPY, so a merge too large for graph JSON loads without being held in
// memory. Rows get the attributes `kg build` gives (src/shards/merge-graph.ts); a node's place in the file is its ord.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type pg from 'pg';
import { KgError } from '../errors.ts';
import type { NodeAttributes } from '../graph/types.ts';
import { openDuck, sqlString } from '../shards/duckdb.ts';
import { copyInto, type CopyRow } from './pg-copy.ts';
import { NODE_COPY_COLUMNS, searchNames } from './pg-graph.ts';

const TABLES = ['nodes', 'edges', 'evidence', 'articles'] as const;

async function* rowsOf(db: DuckDBConnection, sql: string): AsyncGenerator<Record<string, unknown>> {
  const result = await db.stream(sql);
  for await (const chunk of result.yieldRowObjectJs()) yield* chunk;
}

/** A node's attributes as the graph builder makes them (mergeNode): optional ones only when set. */
function nodeAttributes(row: Record<string, unknown>): NodeAttributes {
  const aliases = [...((row.aliases as string[] | null) ?? [])];
  if (row.kind === 'actor') {
    const attrs: NodeAttributes = { kind: 'actor', label: row.label as string, aliases, actorType: row.actor_type as never, known: row.known === true };
    if (row.role) attrs.role = row.role as string;
    return attrs;
  }
  const attrs: NodeAttributes = { kind: row.kind as 'demand' | 'response', label: row.label as string, category: row.category as string, aliases };
  if (row.concept) attrs.concept = row.concept as string;
  return attrs;
}

async function* nodeRows(db: DuckDBConnection, file: string): AsyncGenerator<CopyRow> {
  for await (const row of rowsOf(db, `SELECT file_row_number::DOUBLE AS ord, * FROM read_parquet(${sqlString(file)}, file_row_number = true)`)) {
    const attrs = nodeAttributes(row);
    yield [row.ord as number, row.id as string, attrs.kind, attrs.label, JSON.stringify(attrs), searchNames(attrs)];
  }
}

async function* edgeRows(db: DuckDBConnection, file: string): AsyncGenerator<CopyRow> {
  const sql = `SELECT file_row_number::DOUBLE AS ord, id, source, target, relation, strftime(first_date, '%Y-%m-%d') AS first_date,
    strftime(last_date, '%Y-%m-%d') AS last_date, cameo, plover, condition, strength FROM read_parquet(${sqlString(file)}, file_row_number = true)`;
  for await (const row of rowsOf(db, sql)) {
    const attrs: Record<string, string> = { relation: row.relation as string, firstDate: row.first_date as string, lastDate: row.last_date as string };
    for (const k of ['cameo', 'plover', 'condition', 'strength'] as const) if (row[k]) attrs[k] = row[k] as string;
    yield [row.ord as number, row.id as string, row.source as string, row.target as string, attrs.relation!, attrs.firstDate!, attrs.lastDate!, JSON.stringify(attrs)];
  }
}

/** The merge writes each edge's sentences together and in order: their place under the edge is their idx. */
async function* evidenceRows(db: DuckDBConnection, file: string): AsyncGenerator<CopyRow> {
  let edge = '';
  let idx = 0;
  const sql = `SELECT edge, article, sentence::DOUBLE AS sentence, text, date FROM read_parquet(${sqlString(file)}, file_row_number = true) ORDER BY file_row_number`;
  for await (const row of rowsOf(db, sql)) {
    idx = row.edge === edge ? idx + 1 : 0;
    edge = row.edge as string;
    yield [edge, idx, row.article as string, row.sentence as number, row.text as string, row.date as string];
  }
}

async function* articleRows(db: DuckDBConnection, file: string): AsyncGenerator<CopyRow> {
  const sql = `SELECT file_row_number::DOUBLE AS ord, article_id, title, strftime(date, '%Y-%m-%d') AS date, url, sentences FROM read_parquet(${sqlString(file)}, file_row_number = true)`;
  for await (const row of rowsOf(db, sql)) yield [row.ord as number, row.article_id as string, row.title as string, row.date as string, row.url as string, row.sentences as number];
}

/** SHA-256 over the four files, read in chunks: the digest `kg serve --db` compares posted articles' claims with. */
async function digestOf(files: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const f of files) for await (const chunk of createReadStream(f)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function copyMerged(c: pg.PoolClient, dir: string): Promise<{ digest: string; attributes: Record<string, unknown> }> {
  const files = Object.fromEntries(TABLES.map((t) => [t, join(dir, `${t}.parquet`)])) as Record<(typeof TABLES)[number], string>;
  const missing = TABLES.filter((t) => !existsSync(files[t]));
  if (missing.length) throw new KgError('USAGE', `${dir}: no ${missing.map((t) => `${t}.parquet`).join(', ')}; give the --out folder of \`kg merge\``);
  const tempDir = mkdtempSync(join(tmpdir(), 'kg-load-'));
  const duck = await openDuck({ tempDir, threads: 1 });
  try {
    await copyInto(c, 'kg_nodes', nodeRows(duck.db, files.nodes), NODE_COPY_COLUMNS);
    await copyInto(c, 'kg_edges', edgeRows(duck.db, files.edges));
    await copyInto(c, 'kg_evidence', evidenceRows(duck.db, files.evidence));
    await copyInto(c, 'kg_articles', articleRows(duck.db, files.articles));
  } finally {
    duck.close();
    rmSync(tempDir, { recursive: true, force: true });
  }
  return { digest: await digestOf(TABLES.map((t) => files[t])), attributes: {} };
}
