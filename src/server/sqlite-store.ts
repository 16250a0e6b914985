// The article store on SQLite (better-sqlite3, WAL): one row per posted article with its text, one per sentence
// and one per claim, and one per deleted base article; every change is one transaction, so no crash can leave a
// text without its article or an article without its claims.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ConflictError, KgError } from '../errors.ts';
import type { Claim } from '../extract/claims.ts';
import type { ArticleMeta } from '../graph/types.ts';
import { inSlices, SLICE_MS } from './slices.ts';
import type { ArticleStore, ReadSentence, StoreContents, StoredArticle } from './store.ts';
import { storeDdl } from './store-schema.ts';
import { paragraphsOf } from './stored-paragraphs.ts';

export const STORE_FILE = 'store.sqlite';
/** 2: sentences keep their paragraph (version 1 stores are migrated when opened). */
const SCHEMA_VERSION = 2;
/** Rows deleted per statement when a posted article is removed (a 1 MB article has 74,000). */
const DELETE_BATCH = 2000;

// The tables come from the schema both stores share (src/server/store-schema.ts); ids are unique without regard
// to case (COLLATE NOCASE), as they would be as file names on macOS or Windows.
const SCHEMA = storeDdl('sqlite');

/** Steps inside a write, for tests that crash the process at an exact point (see SqliteStoreOptions.fault). */
export type WriteStep = 'article-row' | 'sentences' | 'claims' | 'deleted-row';

export interface SqliteStoreOptions {
  /** called at each step inside a write's transaction; a test hook that may kill the process there */
  fault?: (step: WriteStep, id: string) => void;
}

export class SqliteStore implements ArticleStore {
  readonly location: string;
  private readonly db: Database.Database;
  private readonly fault: NonNullable<SqliteStoreOptions['fault']>;

  /** Opens (or creates) `dir/store.sqlite`. */
  constructor(dir: string, options: SqliteStoreOptions = {}) {
    mkdirSync(dir, { recursive: true });
    this.location = join(dir, STORE_FILE);
    this.fault = options.fault ?? (() => {});
    try {
      this.db = new Database(this.location);
      this.db.pragma('journal_mode = WAL');
      // FULL: a commit is on disk before the answer, so an acknowledged article survives a power cut too.
      this.db.pragma('synchronous = FULL');
      this.db.pragma('foreign_keys = ON');
      this.db.pragma('busy_timeout = 5000');
      const check = this.db.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(`integrity check failed: ${String(check)}`);
      this.db.exec(SCHEMA);
    } catch (err) {
      throw new KgError('GRAPH_INVALID', `store: cannot open ${this.location} (${(err as Error).message}); restore it from a backup or move it away to start empty`, { cause: err });
    }
    const version = this.setting('schema');
    if (version === undefined) this.db.prepare('INSERT INTO settings VALUES (?, ?)').run('schema', String(SCHEMA_VERSION));
    else if (version === '1') this.keepParagraphs();
    else if (version !== String(SCHEMA_VERSION)) {
      throw new KgError('GRAPH_INVALID', `store: ${this.location} has schema ${version}, this version reads ${SCHEMA_VERSION}; use a matching negotiation-kg`);
    }
  }

  /**
   * Schema 1 → 2, in one transaction (a crash leaves the store at 1, to be migrated at the next start): sentences
   * get a paragraph column, filled from each article's stored text; where the text no longer tells, it stays null.
   */
  private keepParagraphs(): void {
    this.db.transaction(() => {
      // Another server opening the same store may have migrated it while this one waited for the write lock.
      if (this.setting('schema') !== '1') return;
      this.db.exec('ALTER TABLE sentences ADD COLUMN paragraph INTEGER');
      const articles = this.db.prepare('SELECT seq, text FROM articles').all() as Array<{ seq: number; text: string }>;
      const textsOf = this.db.prepare('SELECT text FROM sentences WHERE article = ? ORDER BY idx').pluck();
      const set = this.db.prepare('UPDATE sentences SET paragraph = ? WHERE article = ? AND idx = ?');
      for (const { seq, text } of articles) {
        paragraphsOf(text, textsOf.all(seq) as string[])?.forEach((paragraph, idx) => set.run(paragraph, seq, idx));
      }
      this.db.prepare('UPDATE settings SET value = ? WHERE key = ?').run(String(SCHEMA_VERSION), 'schema');
    }).immediate();
  }

