// The article store on PostgreSQL: the same rows as the SQLite store (posted articles with their text, sentences
// and claims, deleted base articles), each change one transaction, so several servers can share one database.
// Claims are json, not jsonb: json keeps their text as written, so answers stay byte for byte those of SQLite.
import pg from 'pg';
import { ConflictError, KgError } from '../errors.ts';
import type { Claim } from '../extract/claims.ts';
import type { ArticleMeta } from '../graph/types.ts';
import type { ArticleStore, ReadSentence, StoreContents, StoredArticle } from './store.ts';
import { paragraphsOf } from './stored-paragraphs.ts';

/** Rows per INSERT … SELECT unnest(…): one round trip per batch. */
const BATCH = 5000;

// Ids are unique without regard to case, as in the SQLite store (COLLATE NOCASE there, an index on lower(id) here).
export const PG_STORE_SCHEMA = `
CREATE TABLE IF NOT EXISTS kg_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS kg_posted (
  seq BIGSERIAL PRIMARY KEY, id TEXT NOT NULL, title TEXT NOT NULL, date TEXT NOT NULL, url TEXT NOT NULL, text TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS kg_posted_id ON kg_posted (lower(id));
CREATE TABLE IF NOT EXISTS kg_posted_sentences (
  article BIGINT NOT NULL REFERENCES kg_posted(seq) ON DELETE CASCADE, idx INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (article, idx)
);
-- Paragraphs came later: databases made before get the column (null until filled from the text, see open()).
ALTER TABLE kg_posted_sentences ADD COLUMN IF NOT EXISTS paragraph INTEGER;
CREATE TABLE IF NOT EXISTS kg_posted_claims (
  article BIGINT NOT NULL REFERENCES kg_posted(seq) ON DELETE CASCADE, idx INTEGER NOT NULL, claim JSON NOT NULL, PRIMARY KEY (article, idx)
);
CREATE TABLE IF NOT EXISTS kg_deleted (seq BIGSERIAL, id TEXT PRIMARY KEY);
`;

