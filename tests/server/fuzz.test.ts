import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { loadLexicon } from '../../src/extract/lexicon.ts';
import { createApp } from '../../src/server/app.ts';
import { GraphService } from '../../src/server/graph-service.ts';
import { SqliteStore } from '../../src/server/sqlite-store.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { pino } from 'pino';
import { sampleGraph } from '../_helpers.ts';

// Seeded, so a failure reproduces; the real extractor and lexicon, so the fuzz covers the production path.
const SEED = 20240517;
const FIRST = readFileSync(fileURLToPath(new URL('../fixtures/000_1b6febaad030ac13.txt', import.meta.url)), 'utf8');
const LINES = FIRST.split('\n');
const lexicon = loadLexicon();
const extract = (a: Parameters<typeof extractArticle>[0]) => extractArticle(a, lexicon);

let server: Server;
let url: string;
let dir: string;
let service: GraphService;
/** What the server logged as errors, shown when a request answers 5xx. */
const serverErrors: string[] = [];
const logger = pino({ level: 'error' }, { write: (line: string) => void serverErrors.push(line) });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kg-fuzz-'));
  service = await GraphService.open({ store: new SqliteStore(dir), base: { graph: sampleGraph(), digest: 'fuzz' }, extract, maxArticleBytes: 16 * 1024 });
  server = createApp({ service, webDir: null, logger }).listen(0, '127.0.0.1');
  await new Promise<void>((r) => server.once('listening', () => r()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
});

/** Odd text: quotes of every kind, control characters, RTL, emoji, long words, lone surrogates. */
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('\u0000', '\uFEFF', '\uD800', '\u202E', "''", '\u201C\u201D', '“Yes,” he said.', '../..', '%00', '<script>', '\r\n', 'Russia demands', 'NATO'),
  fc.string({ maxLength: 40 }),
);

/** A valid short article (title, date, URL and a few real paragraphs) then mutated line by line. */
const mutatedArticle = fc
  .record({
    start: fc.integer({ min: 3, max: LINES.length - 4 }),
    count: fc.integer({ min: 1, max: 3 }),
    edits: fc.array(fc.tuple(fc.nat(), fc.constantFrom('delete', 'insert', 'replace', 'truncate', 'duplicate'), nasty), { maxLength: 4 }),
  })
  .map(({ start, count, edits }) => {
    const lines = [...LINES.slice(0, 3), ...LINES.slice(start, start + count)];
    for (const [at, op, text] of edits) {
      const i = at % (lines.length + 1);
      if (op === 'delete') lines.splice(i, 1);
      else if (op === 'insert') lines.splice(i, 0, text);
      else if (op === 'replace') lines[i] = text;
      else if (op === 'truncate') lines[i] = (lines[i] ?? '').slice(0, text.length);
      else lines.splice(i, 0, ...(lines.slice(i, i + 1).length ? [lines[i]!.repeat(3)] : []));
    }
    return lines.join(fc.sample(fc.constantFrom('\n', '\r\n'), { seed: start, numRuns: 1 })[0]!);
  });

const articleBody = fc.oneof(
  { weight: 6, arbitrary: mutatedArticle },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.constant('x'.repeat(20 * 1024)) },
);

/** encodeURIComponent, after replacing lone surrogates (which it cannot encode) by U+FFFD. */
const enc = (s: string): string => encodeURIComponent(s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));

const PATHS = [
  '/api/graph', '/api/nodes', '/api/nodes/actor:russia', '/api/nodes/actor:russia/neighbors', '/api/actors/actor:russia/positions',
  '/api/positions/position:sanctions', '/api/paths', '/api/edges', '/api/articles', '/api/articles/geneva', '/api/stats',
  '/api/export.gexf', '/api/export.graphml', '/api/export.json', '/api/export.csv', '/api/openapi.json',
  '/api/matrix', '/api/export.matrix.csv', '/api/shifts', '/api/timeline',
];
const PARAMS = ['kind', 'relation', 'actor', 'from', 'to', 'article', 'q', 'limit', 'offset', 'depth', 'maxLength', 'directed', 'source', 'target', 'part', 'version', 'time', 'layout', 'direction', 'top', 'fold', 'rows', 'columns', 'position', 'x'];
const VALUES = fc.oneof(
  fc.constantFrom('actor', 'demand,response', 'threatens', '2022-01-10', '20190101', '1', '3', '1000', '-1', 'abc', 'true', 'Moscow', 'actor:nato', '1.2', 'nodes', '', '%', '%%20', '0x10', '1e3'),
  fc.string({ maxLength: 30 }),
  fc.integer({ min: -5, max: 100000 }).map(String),
);
const query = fc.record({
  path: fc.oneof(fc.constantFrom(...PATHS), nasty.map((s) => `/api/nodes/${enc(s)}`), nasty.map((s) => `/api/articles/${enc(s)}`), nasty.map((s) => `/api/nodes/${s.replace(/[#?\s/]/g, '')}`)),
  params: fc.array(fc.tuple(fc.constantFrom(...PARAMS), VALUES), { maxLength: 4 }),
  raw: fc.boolean(),
});

describe('fuzzing the API', () => {
  test('random and mutated articles never crash the server, answer 5xx, or corrupt the store', async () => {
    let created = 0;
    await fc.assert(
      fc.asyncProperty(articleBody, fc.constantFrom('text/plain', 'application/json'), async (body, type) => {
        const payload = type === 'application/json' ? JSON.stringify({ text: body }) : body;
        const res = await fetch(`${url}/api/articles`, { method: 'POST', headers: { 'content-type': type }, body: payload });
        const json = (await res.json()) as { error?: string; line?: number };
        expect(res.status, `${JSON.stringify(json)} ${serverErrors.at(-1) ?? ''}`).toBeLessThan(500);
        if (res.status === 201) created++;
        else expect(json.error).toBeTruthy();
        if (res.status === 400 && json.error === 'ARTICLE_FORMAT') expect(json.line).toBeGreaterThanOrEqual(1);
      }),
      { seed: SEED, numRuns: 350 },
    );
    expect(created).toBeGreaterThan(10);
    // The store reopens to exactly the graph being served.
    const reopened = await GraphService.open({ store: new SqliteStore(dir), base: { graph: sampleGraph(), digest: 'fuzz' }, extract });
    expect(JSON.stringify(reopened.graph.export())).toBe(JSON.stringify(service.graph.export()));
  }, 60_000);

  test('random query strings and keys never answer 5xx and always answer JSON errors', async () => {
    await fc.assert(
      fc.asyncProperty(query, async ({ path, params, raw }) => {
        const qs = params.map(([k, v]) => `${k}=${raw ? v.replace(/[#\s]/g, '') : enc(v)}`).join('&');
        const res = await fetch(`${url}${path}${qs ? `?${qs}` : ''}`);
        expect(res.status, `${path}?${qs}`).toBeLessThan(500);
        const text = await res.text();
        if (res.status >= 400) expect(JSON.parse(text)).toMatchObject({ error: expect.any(String), message: expect.any(String) });
      }),
      { seed: SEED, numRuns: 1500 },
    );
  }, 60_000);

  test('random deletes never answer 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(nasty, fc.constantFrom('geneva', 'ankara', 'nope')), async (id) => {
        const res = await fetch(`${url}/api/articles/${enc(id)}`, { method: 'DELETE' });
        expect(res.status).toBeLessThan(500);
      }),
      { seed: SEED, numRuns: 150 },
    );
  }, 30_000);
});