  private setting(key: string): string | undefined {
    return (this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  }

  /** True once a store was created here or migrated into it (the JSON store is carried over only when false). */
  get initialised(): boolean {
    return this.setting('base') !== undefined;
  }

  async load(): Promise<StoreContents> {
    const base = this.setting('base');
    const rows = this.db.prepare('SELECT seq, id, title, date, url FROM articles ORDER BY seq').all() as Array<{ seq: number } & Omit<ArticleMeta, 'sentences'>>;
    const claimsOf = this.db.prepare('SELECT claim FROM claims WHERE article = ? ORDER BY idx').pluck();
    const countOf = this.db.prepare('SELECT count(*) FROM sentences WHERE article = ?').pluck();
    const posted = rows.map(({ seq, ...meta }) => ({
      meta: { ...meta, sentences: countOf.get(seq) as number },
      claims: (claimsOf.all(seq) as string[]).map((c) => JSON.parse(c) as Claim),
    }));
    const deleted = this.db.prepare('SELECT id FROM deleted ORDER BY rowid').pluck().all() as string[];
    return { base: base === undefined || base === '' ? null : base, posted, deleted };
  }

  /**
   * One transaction, written in slices of a few milliseconds with other requests served in between (a 1 MB
   * article has 37,000 sentences and claims). Writes never overlap: the service runs them one at a time.
   */
  async addArticle(a: StoredArticle): Promise<void> {
    const existing = this.db.prepare('SELECT id FROM articles WHERE id = ?').pluck().get(a.meta.id) as string | undefined;
    if (existing !== undefined) throw new ConflictError(`article "${a.meta.id}" is already stored as "${existing}" (ids are unique without regard to case)`);
    this.db.exec('BEGIN IMMEDIATE');
    try {
      this.db.prepare('DELETE FROM deleted WHERE id = ?').run(a.meta.id);
      const { lastInsertRowid: seq } = this.db
        .prepare('INSERT INTO articles (id, title, date, url, text) VALUES (?, ?, ?, ?, ?)')
        .run(a.meta.id, a.meta.title, a.meta.date, a.meta.url, a.text);
      this.fault('article-row', a.meta.id);
      const sentence = this.db.prepare('INSERT INTO sentences (article, idx, text, paragraph) VALUES (?, ?, ?, ?)');
      await inSlices(a.sentences, (s, i) => sentence.run(seq, i, s.text, s.paragraph));
      this.fault('sentences', a.meta.id);
      const claim = this.db.prepare('INSERT INTO claims VALUES (?, ?, ?)');
      await inSlices(a.claims, (c, i) => claim.run(seq, i, JSON.stringify(c)));
      this.fault('claims', a.meta.id);
      this.db.exec('COMMIT');
    } catch (err) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw err;
    }
  }

  /** One transaction; a posted article's rows go a few thousand at a time, with other requests served between. */
  async deleteArticle(id: string, posted: boolean): Promise<void> {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      if (posted) {
        const seq = this.db.prepare('SELECT seq FROM articles WHERE id = ?').pluck().get(id) as number | undefined;
        if (seq !== undefined) {
          for (const table of ['sentences', 'claims']) {
            const last = this.db.prepare(`SELECT max(idx) FROM ${table} WHERE article = ?`).pluck().get(seq) as number | null;
            const range = this.db.prepare(`DELETE FROM ${table} WHERE article = ? AND idx >= ? AND idx < ?`);
            const starts = Array.from({ length: Math.ceil(((last ?? -1) + 1) / DELETE_BATCH) }, (_, k) => k * DELETE_BATCH);
            await inSlices(starts, (from) => range.run(seq, from, from + DELETE_BATCH), SLICE_MS);
          }
          this.db.prepare('DELETE FROM articles WHERE seq = ?').run(seq);
        }
      } else {
        this.db.prepare('INSERT OR IGNORE INTO deleted VALUES (?)').run(id);
      }
      this.fault('deleted-row', id);
      this.db.exec('COMMIT');
    } catch (err) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw err;
    }
  }

  async rebase(base: string | null, claims: Map<string, { meta: ArticleMeta; claims: Claim[] }>): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('INSERT OR REPLACE INTO settings VALUES (?, ?)').run('base', base ?? '');
      const seqOf = this.db.prepare('SELECT seq FROM articles WHERE id = ?').pluck();
      const insert = this.db.prepare('INSERT INTO claims VALUES (?, ?, ?)');
      for (const [id, c] of claims) {
        const seq = seqOf.get(id);
        if (seq === undefined) continue;
        this.db.prepare('DELETE FROM claims WHERE article = ?').run(seq);
        c.claims.forEach((claim, i) => insert.run(seq, i, JSON.stringify(claim)));
      }
    })();
  }

  /** Removes posted articles that could not be read again (their rows go with them). */
  async drop(ids: string[]): Promise<void> {
    const del = this.db.prepare('DELETE FROM articles WHERE id = ?');
    this.db.transaction(() => ids.forEach((id) => del.run(id)))();
  }

  async text(id: string): Promise<string | null> {
    return (this.db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(id) as string | undefined) ?? null;
  }

  async sentences(id: string, offset: number, limit: number): Promise<{ items: ReadSentence[]; total: number } | null> {
    const seq = this.db.prepare('SELECT seq FROM articles WHERE id = ?').pluck().get(id) as number | undefined;
    if (seq === undefined) return null;
    const total = this.db.prepare('SELECT count(*) FROM sentences WHERE article = ?').pluck().get(seq) as number;
    const items = this.db.prepare('SELECT text, paragraph FROM sentences WHERE article = ? AND idx >= ? ORDER BY idx LIMIT ?').all(seq, offset, limit) as ReadSentence[];
    return { items, total };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
