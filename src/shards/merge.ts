// `kg merge`: one DuckDB pass over the claim files of every shard → nodes.parquet, edges.parquet and
// articles.parquet, and the graph the same claims give with `kg build` (the builder's own node merging).
// Claims stay in DuckDB (spilled to disk past its memory limit); Node holds only the nodes.
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { KgError } from '../errors.ts';
import { addEdgeFromRow } from './merge-graph.ts';
import { createGraph, mergeNode } from '../graph/build.ts';
import type { ArticleMeta, KgGraph } from '../graph/types.ts';
import { ARTICLE_COLUMNS } from './claims-writer.ts';
import { jsonColumns, openDuck, sqlString } from './duckdb.ts';
import { CLAIM_COLUMNS, endpointFromRow } from './rows.ts';

export interface MergeOptions {
  outDir: string;
  /** build the graphology graph too (it is held in memory) unless the edges exceed this */
  graphMaxEdges?: number;
  memoryLimit?: string;
  threads?: number;
}

export interface MergeResult {
  files: { nodes: string; edges: string; articles: string };
  claims: number;
  nodes: number;
  edges: number;
  articles: number;
  /** the merged graph, when asked for and not over graphMaxEdges */
  graph?: KgGraph;
}

interface Inputs {
  claimsParquet: string[];
  claimsJsonl: string[];
  articlesParquet: string[];
}

/** Claim files (Parquet or JSONL) and the shards' article files, from files and folders. */
export function collectInputs(inputs: string[]): Inputs {
  const found: Inputs = { claimsParquet: [], claimsJsonl: [], articlesParquet: [] };
  const add = (file: string, explicit: boolean) => {
    const name = file.split(/[\\/]/).pop()!;
    if (/\.tmp/.test(name) || /^(nodes|edges|articles)\.parquet$/.test(name)) return;
    if (/^articles-.*\.parquet$/i.test(name)) found.articlesParquet.push(file);
    else if (/\.parquet$/i.test(name)) found.claimsParquet.push(file);
    else if (/\.(jsonl|ndjson)$/i.test(name)) found.claimsJsonl.push(file);
    else if (explicit) throw new KgError('USAGE', `${file}: not a claims file; give the Parquet files of \`kg build --emit parquet\` or the JSONL of \`kg extract\`, or their folders`);
  };
  for (const input of inputs) {
    if (!existsSync(input)) throw new KgError('USAGE', `${input}: no such file or folder`);
    if (statSync(input).isDirectory()) for (const name of readdirSync(input).sort()) add(resolve(input, name), false);
    else add(resolve(input), true);
  }
  if (!found.claimsParquet.length && !found.claimsJsonl.length) {
    throw new KgError('USAGE', `no claim files in ${inputs.join(', ')}; expected claims-*.parquet from \`kg build --emit parquet\` or *.jsonl from \`kg extract --stdin\``);
  }
  return found;
}

const list = (files: string[]) => `[${files.map(sqlString).join(', ')}]`;

function claimsSource(inputs: Inputs): string {
  const cols = Object.keys(CLAIM_COLUMNS).join(', ');
  const parts: string[] = [];
  if (inputs.claimsParquet.length) parts.push(`SELECT ${cols} FROM read_parquet(${list(inputs.claimsParquet)}, union_by_name = true)`);
  if (inputs.claimsJsonl.length) {
    parts.push(`SELECT ${cols} FROM read_json(${list(inputs.claimsJsonl)}, format = 'newline_delimited', columns = ${jsonColumns(CLAIM_COLUMNS)})`);
  }
  return parts.join(' UNION ALL ');
}

async function count(db: DuckDBConnection, sql: string): Promise<number> {
  return Number((await db.runAndReadAll(`SELECT count(*)::DOUBLE n FROM (${sql})`)).getRowObjectsJS()[0]!.n);
}

/** Runs the node merge of `kg build` over every claim endpoint in build order; returns the remapped keys. */
async function mergeNodes(db: DuckDBConnection, graph: KgGraph, mapFile: string): Promise<void> {
  const fd = openSync(mapFile, 'w');
  try {
    const endpoint = (p: string) => ['id', 'label', 'kind', 'actor_type', 'role', 'known', 'category', 'concept', 'surface', 'aliases'].map((c) => `${p}_${c}`).join(', ');
    const result = await db.stream(`SELECT ord::DOUBLE ord, ${endpoint('source')}, ${endpoint('target')} FROM c ORDER BY ord`);
    for await (const rows of result.yieldRowObjectJs()) {
      let out = '';
      for (const row of rows) {
        const s = mergeNode(graph, endpointFromRow(row, 'source'));
        const t = mergeNode(graph, endpointFromRow(row, 'target'));
        // Only people joined to a namesake get a key other than their own: the rest need no row.
        if (s !== row.source_id || t !== row.target_id) out += JSON.stringify({ ord: row.ord, s, t }) + '\n';
      }
      if (out) writeSync(fd, out);
    }
  } finally {
    closeSync(fd);
  }
}

