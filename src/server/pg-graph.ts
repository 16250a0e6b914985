// The built graph in PostgreSQL: `kg load --db` bulk-loads it (COPY) into kg_nodes, kg_edges, kg_evidence and
// kg_articles in one transaction, replacing what was there; `kg serve --db` reads it back into memory.
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { KgError } from '../errors.ts';
import { createGraph } from '../graph/build.ts';
import type { EdgeAttributes, KgGraph, NodeAttributes } from '../graph/types.ts';
import { redact } from './pg-store.ts';

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
`;

/** A value in COPY's text format: backslash, tab and line breaks escaped, null as \N. */
function copyCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '\\N';
  return String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

function* copyRows(rows: Iterable<Array<string | number | null | undefined>>): Generator<string> {
  let chunk = '';
  for (const r of rows) {
    chunk += r.map(copyCell).join('\t') + '\n';
    if (chunk.length > 1 << 16) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

async function copyInto(c: pg.PoolClient, table: string, rows: Iterable<Array<string | number | null | undefined>>): Promise<void> {
  await pipeline(Readable.from(copyRows(rows)), c.query(copyFrom(`COPY ${table} FROM STDIN`)));
}

function* nodeRows(graph: KgGraph) {
  let ord = 0;
  for (const { node, attributes } of graph.nodeEntries()) yield [ord++, node, attributes.kind, attributes.label, JSON.stringify(attributes)];
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

async function connect(url: string): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    await pool.query(PG_GRAPH_SCHEMA);
  } catch (err) {
    await pool.end();
    throw new KgError('GRAPH_INVALID', `cannot use PostgreSQL at ${redact(url)} (${(err as Error).message}); check the URL and that the server runs`, { cause: err });
  }
  return pool;
}

/** Replaces the graph in the database with this one, in one transaction (readers see the old or the new). */
export async function loadGraphIntoPg(url: string, graph: KgGraph, digest: string): Promise<void> {
  const pool = await connect(url);
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    await c.query('TRUNCATE kg_evidence, kg_edges, kg_nodes, kg_articles');
    await copyInto(c, 'kg_nodes', nodeRows(graph));
    await copyInto(c, 'kg_edges', edgeRows(graph));
    await copyInto(c, 'kg_evidence', evidenceRows(graph));
    await copyInto(c, 'kg_articles', articleRows(graph));
    await c.query("INSERT INTO kg_settings VALUES ('graph', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [digest]);
    await c.query('COMMIT');
  } catch (err) {
    await c.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    c.release();
    await pool.end();
  }
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
