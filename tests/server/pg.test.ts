// PostgreSQL for many analysts, against a real server (Debian's postgresql, started on a temp folder and port):
// the article store keeps the SQLite store's contract, `kg load --db` and `kg serve --db` serve what `kg serve
// --graph` serves, and a posted article lands in the database where a second server replica finds it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { ArticleDetailResponse } from '../../src/server/api-types.ts';
import { PgStore } from '../../src/server/pg-store.ts';
import { SqliteStore, STORE_FILE } from '../../src/server/sqlite-store.ts';
import type { ArticleStore, StoredArticle } from '../../src/server/store.ts';
import { ARTICLES, CLAIMS, ON_CI, sampleGraph } from '../_helpers.ts';
import { buildGraph } from '../../src/graph/build.ts';
import { freshDatabase, postgresBin, startPostgres, type TestPostgres } from '../_postgres.ts';
import { ruleExtractor } from './_server.ts';

const KG = fileURLToPath(new URL('../../bin/kg.mjs', import.meta.url));
// On CI PostgreSQL must be there (.ci/run installs it): a missing one fails there instead of skipping.
const available = postgresBin() !== null || ON_CI;

let server: TestPostgres;
const freshDb = () => freshDatabase(server);

beforeAll(async () => {
  if (available) server = await startPostgres();
}, 120_000);
afterAll(() => server?.stop());

function article(id: string, sentences = ['Iran demands talks.']): StoredArticle {
  const claims = ruleExtractor({ id, title: 't', date: '2024-01-02', url: 'u', paragraphs: sentences.map((text, i) => ({ line: 4 + i, text })) }).claims;
  return { meta: { id, title: `Title of ${id}`, date: '2024-01-02', url: `https://example.org/${id}`, sentences: sentences.length }, text: sentences.join('\n'), sentences: sentences.map((text, paragraph) => ({ text, paragraph })), claims };
}

