// The article store on PostgreSQL: the same rows as the SQLite store (posted articles with their text, sentences
// and claims, deleted base articles), each change one transaction, so several servers can share one database.
// Claims are json, not jsonb: json keeps their text as written, so answers stay byte for byte those of SQLite.
// Every post and delete also appends to kg_changes and notifies the channel kg_changes: other replicas read the
// log from where they are and apply what they have not seen (src/server/graph-service.ts sync()).
import pg from 'pg';
import { applySchema } from './pg-schema.ts';
import { ConflictError, KgError } from '../errors.ts';
import type { Claim } from '../extract/claims.ts';
import type { ArticleMeta } from '../graph/types.ts';
import type { ArticleStore, ReadSentence, RemoteChange, StoreContents, StoredArticle } from './store.ts';
import { storeDdl } from './store-schema.ts';
import { paragraphsOf } from './stored-paragraphs.ts';

/** Serialises rebases of one database (pg_advisory_xact_lock). */
const REBASE_LOCK = 7_243_912;

/** Rows per INSERT … SELECT unnest(…): one round trip per batch. */
const BATCH = 5000;

// The tables come from the schema both stores share (src/server/store-schema.ts): ids unique without regard to case
// (an index on lower(id) here), and kg_changes, the log replicas read each other's writes from.
// Sentences' paragraphs came later: databases made before get the column (null until filled from the text, see
// fillParagraphs).
export const PG_STORE_SCHEMA = `${storeDdl('postgres')}
ALTER TABLE kg_posted_sentences ADD COLUMN IF NOT EXISTS paragraph INTEGER;`;

/** The channel writes notify and replicas listen on; the payload is the change's seq, or "graph" after kg load. */
export const CHANGES_CHANNEL = 'kg_changes';

