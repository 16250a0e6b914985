// `kg merge`: one DuckDB pass over the claim files of every shard → nodes.parquet, edges.parquet and
// articles.parquet, and the graph the same claims give with `kg build` (the builder's own node merging).
// Claims stay in DuckDB (spilled to disk past its memory limit); Node holds only the nodes.
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { KgError } from '../errors.ts';
import { addEdgeFromRow, addEvidenceFromRow } from './merge-graph.ts';
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
  files: { nodes: string; edges: string; evidence: string; claimEdges: string; articles: string };
  claims: number;
  nodes: number;
  edges: number;
  articles: number;
  /** the merged graph, when asked for and not over graphMaxEdges */
  graph?: KgGraph;
}

export interface Inputs {
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
  // The folders `kg build --emit parquet` writes are read too: claims/ with its hive partitions (month=2022-01/)
  // and articles/.
  const addFolder = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = resolve(dir, name);
      if (/^(claims|articles|[A-Za-z_]\w*=[^/\\]+)$/.test(name) && statSync(path).isDirectory()) addFolder(path);
      else add(path, false);
    }
  };
  for (const input of inputs) {
    if (!existsSync(input)) throw new KgError('USAGE', `${input}: no such file or folder`);
    if (statSync(input).isDirectory()) addFolder(input);
    else add(resolve(input), true);
  }
  if (!found.claimsParquet.length && !found.claimsJsonl.length) {
    throw new KgError('USAGE', `no claim files in ${inputs.join(', ')}; expected claims-*.parquet from \`kg build --emit parquet\` or *.jsonl from \`kg extract --stdin\``);
  }
  return found;
}

const list = (files: string[]) => `[${files.map(sqlString).join(', ')}]`;

/** SQL over every claim file, as one relation of the contract's columns. */
export function claimsSource(inputs: Inputs): string {
  const cols = Object.keys(CLAIM_COLUMNS).join(', ');
  const parts: string[] = [];
  // Partitioned files carry the month in their path, the others in a column; DuckDB reads the two kinds apart.
  const hive = inputs.claimsParquet.filter((f) => /[\\/]month=[^\\/]+[\\/][^\\/]+$/.test(f));
  const flat = inputs.claimsParquet.filter((f) => !hive.includes(f));
  if (hive.length) parts.push(`SELECT ${cols} FROM read_parquet(${list(hive)}, union_by_name = true, hive_partitioning = true, hive_types = {'month': VARCHAR})`);
  if (flat.length) parts.push(`SELECT ${cols} FROM read_parquet(${list(flat)}, union_by_name = true, hive_partitioning = false)`);
  if (inputs.claimsJsonl.length) {
    parts.push(`SELECT ${cols} FROM read_json(${list(inputs.claimsJsonl)}, format = 'newline_delimited', columns = ${jsonColumns(CLAIM_COLUMNS)})`);
  }
  return parts.join(' UNION ALL ');
}

/** Bound on an article's claims, so that a claim's place in build order is one number. */
const CLAIMS_PER_ARTICLE = 1_000_000;

async function count(db: DuckDBConnection, sql: string): Promise<number> {
  return Number((await db.runAndReadAll(`SELECT count(*)::DOUBLE n FROM (${sql})`)).getRowObjectsJS()[0]!.n);
}

const ENDPOINT = ['id', 'label', 'kind', 'actor_type', 'role', 'known', 'category', 'concept', 'surface', 'aliases'];

/**
 * The endpoints the node merge must see, in build order (claim, then source before target). Actors found by NER
 * (`known` false) come at every mention: whether "Ryabkov" joins a "Sergei Ryabkov" depends on who is known at
 * that point. Any other endpoint comes at its first mention only: mentioned again, the same reference adds nothing.
 */
const ENDPOINTS_SQL = `
WITH ep AS (
  SELECT ord, 0 AS pos, ${ENDPOINT.map((c) => `source_${c} AS ${c}`).join(', ')} FROM c
  UNION ALL
  SELECT ord, 1 AS pos, ${ENDPOINT.map((c) => `target_${c} AS ${c}`).join(', ')} FROM c
), marked AS (
  SELECT *, (kind = 'actor' AND NOT coalesce(known, false)) AS every,
         row_number() OVER (PARTITION BY ${ENDPOINT.join(', ')} ORDER BY ord, pos) AS nth
  FROM ep
)
SELECT ord::DOUBLE AS ord, pos, ${ENDPOINT.map((c) => `${c} AS source_${c}`).join(', ')} FROM marked WHERE every OR nth = 1 ORDER BY ord, pos`;