const opened: ArticleStore[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

const STORES: Array<[string, () => Promise<ArticleStore>]> = [
  ['SqliteStore', async () => new SqliteStore(mkdtempSync(join(tmpdir(), 'kg-store-')))],
  ['PgStore', async () => PgStore.open(await freshDb())],
];

describe.skipIf(!available).each(STORES)('%s', (_name, make) => {
  async function open(): Promise<ArticleStore> {
    const s = await make();
    opened.push(s);
    return s;
  }

  test('loads posted articles in order with their claims, and deleted base articles', async () => {
    const store = await open();
    await store.addArticle(article('a1'));
    await store.addArticle(article('a2', ['Iran demands talks.', 'Russia rejects sanctions.']));
    await store.deleteArticle('base1', false);
    const { posted, deleted, base } = await store.load();
    expect(posted.map((p) => [p.meta.id, p.meta.sentences, p.claims.length])).toEqual([['a1', 1, 1], ['a2', 2, 2]]);
    expect(posted[1]!.claims).toEqual(article('a2', ['Iran demands talks.', 'Russia rejects sanctions.']).claims);
    expect(deleted).toEqual(['base1']);
    expect(base).toBeNull();
  });

  test('should refuse an id that differs only in case from a stored one', async () => {
    const store = await open();
    await store.addArticle(article('Story'));
    await expect(store.addArticle(article('story'))).rejects.toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect((await store.load()).posted).toHaveLength(1);
  });

  test('removes a posted article with its text and sentences', async () => {
    const store = await open();
    await store.addArticle(article('gone'));
    await store.deleteArticle('gone', true);
    expect([await store.text('gone'), await store.sentences('gone', 0, 10), (await store.load()).posted]).toEqual([null, null, []]);
  });

  test('pages sentences and keeps the text', async () => {
    const store = await open();
    const a = article('paged', ['One demands a.', 'Two demands b.', 'Three demands c.']);
    await store.addArticle(a);
    expect(await store.sentences('paged', 1, 1)).toEqual({ items: [{ text: 'Two demands b.', paragraph: 1 }], total: 3 });
    expect(await store.text('paged')).toBe(a.text);
  });

  test('records a new base with the claims extracted again, and drops articles', async () => {
    const store = await open();
    await store.addArticle(article('kept'));
    await store.addArticle(article('dropped'));
    const again = article('kept', ['Russia rejects sanctions.']);
    await store.rebase('digest-2', new Map([['kept', { meta: again.meta, claims: again.claims }]]));
    await store.drop(['dropped']);
    const { base, posted } = await store.load();
    expect(base).toBe('digest-2');
    expect(posted.map((p) => [p.meta.id, p.claims.map((c) => c.relation)])).toEqual([['kept', ['rejects']]]);
  });
});

// Stores written by versions before paragraphs were kept (issue 12): the tables as they were then.
const OLD_SQLITE = `
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE articles (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE COLLATE NOCASE, title TEXT NOT NULL, date TEXT NOT NULL, url TEXT NOT NULL, text TEXT NOT NULL);
CREATE TABLE sentences (article INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE, idx INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (article, idx)) WITHOUT ROWID;
CREATE TABLE claims (article INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE, idx INTEGER NOT NULL, claim TEXT NOT NULL, PRIMARY KEY (article, idx)) WITHOUT ROWID;
CREATE TABLE deleted (id TEXT PRIMARY KEY);
INSERT INTO settings VALUES ('schema', '1'), ('base', '');
`;
const OLD_PG = `
CREATE TABLE kg_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE kg_posted (seq BIGSERIAL PRIMARY KEY, id TEXT NOT NULL, title TEXT NOT NULL, date TEXT NOT NULL, url TEXT NOT NULL, text TEXT NOT NULL);
CREATE UNIQUE INDEX kg_posted_id ON kg_posted (lower(id));
CREATE TABLE kg_posted_sentences (article BIGINT NOT NULL REFERENCES kg_posted(seq) ON DELETE CASCADE, idx INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (article, idx));
CREATE TABLE kg_posted_claims (article BIGINT NOT NULL REFERENCES kg_posted(seq) ON DELETE CASCADE, idx INTEGER NOT NULL, claim JSON NOT NULL, PRIMARY KEY (article, idx));
CREATE TABLE kg_deleted (seq BIGSERIAL, id TEXT PRIMARY KEY);
`;
const TWO_PARAGRAPHS = 'Talks\n20240102\nhttps://example.org/talks\nIran demands talks. Russia rejects sanctions.\nThe EU offers aid.';
/** Old rows: an article whose text still tells its paragraphs, and one whose text no longer parses. */
const OLD_ROWS: Array<[string, string, string[]]> = [
  ['talks', TWO_PARAGRAPHS, ['Iran demands talks.', 'Russia rejects sanctions.', 'The EU offers aid.']],
  ['mangled', 'no date line', ['Iran demands talks.']],
];
const OLD_CLAIM = JSON.stringify(article('x').claims[0]);

async function oldSqlite(): Promise<ArticleStore> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-old-store-'));
  const db = new Database(join(dir, STORE_FILE));
  db.exec(OLD_SQLITE);
  OLD_ROWS.forEach(([id, text, sentences], k) => {
    db.prepare('INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?)').run(k + 1, id, id, '2024-01-02', 'https://example.org', text);
    sentences.forEach((t, i) => db.prepare('INSERT INTO sentences VALUES (?, ?, ?)').run(k + 1, i, t));
    db.prepare('INSERT INTO claims VALUES (?, 0, ?)').run(k + 1, OLD_CLAIM);
  });
  db.close();
  return new SqliteStore(dir);
}

async function oldPg(): Promise<ArticleStore> {
  const url = await freshDb();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(OLD_PG);
  for (const [k, [id, text, sentences]] of OLD_ROWS.entries()) {
    await client.query('INSERT INTO kg_posted VALUES ($1, $2, $2, $3, $4, $5)', [k + 1, id, '2024-01-02', 'https://example.org', text]);
    for (const [i, t] of sentences.entries()) await client.query('INSERT INTO kg_posted_sentences VALUES ($1, $2, $3)', [k + 1, i, t]);
    await client.query('INSERT INTO kg_posted_claims VALUES ($1, 0, $2)', [k + 1, OLD_CLAIM]);
  }
  await client.query("SELECT setval('kg_posted_seq_seq', 2)");
  await client.end();
  return PgStore.open(url);
}