function writeNodesSpill(graph: KgGraph, file: string): void {
  const fd = openSync(file, 'w');
  try {
    let ord = 0;
    graph.forEachNode((id, a) => {
      const actor = a.kind === 'actor' ? a : undefined;
      const pos = a.kind !== 'actor' ? a : undefined;
      const row = { id, ord: ord++, kind: a.kind, label: a.label, aliases: a.aliases, actor_type: actor?.actorType ?? null, role: actor?.role ?? null, known: actor?.known ?? null, category: pos?.category ?? null, concept: pos?.concept ?? null };
      writeSync(fd, JSON.stringify(row) + '\n');
    });
  } finally {
    closeSync(fd);
  }
}

const NODE_COLUMNS = { id: 'VARCHAR', ord: 'BIGINT', kind: 'VARCHAR', label: 'VARCHAR', aliases: 'VARCHAR[]', actor_type: 'VARCHAR', role: 'VARCHAR', known: 'BOOLEAN', category: 'VARCHAR', concept: 'VARCHAR' };

// Edge ids follow src/graph/keys.ts edgeKey (source|relation|target); the merge test holds them to kg build's.
const EDGES_SQL = `
CREATE TABLE e AS
WITH r AS (
  SELECT c.ord, coalesce(m.s, c.source_id) AS s, coalesce(m.t, c.target_id) AS t, relation, article_id, sentence, sentence_text, date,
         claim_id, cameo, plover, condition, strength
  FROM c LEFT JOIN m USING (ord)
), kept AS (SELECT * FROM r WHERE s <> t),
ev AS (
  SELECT s, relation, t, article_id, sentence, arg_min(sentence_text, ord) AS text, arg_min(date, ord) AS date, min(ord) AS ord
  FROM kept GROUP BY s, relation, t, article_id, sentence
), evl AS (
  SELECT s, relation, t, list({'article': article_id, 'sentence': sentence, 'text': ev.text, 'date': strftime(ev.date, '%Y-%m-%d')} ORDER BY ev.ord) AS evidence
  FROM ev GROUP BY s, relation, t
), agg AS (
  SELECT s, relation, t, min(ord) AS ord, count(*) AS claims, list(claim_id ORDER BY ord) AS claim_ids, min(date) AS first_date, max(date) AS last_date,
         arg_min(cameo, ord) FILTER (WHERE cameo IS NOT NULL) AS cameo, arg_min(plover, ord) FILTER (WHERE plover IS NOT NULL) AS plover,
         arg_min(condition, ord) FILTER (WHERE condition IS NOT NULL) AS condition, arg_min(strength, ord) FILTER (WHERE strength IS NOT NULL) AS strength
  FROM kept GROUP BY s, relation, t
)
SELECT s || '|' || relation || '|' || t AS id, s AS source, t AS target, relation, claims::INTEGER AS claims, len(evidence)::INTEGER AS sentences,
       first_date, last_date, cameo, plover, condition, strength, claim_ids, evidence, ord
FROM agg JOIN evl USING (s, relation, t)`;

async function copyOut(db: DuckDBConnection, sql: string, out: string): Promise<void> {
  const tmp = `${out}.${process.pid}.tmp`;
  await db.run(`COPY (${sql}) TO ${sqlString(tmp)} (FORMAT parquet, COMPRESSION zstd)`);
  renameSync(tmp, out);
}