/** A connection string with the password hidden, for messages. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

export class PgStore implements ArticleStore {
  readonly location: string;
  private constructor(private readonly pool: pg.Pool, url: string) {
    this.location = redact(url);
  }

  static async open(url: string): Promise<PgStore> {
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    try {
      await pool.query(PG_STORE_SCHEMA);
      await fillParagraphs(pool);
    } catch (err) {
      await pool.end();
      throw new KgError('GRAPH_INVALID', `store: cannot open PostgreSQL at ${redact(url)} (${(err as Error).message}); check the URL and that the server runs`, { cause: err });
    }
    return new PgStore(pool, url);
  }

  private async transaction<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }

  async load(): Promise<StoreContents> {
    const base = (await this.pool.query<{ value: string }>("SELECT value FROM kg_settings WHERE key = 'base'")).rows[0]?.value;
    const articles = await this.pool.query<{ seq: string; id: string; title: string; date: string; url: string; sentences: string }>(
      'SELECT seq, id, title, date, url, (SELECT count(*) FROM kg_posted_sentences s WHERE s.article = a.seq) AS sentences FROM kg_posted a ORDER BY seq',
    );
    const claims = await this.pool.query<{ article: string; claim: Claim }>('SELECT article, claim FROM kg_posted_claims ORDER BY article, idx');
    const bySeq = new Map<string, Claim[]>();
    for (const r of claims.rows) {
      if (!bySeq.has(r.article)) bySeq.set(r.article, []);
      bySeq.get(r.article)!.push(r.claim);
    }
    const posted = articles.rows.map((r) => ({
      meta: { id: r.id, title: r.title, date: r.date, url: r.url, sentences: Number(r.sentences) },
      claims: bySeq.get(r.seq) ?? [],
    }));
    const deleted = (await this.pool.query<{ id: string }>('SELECT id FROM kg_deleted ORDER BY seq')).rows.map((r) => r.id);
    return { base: base === undefined || base === '' ? null : base, posted, deleted };
  }

  async addArticle(a: StoredArticle): Promise<void> {
    await this.transaction(async (c) => {
      const existing = (await c.query<{ id: string }>('SELECT id FROM kg_posted WHERE lower(id) = lower($1)', [a.meta.id])).rows[0];
      if (existing) throw new ConflictError(`article "${a.meta.id}" is already stored as "${existing.id}" (ids are unique without regard to case)`);
      await c.query('DELETE FROM kg_deleted WHERE id = $1', [a.meta.id]);
      const { rows } = await c.query<{ seq: string }>('INSERT INTO kg_posted (id, title, date, url, text) VALUES ($1, $2, $3, $4, $5) RETURNING seq', [
        a.meta.id, a.meta.title, a.meta.date, a.meta.url, a.text,
      ]);
      const seq = rows[0]!.seq;
      for (let from = 0; from < a.sentences.length; from += BATCH) {
        const slice = a.sentences.slice(from, from + BATCH);
        await c.query('INSERT INTO kg_posted_sentences (article, idx, text, paragraph) SELECT $1, * FROM unnest($2::int[], $3::text[], $4::int[])', [
          seq, slice.map((_, k) => from + k), slice.map((s) => s.text), slice.map((s) => s.paragraph),
        ]);
      }
      await insertRows(c, 'INSERT INTO kg_posted_claims SELECT $1, i, c::json FROM unnest($2::int[], $3::text[]) AS u(i, c)', seq, a.claims.map((x) => JSON.stringify(x)));
    });
  }

  async deleteArticle(id: string, posted: boolean): Promise<void> {
    await this.transaction(async (c) => {
      if (posted) await c.query('DELETE FROM kg_posted WHERE id = $1', [id]);
      else await c.query('INSERT INTO kg_deleted (id) VALUES ($1) ON CONFLICT DO NOTHING', [id]);
    });
  }

  async rebase(base: string | null, claims: Map<string, { meta: ArticleMeta; claims: Claim[] }>): Promise<void> {
    await this.transaction(async (c) => {
      await c.query("INSERT INTO kg_settings VALUES ('base', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [base ?? '']);
      for (const [id, x] of claims) {
        const seq = (await c.query<{ seq: string }>('SELECT seq FROM kg_posted WHERE id = $1', [id])).rows[0]?.seq;
        if (seq === undefined) continue;
        await c.query('DELETE FROM kg_posted_claims WHERE article = $1', [seq]);
        await insertRows(c, 'INSERT INTO kg_posted_claims SELECT $1, i, c::json FROM unnest($2::int[], $3::text[]) AS u(i, c)', seq, x.claims.map((k) => JSON.stringify(k)));
      }
    });
  }

  async drop(ids: string[]): Promise<void> {
    if (ids.length) await this.pool.query('DELETE FROM kg_posted WHERE id = ANY($1::text[])', [ids]);
  }

  async text(id: string): Promise<string | null> {
    return (await this.pool.query<{ text: string }>('SELECT text FROM kg_posted WHERE id = $1', [id])).rows[0]?.text ?? null;
  }

  async sentences(id: string, offset: number, limit: number): Promise<{ items: ReadSentence[]; total: number } | null> {
    const seq = (await this.pool.query<{ seq: string }>('SELECT seq FROM kg_posted WHERE id = $1', [id])).rows[0]?.seq;
    if (seq === undefined) return null;
    const total = Number((await this.pool.query<{ n: string }>('SELECT count(*) AS n FROM kg_posted_sentences WHERE article = $1', [seq])).rows[0]!.n);
    const items = (await this.pool.query<ReadSentence>('SELECT text, paragraph FROM kg_posted_sentences WHERE article = $1 AND idx >= $2 ORDER BY idx LIMIT $3', [seq, offset, limit])).rows;
    return { items, total };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/**
 * Fills the paragraphs of sentences stored before they were kept, from each article's text, one transaction per
 * article; sentences whose text no longer tells stay null (the reader then shows them without breaks).
 */
async function fillParagraphs(pool: pg.Pool): Promise<void> {
  const { rows } = await pool.query<{ article: string }>('SELECT DISTINCT article FROM kg_posted_sentences WHERE paragraph IS NULL');
  for (const { article } of rows) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const text = (await client.query<{ text: string }>('SELECT text FROM kg_posted WHERE seq = $1', [article])).rows[0]?.text;
      const sentences = (await client.query<{ text: string }>('SELECT text FROM kg_posted_sentences WHERE article = $1 ORDER BY idx', [article])).rows;
      const paragraphs = text === undefined ? null : paragraphsOf(text, sentences.map((s) => s.text));
      if (paragraphs) {
        await client.query(
          'UPDATE kg_posted_sentences s SET paragraph = u.p FROM unnest($2::int[]) WITH ORDINALITY AS u(p, n) WHERE s.article = $1 AND s.idx = u.n - 1',
          [article, paragraphs],
        );
      }
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }
}

/** Inserts `values` (with their index) in batches through one parameterised unnest statement. */
async function insertRows(c: pg.PoolClient, sql: string, seq: string, values: string[]): Promise<void> {
  for (let from = 0; from < values.length; from += BATCH) {
    const slice = values.slice(from, from + BATCH);
    await c.query(sql, [seq, slice.map((_, k) => from + k), slice]);
  }
}
