// One schema for both article stores (src/server/store-schema.ts): the tables SQLite and PostgreSQL hold are the
// declared ones, column for column, and a store file written by the schema as first shipped still opens.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PgStore } from '../../src/server/pg-store.ts';
import { SqliteStore, STORE_FILE } from '../../src/server/sqlite-store.ts';
import { tablesFor } from '../../src/server/store-schema.ts';
import { ON_CI } from '../_helpers.ts';
import { freshDatabase, postgresBin, startPostgres, type TestPostgres } from '../_postgres.ts';

const declared = (dialect: 'sqlite' | 'postgres') => Object.fromEntries(tablesFor(dialect).map((t) => [t.name, t.columns.map((c) => c.name)]));

describe('storeDdl', () => {
  test('should give the SQLite store exactly the declared tables and columns', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-schema-'));
    new SqliteStore(dir).close();
    const db = new Database(join(dir, STORE_FILE), { readonly: true });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid").pluck().all() as string[];
    const live = Object.fromEntries(tables.map((t) => [t, (db.pragma(`table_info(${t})`) as Array<{ name: string }>).map((c) => c.name)]));
    db.close();
    expect(live).toEqual(declared('sqlite'));
  });

  test('should open a store file written by the first shipped schema, with its rows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-schema-v1-'));
    const db = new Database(join(dir, STORE_FILE));
    db.exec(`CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);
      CREATE TABLE articles (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE COLLATE NOCASE, title TEXT NOT NULL, date TEXT NOT NULL, url TEXT NOT NULL, text TEXT NOT NULL);
      CREATE TABLE sentences (article INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE, idx INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (article, idx)) WITHOUT ROWID;
      CREATE TABLE claims (article INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE, idx INTEGER NOT NULL, claim TEXT NOT NULL, PRIMARY KEY (article, idx)) WITHOUT ROWID;
      CREATE TABLE deleted (id TEXT PRIMARY KEY);
      INSERT INTO settings VALUES ('schema', '1'), ('base', '');
      INSERT INTO articles (id, title, date, url, text) VALUES ('old', 'Old', '2024-01-02', 'u', 'Iran demands talks.');
      INSERT INTO sentences VALUES (1, 0, 'Iran demands talks.');
      INSERT INTO deleted VALUES ('gone');`);
    db.close();
    const store = new SqliteStore(dir);
    const { posted, deleted } = await store.load();
    await store.close();
    expect([posted.map((p) => [p.meta.id, p.meta.sentences]), deleted]).toEqual([[['old', 1]], ['gone']]);
  });
});

const available = postgresBin() !== null || ON_CI;

describe.skipIf(!available)('storeDdl on PostgreSQL', () => {
  let server: TestPostgres;
  beforeAll(async () => {
    server = await startPostgres();
  }, 120_000);
  afterAll(() => server?.stop());

  test('should give the PostgreSQL store exactly the declared tables and columns', async () => {
    const url = await freshDatabase(server);
    await (await PgStore.open(url)).close();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const { rows } = await c.query<{ table_name: string; column_name: string }>(
      "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position",
    );
    await c.end();
    const live: Record<string, string[]> = {};
    for (const r of rows) (live[r.table_name] ??= []).push(r.column_name);
    expect(live).toEqual(declared('postgres'));
  });
});