/** Runs the node merge of `kg build` (its own mergeNode) over the endpoints; writes the keys that differ from a claim's. */
async function mergeNodes(db: DuckDBConnection, graph: KgGraph, mapFile: string): Promise<void> {
  const fd = openSync(mapFile, 'w');
  try {
    const result = await db.stream(ENDPOINTS_SQL);
    for await (const rows of result.yieldRowObjectJs()) {
      let out = '';
      for (const row of rows) {
        const key = mergeNode(graph, endpointFromRow(row, 'source'));
        // Only people joined to a namesake get a key other than their own: the rest need no row.
        if (key !== row.source_id) out += JSON.stringify({ ord: row.ord, pos: row.pos, key }) + '\n';
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
// Evidence and the claims of each edge are tables of their own, one row per edge and sentence or claim: lists per
// edge would have to fit in DuckDB's memory whole (list aggregates do not spill), and a widely reported edge has
// a sentence in every article.
const EDGES_SQL = [
  `CREATE TABLE r AS
   SELECT c.ord, coalesce(ms.key, c.source_id) AS s, coalesce(mt.key, c.target_id) AS t, relation, article_id, sentence, sentence_text, date,
          claim_id, cameo, plover, condition, strength
   FROM c LEFT JOIN m AS ms ON ms.ord = c.ord AND ms.pos = 0 LEFT JOIN m AS mt ON mt.ord = c.ord AND mt.pos = 1
   WHERE coalesce(ms.key, c.source_id) <> coalesce(mt.key, c.target_id)`,
  // Aggregates keep numbers only (text in aggregate states does not spill either): the first claim with a code,
  // condition or strength is found by its place, and the text fetched by a join.
  `CREATE TABLE e0 AS
   SELECT s, relation, t, min(ord) AS ord, count(*)::INTEGER AS claims, min(date) AS first_date, max(date) AS last_date,
          min(ord) FILTER (WHERE cameo IS NOT NULL) AS cameo_ord, min(ord) FILTER (WHERE plover IS NOT NULL) AS plover_ord,
          min(ord) FILTER (WHERE condition IS NOT NULL) AS condition_ord, min(ord) FILTER (WHERE strength IS NOT NULL) AS strength_ord
   FROM r GROUP BY s, relation, t`,
  `CREATE TABLE ev AS
   SELECT g.s || '|' || g.relation || '|' || g.t AS edge, g.article_id AS article, g.sentence, r.sentence_text AS text,
          strftime(r.date, '%Y-%m-%d') AS date, g.ord
   FROM (SELECT s, relation, t, article_id, sentence, min(ord) AS ord FROM r GROUP BY s, relation, t, article_id, sentence) AS g
   JOIN r ON r.ord = g.ord`,
  `CREATE TABLE e AS
   SELECT e0.s || '|' || e0.relation || '|' || e0.t AS id, e0.s AS source, e0.t AS target, e0.relation, e0.ord, e0.claims, n.sentences,
          e0.first_date, e0.last_date, c1.cameo, c2.plover, c3.condition, c4.strength
   FROM e0
   JOIN (SELECT edge, count(*)::INTEGER AS sentences FROM ev GROUP BY edge) AS n ON n.edge = e0.s || '|' || e0.relation || '|' || e0.t
   LEFT JOIN r AS c1 ON c1.ord = e0.cameo_ord LEFT JOIN r AS c2 ON c2.ord = e0.plover_ord
   LEFT JOIN r AS c3 ON c3.ord = e0.condition_ord LEFT JOIN r AS c4 ON c4.ord = e0.strength_ord`,
  'DROP TABLE e0',
];

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
      // Claims are read where they lie, twice (nodes, then edges), never copied: only the articles are numbered
      // in build order, and a claim's place is its article's number and its own within the article.
      await db.run(`CREATE VIEW src AS ${claimsSource(found)}`);
      await db.run(`CREATE TABLE ar AS SELECT input_seq, article_id, row_number() OVER (ORDER BY input_seq, article_id) AS rank
        FROM (SELECT DISTINCT input_seq, article_id FROM src)`);
      await db.run(`CREATE VIEW c AS SELECT src.*, ar.rank * ${CLAIMS_PER_ARTICLE} + src.claim_seq AS ord FROM src JOIN ar USING (input_seq, article_id)`);
      const over = await count(db, `SELECT 1 FROM src WHERE claim_seq >= ${CLAIMS_PER_ARTICLE} OR claim_seq < 0`);
      if (over) throw new KgError('USAGE', `${over} claims have a claim_seq outside 0…${CLAIMS_PER_ARTICLE - 1}; claim_seq numbers the claims of one article`);
    } catch (err) {
      throw new KgError('USAGE', `cannot read the claim files as the claims contract (README, "Claims contract"): ${(err as Error).message}`, { cause: err });
    }
    const claims = await count(db, 'SELECT * FROM c');
    const graph = createGraph();
    await mergeNodes(db, graph, spill.map);
    await db.run(`CREATE TABLE m AS SELECT * FROM read_json(${sqlString(spill.map)}, format = 'newline_delimited', columns = ${jsonColumns({ ord: 'BIGINT', pos: 'INTEGER', key: 'VARCHAR' })})`);
    for (const sql of EDGES_SQL) await db.run(sql);
    writeNodesSpill(graph, spill.nodes);
    await db.run(`CREATE TABLE n AS SELECT * FROM read_json(${sqlString(spill.nodes)}, format = 'newline_delimited', columns = ${jsonColumns(NODE_COLUMNS)})`);
    const fromArticles = found.articlesParquet.length
      ? `SELECT ${Object.keys(ARTICLE_COLUMNS).join(', ')} FROM read_parquet(${list(found.articlesParquet)}) UNION ALL `
      : '';
    await db.run(`CREATE TABLE a AS SELECT article_id, min(input_seq) input_seq, any_value(date) date, any_value(url) url, any_value(title) title, any_value(sentences) sentences
      FROM (${fromArticles}SELECT DISTINCT article_id, input_seq, date, article_url url, article_title title, article_sentences sentences FROM c) GROUP BY article_id`);
    const files = {
      nodes: join(options.outDir, 'nodes.parquet'),
      edges: join(options.outDir, 'edges.parquet'),
      evidence: join(options.outDir, 'evidence.parquet'),
      claimEdges: join(options.outDir, 'claim_edges.parquet'),
      articles: join(options.outDir, 'articles.parquet'),
    };
    await copyOut(db, `SELECT n.id, n.kind, n.label, n.aliases, n.actor_type, n.role, n.known, n.category, n.concept,
        coalesce(d.edges, 0)::INTEGER edges, coalesce(d.claims, 0)::BIGINT claims, d.first_date, d.last_date
      FROM n LEFT JOIN (
        SELECT id, count(*) edges, sum(claims) claims, min(first_date) first_date, max(last_date) last_date
        FROM (SELECT source id, claims, first_date, last_date FROM e UNION ALL SELECT target, claims, first_date, last_date FROM e) GROUP BY id
      ) d USING (id) ORDER BY n.ord`, files.nodes);
    await copyOut(db, 'SELECT * EXCLUDE (ord) FROM e ORDER BY ord', files.edges);
    await copyOut(db, 'SELECT ev.* EXCLUDE (ord) FROM ev JOIN e ON e.id = ev.edge ORDER BY e.ord, ev.ord', files.evidence);
    await copyOut(db, `SELECT claim_id, s || '|' || relation || '|' || t AS edge FROM r ORDER BY ord`, files.claimEdges);
    await db.run('DROP TABLE r');
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
  const edges = await db.stream(`SELECT id, source, target, relation, strftime(first_date, '%Y-%m-%d') AS first_date, strftime(last_date, '%Y-%m-%d') AS last_date,
      cameo, plover, condition, strength FROM e ORDER BY ord`);
  for await (const rows of edges.yieldRowObjectJs()) for (const row of rows) addEdgeFromRow(graph, row);
  const evidence = await db.stream('SELECT edge, article, sentence::DOUBLE AS sentence, text, date FROM ev ORDER BY ord');
  for await (const rows of evidence.yieldRowObjectJs()) for (const row of rows) addEvidenceFromRow(graph, row);
  return graph;
}
