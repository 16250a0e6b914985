// Search through PostgreSQL's pg_trgm index (src/server/pg-search.ts) against a real server: the index narrows the
// nodes to score, and the answers stay those of a scan of the served graph, posted articles' nodes included.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { searchNodes } from '../../src/graph/queries/search.ts';
import { GraphService, digestOf } from '../../src/server/graph-service.ts';
import { loadGraphIntoPg, readGraphFromPg } from '../../src/server/pg-graph.ts';
import { PgNameIndex } from '../../src/server/pg-search.ts';
import { PgStore } from '../../src/server/pg-store.ts';
import { ON_CI, sampleGraph } from '../_helpers.ts';
import { freshDatabase, postgresBin, startPostgres, type TestPostgres } from '../_postgres.ts';
import { articleText, ruleExtractor } from './_server.ts';

const available = postgresBin() !== null || ON_CI;

describe.skipIf(!available)('GraphService.search with the pg_trgm name index', () => {
  let server: TestPostgres;
  let db: string;
  let service: GraphService;
  beforeAll(async () => {
    server = await startPostgres();
    db = await freshDatabase(server);
    const base = sampleGraph();
    await loadGraphIntoPg(db, base, digestOf(JSON.stringify(base.export())));
    const loaded = await readGraphFromPg(db);
    service = await GraphService.open({ store: await PgStore.open(db), base: { ...loaded!, owned: true }, names: new PgNameIndex(db), extract: ruleExtractor });
    // A new actor, and a new name for a base node the index does not hold: both must be found.
    await service.postArticle(articleText('posted', ['Kazakhstan demands grain corridor.', 'Russian Federation Council demands sanctions from Turkey.']), 'posted');
  }, 120_000);
  afterAll(async () => {
    await service?.close();
    server?.stop();
  });

  test.for([
    ['russia', undefined],
    ['RUSS', undefined],
    ['erdogan', undefined],
    ['türk', undefined],
    ['kazakh', undefined],
    ['federation council', undefined],
    ['corridor', ['demand']],
    ['s', ['actor']],
    ['an', undefined],
    ['50% off_', undefined],
    ['nothing like this', undefined],
  ] as const)('answers %s (kinds %s) as a scan of the served graph does', async ([q, kinds]) => {
    const options = { q, kinds: kinds ? [...kinds] : undefined, limit: 50, offset: 0 };
    const answer = await service.search(options);
    expect(answer).toEqual(searchNodes(service.graph, options));
  });

  test('should find a posted article\'s new node', async () => {
    expect((await service.search({ q: 'kazakh' })).items.map((h) => h.key)).toContain('actor:kazakhstan');
  });

  test('should let PostgreSQL answer the candidate query from the trigram index', async () => {
    const c = new pg.Client({ connectionString: db });
    await c.connect();
    try {
      await c.query('SET enable_seqscan = off');
      const plan = (await c.query<{ 'QUERY PLAN': string }>("EXPLAIN SELECT key FROM kg_nodes WHERE names LIKE '%russ%'")).rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(plan).toMatch(/Bitmap Index Scan on kg_nodes_names/);
    } finally {
      await c.end();
    }
  });
});