describe.skipIf(!available).each([
  ['SqliteStore', oldSqlite],
  ['PgStore', oldPg],
] as const)('%s opened on a store written before paragraphs were kept', (_name, make) => {
  async function open(): Promise<ArticleStore> {
    const s = await make();
    opened.push(s);
    return s;
  }

  test('finds each sentence\'s paragraph in the stored text', async () => {
    const store = await open();
    expect((await store.sentences('talks', 0, 10))!.items.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  test('keeps every article, sentence and claim', async () => {
    const store = await open();
    const { posted } = await store.load();
    expect(posted.map((p) => [p.meta.id, p.meta.sentences, p.claims.length])).toEqual([['talks', 3, 1], ['mangled', 1, 1]]);
    expect(await store.text('talks')).toBe(TWO_PARAGRAPHS);
  });

  test('leaves the paragraph unknown where the text no longer tells', async () => {
    const store = await open();
    expect(await store.sentences('mangled', 0, 10)).toEqual({ items: [{ text: 'Iran demands talks.', paragraph: null }], total: 1 });
  });

  test('stores new articles after the old ones', async () => {
    const store = await open();
    await store.addArticle(article('fresh', ['Iran demands talks.', 'Russia rejects sanctions.']));
    expect((await store.sentences('fresh', 0, 10))!.items.map((s) => s.paragraph)).toEqual([0, 1]);
  });
});

describe.skipIf(!available)('PgStore.changes', () => {
  test('should hand one replica the posts and deletes another committed, oldest first, and not its own', async () => {
    const db = await freshDb();
    const [a, b] = [await PgStore.open(db), await PgStore.open(db)];
    opened.push(a, b);
    await Promise.all([a.load(), b.load()]);
    await a.addArticle(article('p1', ['Iran demands talks.', 'Russia rejects sanctions.']));
    await a.deleteArticle('base1', false);
    await b.addArticle(article('p2'));
    expect(await b.changes()).toEqual([
      { op: 'post', meta: { ...article('p1').meta, sentences: 2 }, claims: article('p1', ['Iran demands talks.', 'Russia rejects sanctions.']).claims },
      { op: 'delete', id: 'base1' },
    ]);
    expect(await b.changes()).toEqual([]);
    expect((await a.changes()).map((c) => c.op === 'post' && c.meta.id)).toEqual(['p2']);
  });
});

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGKILL');
});

function serve(args: string[]): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [KG, 'serve', ...args], { env: { ...process.env, LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'] });
    running.push(child);
    let out = '';
    let err = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /serving .* at http:\/\/localhost:(\d+)/.exec(out);
      if (m) resolve({ url: `http://127.0.0.1:${m[1]}`, child });
    });
    child.stderr!.on('data', (d) => (err += d));
    child.on('exit', (code) => reject(new Error(`kg serve exited with ${code}: ${err}${out}`)));
  });
}

const json = async (url: string) => (await fetch(url)).json();