export async function mergeClaims(inputs: string[], options: MergeOptions): Promise<MergeResult> {
  const found = collectInputs(inputs);
  mkdirSync(options.outDir, { recursive: true });
  const spill = { map: join(options.outDir, `.merge-map.${process.pid}.jsonl`), nodes: join(options.outDir, `.merge-nodes.${process.pid}.jsonl`) };
  const duck = await openDuck({ tempDir: join(options.outDir, `.duckdb.${process.pid}.tmp`), memoryLimit: options.memoryLimit, threads: options.threads });
  const { db } = duck;
  try {
    try {
      await db.run(`CREATE TABLE c AS SELECT *, row_number() OVER (ORDER BY input_seq, article_id, claim_seq) ord FROM (${claimsSource(found)})`);
    } catch (err) {
      throw new KgError('USAGE', `cannot read the claim files as the claims contract (README, "Claims contract"): ${(err as Error).message}`, { cause: err });
    }
    const claims = await count(db, 'SELECT * FROM c');
    const graph = createGraph();
    await mergeNodes(db, graph, spill.map);
    await db.run(`CREATE TABLE m AS SELECT * FROM read_json(${sqlString(spill.map)}, format = 'newline_delimited', columns = ${jsonColumns({ ord: 'BIGINT', s: 'VARCHAR', t: 'VARCHAR' })})`);
    await db.run(EDGES_SQL);
    writeNodesSpill(graph, spill.nodes);
    await db.run(`CREATE TABLE n AS SELECT * FROM read_json(${sqlString(spill.nodes)}, format = 'newline_delimited', columns = ${jsonColumns(NODE_COLUMNS)})`);
    const fromArticles = found.articlesParquet.length
      ? `SELECT ${Object.keys(ARTICLE_COLUMNS).join(', ')} FROM read_parquet(${list(found.articlesParquet)}) UNION ALL `
      : '';
    await db.run(`CREATE TABLE a AS SELECT article_id, min(input_seq) input_seq, any_value(date) date, any_value(url) url, any_value(title) title, any_value(sentences) sentences
      FROM (${fromArticles}SELECT DISTINCT article_id, input_seq, date, article_url url, article_title title, article_sentences sentences FROM c) GROUP BY article_id`);
    const files = { nodes: join(options.outDir, 'nodes.parquet'), edges: join(options.outDir, 'edges.parquet'), articles: join(options.outDir, 'articles.parquet') };
    await copyOut(db, `SELECT n.id, n.kind, n.label, n.aliases, n.actor_type, n.role, n.known, n.category, n.concept,
        coalesce(d.edges, 0)::INTEGER edges, coalesce(d.claims, 0)::BIGINT claims, d.first_date, d.last_date
      FROM n LEFT JOIN (
        SELECT id, count(*) edges, sum(claims) claims, min(first_date) first_date, max(last_date) last_date
        FROM (SELECT source id, claims, first_date, last_date FROM e UNION ALL SELECT target, claims, first_date, last_date FROM e) GROUP BY id
      ) d USING (id) ORDER BY n.ord`, files.nodes);
    await copyOut(db, 'SELECT * EXCLUDE (ord) FROM e ORDER BY ord', files.edges);
    await copyOut(db, 'SELECT * FROM a ORDER BY input_seq, article_id', files.articles);
    const edges = await count(db, 'SELECT * FROM e');
    const articles = await count(db, 'SELECT * FROM a');
    const result: MergeResult = { files, claims, nodes: graph.order, edges, articles };
    if (options.graphMaxEdges !== undefined && edges <= options.graphMaxEdges) result.graph = await finishGraph(db, graph);
    return result;
  } finally {
    duck.close();
    rmSync(spill.map, { force: true });
    rmSync(spill.nodes, { force: true });
    rmSync(join(options.outDir, `.duckdb.${process.pid}.tmp`), { recursive: true, force: true });
  }
}

/** The merged nodes (already in the graph, in build order) get their edges and the articles. */
async function finishGraph(db: DuckDBConnection, graph: KgGraph): Promise<KgGraph> {
  const articles: Record<string, ArticleMeta> = {};
  const a = await db.runAndReadAll(`SELECT article_id id, title, strftime(date, '%Y-%m-%d') date, url, sentences FROM a ORDER BY input_seq, article_id`);
  for (const row of a.getRowObjectsJS()) articles[row.id as string] = { id: row.id as string, title: row.title as string, date: row.date as string, url: row.url as string, sentences: Number(row.sentences) };
  if (Object.keys(articles).length) graph.setAttribute('articles', articles);
  const result = await db.stream(`SELECT id, source, target, relation, strftime(first_date, '%Y-%m-%d') first_date, strftime(last_date, '%Y-%m-%d') last_date,
      cameo, plover, condition, strength, evidence FROM e ORDER BY ord`);
  for await (const rows of result.yieldRowObjectJs()) for (const row of rows) addEdgeFromRow(graph, row);
  return graph;
}
