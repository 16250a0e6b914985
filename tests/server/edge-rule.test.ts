// GET /api/edges/:key/rule (issue 12, "Why this edge?"): the rule behind each evidence sentence, the same
// one `kg explain` prints, for built articles (read from --articles) and posted ones (from the store).
import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseArticle } from '../../src/article/parse.ts';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { loadLexicon } from '../../src/extract/lexicon.ts';
import { edgeKey, nodeKey } from '../../src/graph/keys.ts';
import { buildFromInputs } from '../../src/loader/build.ts';
import type { EdgeRuleResponse, ErrorResponse } from '../../src/server/api-types.ts';
import { createApp } from '../../src/server/app.ts';
import { GraphService } from '../../src/server/graph-service.ts';
import { SqliteStore } from '../../src/server/sqlite-store.ts';
import { articleText, startServer, type TestServer } from './_server.ts';

const ARTICLES = fileURLToPath(new URL('../../graph-data/articles', import.meta.url));
const FIRST = '000_1b6febaad030ac13';
const lexicon = loadLexicon();
const claims = extractArticle(parseArticle(readFileSync(join(ARTICLES, `${FIRST}.txt`)), `${FIRST}.txt`), lexicon).claims;

async function listen(articleDirs: string[]): Promise<{ server: Server; url: string }> {
  const base = (await buildFromInputs([join(ARTICLES, `${FIRST}.txt`)], { workers: 0 })).graph;
  const service = await GraphService.open({
    store: new SqliteStore(mkdtempSync(join(tmpdir(), 'kg-rule-'))),
    base: { graph: base, digest: 'first' },
    extract: (a) => extractArticle(a, lexicon),
    articleDirs,
  });
  const server = createApp({ service, webDir: null }).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const ruleUrl = (url: string, key: string) => `${url}/api/edges/${encodeURIComponent(key)}/rule`;

describe('GET /api/edges/:key/rule on the built graph', () => {
  let running: { server: Server; url: string };
  beforeAll(async () => {
    running = await listen([ARTICLES]);
  });
  afterAll(() => new Promise<void>((resolve) => running.server.close(() => resolve())));

  test('returns the rule kg explain gives for the claim behind the edge', async () => {
    const claim = claims.find((c) => c.relation === 'demands' && nodeKey(c.source) === 'actor:russia')!;
    const key = edgeKey(claim.relation, nodeKey(claim.source), nodeKey(claim.target));
    const response = await fetch(ruleUrl(running.url, key));
    expect(response.status).toBe(200);
    const body = (await response.json()) as EdgeRuleResponse;
    expect(body).toMatchObject({ edge: key, relation: 'demands', source: 'actor:russia', articlesTotal: 1, articlesExplained: 1 });
    expect(body.rules).toContainEqual(expect.objectContaining({ article: FIRST, sentence: claim.evidence.sentence, rule: claim.rule }));
    expect(body.unexplained).toEqual([]);
  });

  test('answers 404 naming the edge for an unknown key', async () => {
    const response = await fetch(ruleUrl(running.url, 'actor:nobody|demands|position:nothing'));
    expect(response.status).toBe(404);
    expect(((await response.json()) as ErrorResponse).message).toContain('actor:nobody|demands|position:nothing');
  });
});

describe('GET /api/edges/:key/rule without article texts', () => {
  let running: { server: Server; url: string };
  beforeAll(async () => {
    running = await listen([]);
  });
  afterAll(() => new Promise<void>((resolve) => running.server.close(() => resolve())));

  test('lists the sentences it cannot explain and says how to fix it', async () => {
    const claim = claims[0]!;
    const key = edgeKey(claim.relation, nodeKey(claim.source), nodeKey(claim.target));
    const body = (await (await fetch(ruleUrl(running.url, key))).json()) as EdgeRuleResponse;
    expect(body.rules).toEqual([]);
    expect(body.unexplained[0]).toMatchObject({ article: FIRST, reason: expect.stringContaining('--articles') });
  });
});

describe('GET /api/edges/:key/rule for a posted article', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  test('re-reads the stored text through the same extractor', async () => {
    const post = await fetch(`${server.url}/api/articles?id=posted`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: articleText('posted', ['Russia demands sanctions relief.']),
    });
    expect(post.status).toBe(201);
    const body = (await (await fetch(ruleUrl(server.url, 'actor:russia|demands|position:sanctions-relief'))).json()) as EdgeRuleResponse;
    expect(body.rules).toEqual([{ article: 'posted', sentence: 0, rule: 'test' }]);
  });
});