/** A connection string with the password hidden, for messages. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

export class PgStore implements ArticleStore {
  readonly location: string;
  /** the last change in kg_changes this process has applied (its own or read by changes()) */
  private cursor = '0';
  /** changes this process wrote, which changes() must not hand back */
  private readonly own = new Set<string>();
  private constructor(private readonly pool: pg.Pool, private readonly url: string) {
    this.location = redact(url);
  }

  static async open(url: string): Promise<PgStore> {
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    try {
      await applySchema(pool, PG_STORE_SCHEMA);
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
    // One snapshot, with the change log's end in it: changes() starts exactly after what this returns.
    return this.transaction(async (c) => {
      await c.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      this.cursor = (await c.query<{ seq: string }>('SELECT coalesce(max(seq), 0) AS seq FROM kg_changes')).rows[0]!.seq;
      const base = (await c.query<{ value: string }>("SELECT value FROM kg_settings WHERE key = 'base'")).rows[0]?.value;
      const articles = await c.query<{ seq: string; id: string; title: string; date: string; url: string; sentences: string }>(
        'SELECT seq, id, title, date, url, (SELECT count(*) FROM kg_posted_sentences s WHERE s.article = a.seq) AS sentences FROM kg_posted a ORDER BY seq',
      );
      const claims = await c.query<{ article: string; claim: Claim }>('SELECT article, claim FROM kg_posted_claims ORDER BY article, idx');
      const bySeq = new Map<string, Claim[]>();
      for (const r of claims.rows) {
        if (!bySeq.has(r.article)) bySeq.set(r.article, []);
        bySeq.get(r.article)!.push(r.claim);
      }
      const posted = articles.rows.map((r) => ({
        meta: { id: r.id, title: r.title, date: r.date, url: r.url, sentences: Number(r.sentences) },
        claims: bySeq.get(r.seq) ?? [],
      }));
      const deleted = (await c.query<{ id: string }>('SELECT id FROM kg_deleted ORDER BY seq')).rows.map((r) => r.id);
      return { base: base === undefined || base === '' ? null : base, posted, deleted };
    });
  }

  /**
   * Appends a change to the log as the transaction's last step. The lock orders writers, so changes commit in seq
   * order and a reader past seq N never finds a smaller one committed later; it is held only until COMMIT.
   */
  private async logChange(c: pg.PoolClient, op: 'post' | 'delete', id: string): Promise<string> {
    await c.query('LOCK TABLE kg_changes IN EXCLUSIVE MODE');
    const seq = (await c.query<{ seq: string }>('INSERT INTO kg_changes (op, id) VALUES ($1, $2) RETURNING seq', [op, id])).rows[0]!.seq;
    await c.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, seq]);
    return seq;
  }

  /** Posts and deletes other processes committed since load() or the last call, oldest first. */
  async changes(): Promise<RemoteChange[]> {
    const log = await this.pool.query<{ seq: string; op: 'post' | 'delete'; id: string }>('SELECT seq, op, id FROM kg_changes WHERE seq > $1 ORDER BY seq', [this.cursor]);
    const out: RemoteChange[] = [];
    for (const { op, id, seq } of log.rows) {
      if (this.own.has(seq)) continue;
      if (op === 'delete') {
        out.push({ op, id });
        continue;
      }
      const article = await this.posted(id);
      // Deleted again since: the log's delete that follows says so, and there is nothing to add.
      if (article) out.push({ op, ...article });
    }
    // Only once every article was read: a failed read leaves the cursor, and the next call reads them again.
    for (const { seq } of log.rows) {
      this.cursor = seq;
      this.own.delete(seq);
    }
    return out;
  }

  private async posted(id: string): Promise<{ meta: ArticleMeta; claims: Claim[] } | null> {
    const row = (
      await this.pool.query<{ seq: string; id: string; title: string; date: string; url: string; sentences: string }>(
        'SELECT seq, id, title, date, url, (SELECT count(*) FROM kg_posted_sentences s WHERE s.article = a.seq) AS sentences FROM kg_posted a WHERE id = $1',
        [id],
      )
    ).rows[0];
    if (!row) return null;
    const claims = (await this.pool.query<{ claim: Claim }>('SELECT claim FROM kg_posted_claims WHERE article = $1 ORDER BY idx', [row.seq])).rows.map((r) => r.claim);
    return { meta: { id: row.id, title: row.title, date: row.date, url: row.url, sentences: Number(row.sentences) }, claims };
  }

  /**
   * Listens for other processes' changes: onChange on each notification and once listening (what was committed
   * before is caught up), onGraph when `kg load` replaced the graph. A lost connection is reported and reopened.
   */
  async watch(handlers: { onChange: () => void; onGraph: () => void; onError: (err: Error) => void }): Promise<() => Promise<void>> {
    let client: pg.Client | null = null;
    let stopped = false;
    let retry: NodeJS.Timeout | undefined;
    // Once a second until it listens again (the database may be restarting).
    const retryLater = (): void => {
      if (stopped || retry) return;
      retry = setTimeout(() => {
        retry = undefined;
        listen().catch((err: Error) => {
          handlers.onError(err);
          retryLater();
        });
      }, 1000);
    };
    const listen = async (): Promise<void> => {
      const c = new pg.Client({ connectionString: this.url });
      c.on('notification', (n) => (n.payload === 'graph' ? handlers.onGraph() : handlers.onChange()));
      c.on('error', (err) => {
        handlers.onError(err);
        c.end().catch(() => {});
        retryLater();
      });
      try {
        await c.connect();
        await c.query(`LISTEN ${CHANGES_CHANNEL}`);
      } catch (err) {
        await c.end().catch(() => {});
        throw err;
      }
      client = c;
      handlers.onChange();
    };
    await listen();
    return async () => {
      stopped = true;
      clearTimeout(retry);
      await client?.end().catch(() => {});
    };
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
      return this.logChange(c, 'post', a.meta.id);
    }).then((seq) => void this.own.add(seq));
  }

  async deleteArticle(id: string, posted: boolean): Promise<void> {
    await this.transaction(async (c) => {
      if (posted) await c.query('DELETE FROM kg_posted WHERE id = $1', [id]);
      else await c.query('INSERT INTO kg_deleted (id) VALUES ($1) ON CONFLICT DO NOTHING', [id]);
      return this.logChange(c, 'delete', id);
    }).then((seq) => void this.own.add(seq));
  }

  async rebase(base: string | null, claims: Map<string, { meta: ArticleMeta; claims: Claim[] }>): Promise<void> {
    await this.transaction(async (c) => {
      // Replicas reloading a new graph together rebase together: one after the other, each replacing the last's rows
      // (unserialised, the second's DELETE would miss the first's new rows and its INSERT collide with them).
      await c.query('SELECT pg_advisory_xact_lock($1)', [REBASE_LOCK]);
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