describe.skipIf(!available)('kg load --db, kg serve --db', () => {
  let graphFile: string;
  let db: string;
  beforeAll(async () => {
    graphFile = join(mkdtempSync(join(tmpdir(), 'kg-pg-cli-')), 'graph.json');
    writeFileSync(graphFile, JSON.stringify(sampleGraph().export()));
    db = await freshDb();
    const r = spawnSync(process.execPath, [KG, 'load', '--db', db, '--graph', graphFile], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
  }, 120_000);

  test.for(['/api/graph', '/api/nodes/actor:russia', '/api/nodes/actor:russia/neighbors?depth=2', '/api/stats', '/api/actors/actor:russia/positions', '/api/nodes?q=ryab'])(
    'answers %s as the server of the graph file does',
    { timeout: 60_000 },
    async (path) => {
      const fromFile = await serve(['--graph', graphFile, '--store', mkdtempSync(join(tmpdir(), 'kg-pg-store-')), '--port', '0']);
      const fromDb = await serve(['--db', db, '--port', '0']);
      expect(await json(fromDb.url + path)).toEqual(await json(fromFile.url + path));
    },
  );

  test('keeps a posted article in the database, where another replica finds it', { timeout: 60_000 }, async () => {
    const replicaDb = await freshDb();
    expect(spawnSync(process.execPath, [KG, 'load', '--db', replicaDb, '--graph', graphFile, '--quiet']).status).toBe(0);
    const first = await serve(['--db', replicaDb, '--port', '0']);
    const text = readFileSync(fileURLToPath(new URL('../../graph-data/articles/20250314_8010842.txt', import.meta.url)), 'utf8');
    const res = await fetch(`${first.url}/api/articles?id=posted1`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: text });
    expect(res.status).toBe(201);
    const second = await serve(['--db', replicaDb, '--port', '0']);
    const detail = (await json(`${second.url}/api/articles/posted1`)) as ArticleDetailResponse;
    expect([detail.article.id, detail.sentencesFrom, detail.edges.total > 0]).toEqual(['posted1', 'text', true]);
    const rows = await new pg.Client({ connectionString: replicaDb });
    await rows.connect();
    expect(Number((await rows.query('SELECT count(*) AS n FROM kg_posted_sentences')).rows[0].n)).toBeGreaterThan(5);
    await rows.end();
  });

  /** Polls until `check` holds (another replica applies a change when PostgreSQL notifies it, not at once). */
  async function eventually(check: () => Promise<boolean>, ms = 15_000): Promise<void> {
    const until = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > until) throw new Error(`not within ${ms} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  test('should show a post through one running replica on another, and a delete through that one back on the first', { timeout: 90_000 }, async () => {
    const shared = await freshDb();
    expect(spawnSync(process.execPath, [KG, 'load', '--db', shared, '--graph', graphFile, '--quiet']).status).toBe(0);
    const [a, b] = await Promise.all([serve(['--db', shared, '--port', '0']), serve(['--db', shared, '--port', '0'])]);
    const text = 'Talks in Astana\n20240301\nhttps://example.org/astana\nKazakhstan demanded a grain corridor from Russia.\n';
    const posted = await fetch(`${a.url}/api/articles?id=astana`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: text });
    expect(posted.status).toBe(201);
    await eventually(async () => (await fetch(`${b.url}/api/articles/astana`)).status === 200);
    // Its nodes too, found by search (the name index holds only the loaded graph: the replica adds what was posted).
    expect(((await json(`${b.url}/api/nodes?q=kazakh`)) as { items: Array<{ key: string }> }).items.map((h) => h.key)).toContain('actor:kazakhstan');
    expect(await json(`${b.url}/api/stats`)).toEqual(await json(`${a.url}/api/stats`));
    expect((await fetch(`${b.url}/api/articles/astana`, { method: 'DELETE' })).status).toBe(200);
    expect((await fetch(`${b.url}/api/articles/geneva`, { method: 'DELETE' })).status).toBe(200);
    await eventually(async () => (await fetch(`${a.url}/api/articles/astana`)).status === 404 && (await fetch(`${a.url}/api/articles/geneva`)).status === 404);
    expect(await json(`${a.url}/api/graph`)).toEqual(await json(`${b.url}/api/graph`));
  });

  test('should serve the graph a new kg load puts in the database without restart', { timeout: 90_000 }, async () => {
    const shared = await freshDb();
    expect(spawnSync(process.execPath, [KG, 'load', '--db', shared, '--graph', graphFile, '--quiet']).status).toBe(0);
    const replica = await serve(['--db', shared, '--port', '0']);
    expect(((await json(`${replica.url}/api/articles`)) as { total: number }).total).toBe(2);
    const genevaOnly = join(mkdtempSync(join(tmpdir(), 'kg-pg-reload-')), 'graph.json');
    writeFileSync(genevaOnly, JSON.stringify(buildGraph([{ meta: ARTICLES.geneva!, claims: CLAIMS.geneva! }]).export()));
    expect(spawnSync(process.execPath, [KG, 'load', '--db', shared, '--graph', genevaOnly, '--quiet']).status).toBe(0);
    await eventually(async () => ((await json(`${replica.url}/api/articles`)) as { total: number }).total === 1);
  });

  test('should exit 2 when given both --graph and --db', () => {
    const r = spawnSync(process.execPath, [KG, 'serve', '--graph', graphFile, '--db', db, '--port', '0'], { encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not both/);
  });
});
