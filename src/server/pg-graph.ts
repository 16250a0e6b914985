// The built graph in PostgreSQL: `kg load --db` bulk-loads it (COPY) into kg_nodes, kg_edges, kg_evidence,
// kg_articles and, given claim files, kg_claims, in one transaction replacing what was there; `kg serve --db`
// reads it back into memory. Each node's folded names sit in a pg_trgm index for search (src/server/pg-search.ts).
import pg from 'pg';
import { applySchema } from './pg-schema.ts';
import { KgError } from '../errors.ts';
import { createGraph } from '../graph/build.ts';
import { foldText } from '../graph/queries/text.ts';
import type { EdgeAttributes, KgGraph, NodeAttributes } from '../graph/types.ts';
import { PG_CLAIMS_SCHEMA, copyClaims } from './pg-claims.ts';
import { copyInto } from './pg-copy.ts';
import { redact } from './pg-store.ts';

/** Separates a node's folded names in kg_nodes.names: folded text is letters, digits and spaces only. */
export const NAMES_SEPARATOR = '|';

/** A node's label and aliases folded as search folds them, in one text for the trigram index. */
export function searchNames(a: NodeAttributes): string {
  return [a.label, ...a.aliases].map(foldText).join(NAMES_SEPARATOR);
}

export const PG_GRAPH_SCHEMA = `
CREATE TABLE IF NOT EXISTS kg_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS kg_nodes (ord INTEGER NOT NULL, key TEXT PRIMARY KEY, kind TEXT NOT NULL, label TEXT NOT NULL, attributes JSON NOT NULL);
CREATE TABLE IF NOT EXISTS kg_edges (
  ord INTEGER NOT NULL, key TEXT PRIMARY KEY, source TEXT NOT NULL REFERENCES kg_nodes(key), target TEXT NOT NULL REFERENCES kg_nodes(key),
  relation TEXT NOT NULL, first_date DATE NOT NULL, last_date DATE NOT NULL, attributes JSON NOT NULL
);
CREATE TABLE IF NOT EXISTS kg_evidence (
  edge TEXT NOT NULL REFERENCES kg_edges(key), idx INTEGER NOT NULL, article TEXT NOT NULL, sentence INTEGER NOT NULL, text TEXT NOT NULL, date DATE NOT NULL,
  PRIMARY KEY (edge, idx)
);
CREATE TABLE IF NOT EXISTS kg_articles (ord INTEGER NOT NULL, id TEXT PRIMARY KEY, title TEXT NOT NULL, date DATE NOT NULL, url TEXT NOT NULL, sentences INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS kg_edges_source ON kg_edges (source);
CREATE INDEX IF NOT EXISTS kg_edges_target ON kg_edges (target);
CREATE INDEX IF NOT EXISTS kg_evidence_article ON kg_evidence (article);
CREATE EXTENSION IF NOT EXISTS pg_trgm;
ALTER TABLE kg_nodes ADD COLUMN IF NOT EXISTS names TEXT NOT NULL DEFAULT '';
CREATE INDEX IF NOT EXISTS kg_nodes_names ON kg_nodes USING gin (names gin_trgm_ops);
${PG_CLAIMS_SCHEMA}`;

function* nodeRows(graph: KgGraph) {
  let ord = 0;
  for (const { node, attributes } of graph.nodeEntries()) yield [ord++, node, attributes.kind, attributes.label, JSON.stringify(attributes), searchNames(attributes)];
}

function* edgeRows(graph: KgGraph) {
  let ord = 0;
  for (const { edge, source, target, attributes } of graph.edgeEntries()) {
    const { evidence: _evidence, ...rest } = attributes;
    yield [ord++, edge, source, target, attributes.relation, attributes.firstDate, attributes.lastDate, JSON.stringify(rest)];
  }
}

function* evidenceRows(graph: KgGraph) {
  for (const { edge, attributes } of graph.edgeEntries()) {
    for (const [i, e] of attributes.evidence.entries()) yield [edge, i, e.article, e.sentence, e.text, e.date];
  }
}

function* articleRows(graph: KgGraph) {
  let ord = 0;
  for (const a of Object.values(graph.getAttribute('articles') ?? {})) yield [ord++, a.id, a.title, a.date, a.url, a.sentences];
}

export async function connect(url: string): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    await applySchema(pool, PG_GRAPH_SCHEMA);
  } catch (err) {
    await pool.end();
    throw new KgError('GRAPH_INVALID', `cannot use PostgreSQL at ${redact(url)} (${(err as Error).message}); check the URL and that the server runs`, { cause: err });
  }
  return pool;
}

export interface LoadOptions {
  /** claim files or folders (`kg build --emit parquet`, `kg extract`) for kg_claims; none: kg_claims is emptied */
  claims?: string[];
}

