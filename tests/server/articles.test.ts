import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type {
  ActorPositionsResponse,
  ArticleDetailResponse,
  ArticlesResponse,
  DeleteArticleResponse,
  ErrorResponse,
  GraphResponse,
  NodeDetailResponse,
  PostArticleResponse,
} from '../../src/server/api-types.ts';
import { sampleGraph } from '../_helpers.ts';
import { articleText, startServer, type TestServer } from './_server.ts';

let server: TestServer;
beforeEach(async () => {
  server = await startServer({ base: sampleGraph(), maxArticleBytes: 4096 });
});
afterEach(async () => {
  await server.close();
});

const TALKS = articleText('talks', ['Iran demands sanctions relief from United States. Officials met in Oman.', 'United States rejects sanctions relief.']);

async function post(body: string, type = 'text/plain', query = ''): Promise<Response> {
  return fetch(`${server.url}/api/articles${query}`, { method: 'POST', headers: { 'content-type': type }, body });
}

/** The served graph and the store's rows together: a rejected article must change neither. */
async function graphJson(): Promise<string> {
  const served = JSON.stringify(await (await fetch(`${server.url}/api/graph`)).json());
  return served + JSON.stringify(await server.service.store.load());
}

describe('POST /api/articles', () => {
  test('answers 201 with the nodes and edges the article added', async () => {
    const res = await post(TALKS, 'text/plain', '?id=talks');
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe('/api/articles/talks');
    const body = (await res.json()) as PostArticleResponse;
    expect(body.article).toMatchObject({ id: 'talks', date: '2024-01-02', sentences: 3 });
    expect(body.added.nodes.map((n) => n.key).sort()).toEqual(['actor:iran', 'position:sanctions-relief']);
    expect(body.added.edges.map((e) => e.key).sort()).toEqual([
      'actor:iran|demands|position:sanctions-relief',
      'actor:united-states|rejects|position:sanctions-relief',
      'position:sanctions-relief|targets|actor:united-states',
    ]);
  });

  test('merges the article into the served graph', async () => {
    await post(TALKS, 'text/plain', '?id=talks');
    const g = (await (await fetch(`${server.url}/api/graph`)).json()) as GraphResponse;
    expect(g.edges.find((e) => e.key === 'actor:united-states|rejects|position:sanctions-relief')?.attributes.evidence[0]).toMatchObject({
      article: 'talks',
      sentence: 2,
      text: 'United States rejects sanctions relief.',
    });
  });

  test('answers per-node queries asked before the post with what the article added, and after a delete without it', async () => {
    const positions = async () => (await (await fetch(`${server.url}/api/actors/actor:united-states/positions`)).json()) as ActorPositionsResponse;
    const node = async () => (await (await fetch(`${server.url}/api/nodes/actor:united-states`)).json()) as NodeDetailResponse;
    expect((await positions()).byRelation.rejects).toBe(1);
    expect((await node()).edgeTotals.targets).toBeUndefined();
    await post(TALKS, 'text/plain', '?id=talks');
    expect((await positions()).byRelation.rejects).toBe(2);
    expect((await positions()).facing.items.map((f) => f.position.key)).toContain('position:sanctions-relief');
    expect((await node()).edgeTotals.targets).toBe(1);
    await fetch(`${server.url}/api/articles/talks`, { method: 'DELETE' });
    expect((await positions()).byRelation.rejects).toBe(1);
    expect((await node()).edgeTotals.targets).toBeUndefined();
  });

  test('keeps conditional requests working on cached answers (ETag, 304)', async () => {
    const first = await fetch(`${server.url}/api/actors/actor:united-states/positions`);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8');
    // node:http, since fetch turns a conditional request into an uncached one
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL(`${server.url}/api/actors/actor:united-states/positions`);
      request({ host: url.hostname, port: url.port, path: url.pathname, headers: { 'if-none-match': etag! } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      })
        .on('error', reject)
        .end();
    });
    expect(status).toBe(304);
  });

  test('accepts JSON with the article as text', async () => {
    const res = await post(JSON.stringify({ id: 'json-text', text: TALKS }), 'application/json');
    expect(res.status).toBe(201);
  });

  test('accepts JSON with title, date, url and paragraphs', async () => {
    const res = await post(JSON.stringify({ title: 'T', date: '2024-03-04', url: 'https://x.org/a', body: ['Iran demands talks.'] }), 'application/json');
    const body = (await res.json()) as PostArticleResponse;
    expect(res.status).toBe(201);
    expect(body.article.id).toMatch(/^20240304_[0-9a-f]{12}$/);
    expect(body.added.edges.map((e) => e.key)).toEqual(['actor:iran|demands|position:talks']);
  });

  test('reports existing edges the article reinforced', async () => {
    await post(TALKS, 'text/plain', '?id=talks');
    const body = (await (await post(TALKS, 'text/plain', '?id=talks-again')).json()) as PostArticleResponse;
    expect(body.added.edges).toEqual([]);
    expect(body.added.reinforced).toHaveLength(3);
  });

  test('answers 409 for an id already in the graph and leaves the graph unchanged', async () => {
    const before = await graphJson();
    const res = await post(TALKS, 'text/plain', '?id=geneva');
    expect(res.status).toBe(409);
    expect(((await res.json()) as ErrorResponse).error).toBe('CONFLICT');
    expect(await graphJson()).toBe(before);
  });

  // issue 10: ids differing only in case collided as file names on macOS and Windows
  test.for(['GENEVA', 'Geneva'])('answers 409 for %s, an id differing only in case from a built article', async (id) => {
    const res = await post(TALKS, 'text/plain', `?id=${id}`);
    expect(res.status).toBe(409);
    expect(((await res.json()) as ErrorResponse).message).toContain('without regard to case');
  });

  test('answers 409 for an id differing only in case from a posted article', async () => {
    expect((await post(TALKS, 'text/plain', '?id=talks')).status).toBe(201);
    expect((await post(TALKS, 'text/plain', '?id=TALKS')).status).toBe(409);
  });

  test.for([
    ['an empty title', articleText('x', ['Iran demands talks.']).replace('Title of x', ''), 1],
    ['a bad date', articleText('x', ['Iran demands talks.'], '2024-13-01'), 2],
    ['a URL with spaces', 'Title\n20240101\nnot a url\nIran demands talks.', 3],
    ['no body', 'Title\n20240101\nhttps://x.org', 4],
  ])('answers 400 naming line and reason for %s, graph unchanged', async ([, text, line]) => {
    const before = await graphJson();
    const res = await post(text as string);
    const body = (await res.json()) as ErrorResponse;
    expect(res.status).toBe(400);
    expect(body).toMatchObject({ error: 'ARTICLE_FORMAT', line });
    expect(body.reason).toMatch(/line|body/);
    expect(await graphJson()).toBe(before);
  });

  test('answers 413 naming line 1 and the limit for an oversized article, graph unchanged', async () => {
    const before = await graphJson();
    const res = await post(articleText('big', ['Iran demands talks. '.repeat(400)]));
    const body = (await res.json()) as ErrorResponse;
    expect(res.status).toBe(413);
    expect(body).toMatchObject({ error: 'TOO_LARGE', line: 1 });
    expect(body.reason).toMatch(/4096-byte limit/);
    expect(await graphJson()).toBe(before);
  });

  test('answers 413 for an oversized article sent as JSON', async () => {
    const res = await post(JSON.stringify({ text: articleText('big', ['Iran demands talks. '.repeat(300)]) }), 'application/json');
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorResponse).line).toBe(1);
  });

  test.for([
    ['malformed JSON', '{"text": ', 'application/json', 400],
    ['JSON of the wrong shape', '{"txt": "x"}', 'application/json', 400],
    ['an unsupported media type', 'x', 'application/xml', 415],
    ['an unsafe id', TALKS, 'text/plain?id=../../etc/passwd', 400],
  ])('answers an error for %s', async ([, body, type, status]) => {
    const [ct, query] = (type as string).split('?');
    const res = await post(body as string, ct, query ? `?${query}` : '');
    expect(res.status).toBe(status);
    expect(await res.json()).toMatchObject({ error: expect.any(String), message: expect.any(String) });
  });
});

