// Replicas sharing one PostgreSQL (src/server/pg-store.ts changes/watch, GraphService sync), in process against a
// real server: a replica that loses the connection it listens on reconnects and catches up on what it missed.
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { GraphService, digestOf } from '../../src/server/graph-service.ts';
import { loadGraphIntoPg, readGraphFromPg } from '../../src/server/pg-graph.ts';
import { PgStore } from '../../src/server/pg-store.ts';
import { ON_CI, sampleGraph } from '../_helpers.ts';
import { freshDatabase, postgresBin, startPostgres, type TestPostgres } from '../_postgres.ts';
import { articleText, ruleExtractor } from './_server.ts';

const available = postgresBin() !== null || ON_CI;

async function eventually(check: () => boolean, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.skipIf(!available)('GraphService over a shared PgStore', () => {
  let server: TestPostgres;
  const services: GraphService[] = [];
  beforeAll(async () => {
    server = await startPostgres();
  }, 120_000);
  afterEach(async () => {
    await Promise.all(services.splice(0).map((s) => s.close()));
  });
  afterAll(() => server?.stop());

  async function replicas(db: string, warnings: string[] = []): Promise<[GraphService, GraphService]> {
    const open = async () => {
      const s = await GraphService.open({
        store: await PgStore.open(db),
        base: { ...(await readGraphFromPg(db))!, owned: true },
        reloadBase: () => readGraphFromPg(db),
        extract: ruleExtractor,
        warn: (m) => warnings.push(m),
      });
      services.push(s);
      return s;
    };
    return [await open(), await open()];
  }

  async function sharedDb(): Promise<string> {
    const db = await freshDatabase(server);
    const base = sampleGraph();
    await loadGraphIntoPg(db, base, digestOf(JSON.stringify(base.export())));
    return db;
  }

  test('should apply another replica\'s post and delete to the served graph', { timeout: 60_000 }, async () => {
    const [a, b] = await replicas(await sharedDb());
    await a.postArticle(articleText('astana', ['Kazakhstan demands grain corridor.']), 'astana');
    await eventually(() => b.graph.hasNode('actor:kazakhstan'));
    expect(b.isPosted('astana')).toBe(true);
    await b.deleteArticle('astana');
    await eventually(() => !a.graph.hasNode('actor:kazakhstan'));
    expect(a.graph.export()).toEqual(b.graph.export());
  });

  test('should catch up after the connection it listens on is cut', { timeout: 60_000 }, async () => {
    const db = await sharedDb();
    const warnings: string[] = [];
    const [a, b] = await replicas(db, warnings);
    const admin = new pg.Client({ connectionString: db });
    await admin.connect();
    try {
      const cut = await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'");
      expect(cut.rowCount).toBe(2);
    } finally {
      await admin.end();
    }
    await a.postArticle(articleText('vienna', ['Iran demands sanctions relief.']), 'vienna');
    await eventually(() => b.isPosted('vienna'));
    expect(warnings.some((w) => /lost the connection/.test(w))).toBe(true);
  });

  test('should serve the graph a new kg load puts in the database, with the posted articles on it', { timeout: 60_000 }, async () => {
    const db = await sharedDb();
    const warnings: string[] = [];
    const [a, b] = await replicas(db, warnings);
    await a.postArticle(articleText('astana', ['Kazakhstan demands grain corridor.']), 'astana');
    await eventually(() => b.isPosted('astana'));
    const next = sampleGraph();
    next.setAttribute('name', 'reloaded');
    await loadGraphIntoPg(db, next, digestOf(JSON.stringify(next.export())));
    await eventually(() => a.graph.getAttribute('name') === 'reloaded' && b.graph.getAttribute('name') === 'reloaded');
    for (const s of [a, b]) expect([s.isPosted('astana'), s.graph.hasNode('actor:kazakhstan')]).toEqual([true, true]);
    expect(a.graph.export()).toEqual(b.graph.export());
    expect(warnings).toEqual([]);
  });
});