/** Fills the emptied graph tables inside the load's transaction; returns the graph's digest and own attributes. */
export type GraphFiller = (c: pg.PoolClient) => Promise<{ digest: string; attributes: Record<string, unknown> }>;

/**
 * Replaces the graph (and the claims) in the database, in one transaction: readers see the old or the new, and a
 * failed load leaves the old. Returns how many claims went in.
 */
async function replaceGraph(url: string, fill: GraphFiller, options: LoadOptions): Promise<{ claims: number }> {
  const pool = await connect(url);
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    await c.query('TRUNCATE kg_evidence, kg_edges, kg_nodes, kg_articles, kg_claims');
    const { digest, attributes } = await fill(c);
    const claims = options.claims?.length ? await copyClaims(c, options.claims) : 0;
    await c.query("INSERT INTO kg_settings VALUES ('graph', $1), ('graph-attributes', $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [digest, JSON.stringify(attributes)]);
    // Running replicas hold the old graph: tell them (PgStore.watch, GraphService.requestReload).
    await c.query("SELECT pg_notify('kg_changes', 'graph')");
    await c.query('COMMIT');
    return { claims };
  } catch (err) {
    await c.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    c.release();
    await pool.end();
  }
}

/** The columns of kg_nodes a load writes (`ord` is the node's place in the graph). */
export const NODE_COPY_COLUMNS = ['ord', 'key', 'kind', 'label', 'attributes', 'names'] as const;

/** Loads a graph held in memory (a graph JSON of `kg build` or `kg merge`). */
export async function loadGraphIntoPg(url: string, graph: KgGraph, digest: string, options: LoadOptions = {}): Promise<{ claims: number }> {
  return replaceGraph(url, async (c) => {
    await copyInto(c, 'kg_nodes', nodeRows(graph), NODE_COPY_COLUMNS);
    await copyInto(c, 'kg_edges', edgeRows(graph));
    await copyInto(c, 'kg_evidence', evidenceRows(graph));
    await copyInto(c, 'kg_articles', articleRows(graph));
    const { articles: _articles, ...attributes } = graph.getAttributes();
    return { digest, attributes };
  }, options);
}

/** Loads the Parquet tables of `kg merge` (src/server/pg-merged.ts), streamed: the graph is never held here. */
export async function loadMergedIntoPg(url: string, dir: string, options: LoadOptions = {}): Promise<{ claims: number }> {
  const { copyMerged } = await import('./pg-merged.ts');
  return replaceGraph(url, (c) => copyMerged(c, dir), options);
}

/** The graph loaded by `kg load --db`, as the in-memory graph the server answers from, with its digest. */
export async function readGraphFromPg(url: string): Promise<{ graph: KgGraph; digest: string } | null> {
  const pool = await connect(url);
  try {
    const c = await pool.connect();
    try {
      // One snapshot: a load running meanwhile is seen whole or not at all.
      await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const digest = (await c.query<{ value: string }>("SELECT value FROM kg_settings WHERE key = 'graph'")).rows[0]?.value;
      if (digest === undefined) return null;
      const graph = createGraph();
      const attributes = (await c.query<{ value: string }>("SELECT value FROM kg_settings WHERE key = 'graph-attributes'")).rows[0]?.value;
      if (attributes) graph.mergeAttributes(JSON.parse(attributes));
      for (const r of (await c.query<{ key: string; attributes: NodeAttributes }>('SELECT key, attributes FROM kg_nodes ORDER BY ord')).rows) graph.addNode(r.key, r.attributes);
      const edges = await c.query<{ key: string; source: string; target: string; attributes: Omit<EdgeAttributes, 'evidence'> }>('SELECT key, source, target, attributes FROM kg_edges ORDER BY ord');
      for (const r of edges.rows) graph.addDirectedEdgeWithKey(r.key, r.source, r.target, { ...r.attributes, evidence: [] });
      const ev = await c.query<{ edge: string; article: string; sentence: number; text: string; date: string }>(
        "SELECT edge, article, sentence, text, to_char(date, 'YYYY-MM-DD') AS date FROM kg_evidence ORDER BY edge, idx",
      );
      for (const r of ev.rows) graph.getEdgeAttribute(r.edge, 'evidence').push({ article: r.article, sentence: r.sentence, text: r.text, date: r.date });
      const articles = await c.query<{ id: string; title: string; date: string; url: string; sentences: number }>(
        "SELECT id, title, to_char(date, 'YYYY-MM-DD') AS date, url, sentences FROM kg_articles ORDER BY ord",
      );
      if (articles.rows.length) graph.setAttribute('articles', Object.fromEntries(articles.rows.map((a) => [a.id, a])));
      await c.query('COMMIT');
      return { graph, digest };
    } finally {
      c.release();
    }
  } finally {
    await pool.end();
  }
}