describe('GET /api/articles', () => {
  test('lists articles newest first with edge counts', async () => {
    const r = (await (await fetch(`${server.url}/api/articles`)).json()) as ArticlesResponse;
    expect(r.items.map((a) => [a.id, a.edges, a.posted])).toEqual([
      ['geneva', 11, false],
      ['ankara', 5, false],
    ]);
  });
});

describe('GET /api/articles/:id', () => {
  test("returns a posted article's sentences and the edges each produced", async () => {
    await post(TALKS, 'text/plain', '?id=talks');
    const r = (await (await fetch(`${server.url}/api/articles/talks`)).json()) as ArticleDetailResponse;
    expect(r.sentencesFrom).toBe('text');
    expect(r.sentences.items.map((s) => [s.index, s.edges.length])).toEqual([
      [0, 2],
      [1, 0],
      [2, 1],
    ]);
    expect(r.edges.total).toBe(3);
  });

  // issue 12: the reader ran every paragraph together
  test("gives each of a posted article's sentences its paragraph", async () => {
    await post(TALKS, 'text/plain', '?id=talks');
    const r = (await (await fetch(`${server.url}/api/articles/talks`)).json()) as ArticleDetailResponse;
    expect(r.sentences.items.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  test('falls back to the evidence sentences when the text is not available', async () => {
    const r = (await (await fetch(`${server.url}/api/articles/ankara`)).json()) as ArticleDetailResponse;
    expect(r.sentencesFrom).toBe('evidence');
    expect(r.sentences.items.map((s) => s.index)).toEqual([0, 1, 2]);
  });

  test('answers 404 for an unknown article', async () => {
    expect((await fetch(`${server.url}/api/articles/nope`)).status).toBe(404);
  });
});

describe('DELETE /api/articles/:id', () => {
  test('removes a posted article and what only it supported', async () => {
    const before = await graphJson();
    await post(TALKS, 'text/plain', '?id=talks');
    const res = await fetch(`${server.url}/api/articles/talks`, { method: 'DELETE' });
    const body = (await res.json()) as DeleteArticleResponse;
    expect(res.status).toBe(200);
    expect(body.removed.nodes).toEqual(['actor:iran', 'position:sanctions-relief']);
    expect(await graphJson()).toBe(before);
  });

  test('removes a base article', async () => {
    await fetch(`${server.url}/api/articles/ankara`, { method: 'DELETE' });
    const g = (await (await fetch(`${server.url}/api/graph`)).json()) as GraphResponse;
    expect(g.nodes.some((n) => n.key === 'actor:turkey')).toBe(false);
  });

  test('answers 404 for an unknown article', async () => {
    expect((await fetch(`${server.url}/api/articles/nope`, { method: 'DELETE' })).status).toBe(404);
  });
});

describe('the store', () => {
  test('keeps the posted text, its sentences and its claims in the store', async () => {
    await post(TALKS, 'text/plain', '?id=talks');
    expect(await server.service.store.text('talks')).toBe(TALKS);
    expect((await server.service.store.sentences('talks', 0, 10))!.total).toBe(3);
    const saved = await server.service.store.load();
    expect(saved.posted.map((p) => [p.meta.id, p.claims.length])).toEqual([['talks', 3]]);
  });

  test('serves after a restart what was posted and deleted before', async () => {
    await post(TALKS, 'text/plain', '?id=talks');
    await fetch(`${server.url}/api/articles/ankara`, { method: 'DELETE' });
    const before = await graphJson();
    await server.close();
    server = await startServer({ base: sampleGraph(), dir: server.dir });
    expect(await graphJson()).toBe(before);
    const r = (await (await fetch(`${server.url}/api/articles/talks`)).json()) as ArticleDetailResponse;
    expect(r.sentencesFrom).toBe('text');
  });

  test('replays posted articles and deletions onto a rebuilt base graph', async () => {
    await post(TALKS, 'text/plain', '?id=talks');
    await fetch(`${server.url}/api/articles/ankara`, { method: 'DELETE' });
    await server.close();
    const rebuilt = sampleGraph();
    rebuilt.setAttribute('name', 'rebuilt');
    server = await startServer({ base: rebuilt, dir: server.dir });
    const g = (await (await fetch(`${server.url}/api/graph`)).json()) as GraphResponse;
    expect(g.attributes.name).toBe('rebuilt');
    expect(g.nodes.some((n) => n.key === 'actor:iran')).toBe(true);
    expect(g.nodes.some((n) => n.key === 'actor:turkey')).toBe(false);
  });

  test('serializes concurrent posts so none is lost', async () => {
    const texts = Array.from({ length: 8 }, (_, i) => articleText(`c${i}`, [`Country${i} demands item ${i}.`]));
    const results = await Promise.all(texts.map((t, i) => post(t, 'text/plain', `?id=c${i}`)));
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(201));
    await server.close();
    server = await startServer({ base: sampleGraph(), dir: server.dir });
    const list = (await (await fetch(`${server.url}/api/articles`)).json()) as ArticlesResponse;
    expect(list.total).toBe(10);
  });
});
