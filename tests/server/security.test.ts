import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { sampleGraph } from '../_helpers.ts';
import { networkWarning } from '../../src/server/write-guard.ts';
import { articleText, startServer, type TestServer } from './_server.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('security headers', () => {
  test('are set on API answers', async () => {
    server = await startServer({ base: sampleGraph() });
    const res = await fetch(`${server.url}/api/stats`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  // issue 10: the explorer was blank when served on a network address over plain HTTP
  test('has a CSP that does not ask the browser to upgrade to https', async () => {
    server = await startServer({ base: sampleGraph() });
    const res = await fetch(`${server.url}/api/stats`);
    expect(res.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
  });

  test('sends no HSTS over plain HTTP', async () => {
    server = await startServer({ base: sampleGraph() });
    const res = await fetch(`${server.url}/api/stats`);
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('CORS', () => {
  test('is off unless configured', async () => {
    server = await startServer({ base: sampleGraph() });
    const res = await fetch(`${server.url}/api/stats`, { headers: { origin: 'https://elsewhere.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('allows a configured origin and answers its preflight', async () => {
    server = await startServer({ base: sampleGraph(), corsOrigins: ['https://lab.example'] });
    const res = await fetch(`${server.url}/api/stats`, { headers: { origin: 'https://lab.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('https://lab.example');
    const pre = await fetch(`${server.url}/api/articles`, { method: 'OPTIONS', headers: { origin: 'https://lab.example', 'access-control-request-method': 'POST' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-methods')).toContain('POST');
  });

  test('does not allow an origin that is not configured', async () => {
    server = await startServer({ base: sampleGraph(), corsOrigins: ['https://lab.example'] });
    const res = await fetch(`${server.url}/api/stats`, { headers: { origin: 'https://evil.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('errors', () => {
  test('never carry a stack trace', async () => {
    server = await startServer({ base: sampleGraph() });
    for (const path of ['/api/nodes/x', '/api/paths?from=a', '/api/nodes?limit=-1', '/api/nope']) {
      const text = await (await fetch(server.url + path)).text();
      expect(text).not.toMatch(/\bat .*\.ts:\d+|node_modules|Error:/);
      expect(Object.keys(JSON.parse(text)).every((k) => ['error', 'message', 'param', 'line', 'reason'].includes(k))).toBe(true);
    }
  });
});

describe('the browser app', () => {
  test('is served from the web build at / with deep links falling back to index.html', async () => {
    const web = mkdtempSync(join(tmpdir(), 'kg-web-'));
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(web, 'assets', 'main.js'), 'console.log(1)');
    server = await startServer({ base: sampleGraph(), webDir: web });
    expect(await (await fetch(`${server.url}/`)).text()).toContain('<title>app</title>');
    expect((await fetch(`${server.url}/assets/main.js`)).headers.get('content-type')).toMatch(/javascript/);
    expect(await (await fetch(`${server.url}/view/actor:russia`, { headers: { accept: 'text/html' } })).text()).toContain('<title>app</title>');
    expect((await fetch(`${server.url}/api/nope`, { headers: { accept: 'text/html' } })).status).toBe(404);
  });

  test('is replaced by a page pointing to the API when not built', async () => {
    server = await startServer({ base: sampleGraph(), webDir: null });
    expect(await (await fetch(`${server.url}/`)).text()).toContain('/api/openapi.json');
  });
});

describe('GET /api/openapi.json', () => {
  test('describes every endpoint the server answers', async () => {
    server = await startServer({ base: sampleGraph() });
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toMatch(/^3\./);
    const expected = [
      'get /api/graph', 'get /api/nodes', 'get /api/nodes/{key}', 'get /api/nodes/{key}/evidence', 'get /api/nodes/{key}/neighbors', 'get /api/actors/{key}/positions',
      'get /api/positions/{key}', 'get /api/paths', 'get /api/edges', 'get /api/edges/{key}/rule', 'get /api/articles', 'post /api/articles', 'get /api/articles/{id}',
      'delete /api/articles/{id}', 'get /api/stats', 'get /api/export.gexf', 'get /api/export.graphml', 'get /api/export.json', 'get /api/export.csv',
      'get /api/openapi.json', 'get /api/matrix', 'get /api/export.matrix.csv', 'get /api/shifts', 'get /api/timeline',
    ];
    const listed = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
    expect(listed.sort()).toEqual(expected.sort());
    // and every listed GET path answers something other than the unknown-endpoint 404
    for (const entry of listed.filter((l) => l.startsWith('get '))) {
      const path = entry.slice(4).replace('/api/positions/{key}', '/api/positions/position:sanctions')
        .replace('/api/edges/{key}/rule', `/api/edges/${encodeURIComponent('actor:ryabkov|demands|position:nato-non-expansion')}/rule`).replace('{key}', 'actor:russia').replace('{id}', 'geneva');
      const res = await fetch(server.url + path + (path === '/api/paths' ? '?from=actor:russia&to=actor:nato' : path === '/api/timeline' ? '?actor=actor:russia' : ''));
      expect(res.status, path).toBe(200);
    }
  });
});

/** A request with headers fetch will not set (Host, Origin, Sec-Fetch-Site). */
function send(path: string, o: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<{ status: number; body: string }> {
  const url = new URL(server!.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method: o.method ?? 'GET', headers: o.headers }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end(o.body);
  });
}

const STORY = articleText('story', ['Iran demands talks.']);
const postStory = (headers: Record<string, string> = {}) =>
  send('/api/articles?id=story', { method: 'POST', headers: { 'content-type': 'text/plain', ...headers }, body: STORY });

// issue 10: any web page could add or delete articles, and DNS rebinding worked
describe('Host check', () => {
  test.for(['localhost:3000', '127.0.0.1:3000', '[::1]:3000', '192.168.1.20:3000'])('answers Host %s', async (host) => {
    server = await startServer({ base: sampleGraph() });
    expect((await send('/api/stats', { headers: { host } })).status).toBe(200);
  });

  test('refuses a Host name the server does not answer as with 403', async () => {
    server = await startServer({ base: sampleGraph() });
    const r = await send('/api/stats', { headers: { host: 'attacker.example' } });
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body)).toMatchObject({ error: 'FORBIDDEN', message: expect.stringContaining('--allowed-host') });
  });

  test('answers a name given with --allowed-host', async () => {
    server = await startServer({ base: sampleGraph(), guard: { allowedHosts: ['kg.lan'] } });
    expect((await send('/api/stats', { headers: { host: 'kg.lan:3000' } })).status).toBe(200);
  });
});

describe('writes from other sites', () => {
  test('refuses a POST whose Origin is another site', async () => {
    server = await startServer({ base: sampleGraph() });
    const r = await postStory({ origin: 'https://evil.example' });
    expect(r.status).toBe(403);
    expect(server.service.isPosted('story')).toBe(false);
  });

  test('refuses a DELETE sent with Sec-Fetch-Site: cross-site', async () => {
    server = await startServer({ base: sampleGraph() });
    const r = await send('/api/articles/ankara', { method: 'DELETE', headers: { 'sec-fetch-site': 'cross-site' } });
    expect(r.status).toBe(403);
  });

  test('accepts a POST from the page\'s own origin', async () => {
    server = await startServer({ base: sampleGraph() });
    const r = await postStory({ origin: server.url, 'sec-fetch-site': 'same-origin' });
    expect(r.status).toBe(201);
  });

  test('accepts a POST from an origin allowed with --cors', async () => {
    server = await startServer({ base: sampleGraph(), corsOrigins: ['https://team.example'] });
    expect((await postStory({ origin: 'https://team.example' })).status).toBe(201);
  });
});

describe('write token', () => {
  test('refuses a POST without the token with 401', async () => {
    server = await startServer({ base: sampleGraph(), guard: { token: 's3cret' } });
    const r = await postStory();
    expect(r.status).toBe(401);
    expect(JSON.parse(r.body).error).toBe('UNAUTHORIZED');
  });

  test('refuses a wrong token', async () => {
    server = await startServer({ base: sampleGraph(), guard: { token: 's3cret' } });
    expect((await postStory({ authorization: 'Bearer s3cres' })).status).toBe(401);
  });

  test('accepts a POST with the token', async () => {
    server = await startServer({ base: sampleGraph(), guard: { token: 's3cret' } });
    expect((await postStory({ authorization: 'Bearer s3cret' })).status).toBe(201);
  });

  test('needs no token to read', async () => {
    server = await startServer({ base: sampleGraph(), guard: { token: 's3cret' } });
    expect((await send('/api/stats')).status).toBe(200);
  });
});

// issue 10: ids named like Object.prototype members found made-up articles
describe('article ids named like object members', () => {
  test.for(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('answers 404 for GET /api/articles/%s', async (id) => {
    server = await startServer({ base: sampleGraph() });
    expect((await send(`/api/articles/${id}`)).status).toBe(404);
  });

  test.for(['constructor', '__proto__', 'toString'])('answers 404 for DELETE /api/articles/%s and records nothing', async (id) => {
    server = await startServer({ base: sampleGraph() });
    expect((await send(`/api/articles/${id}`, { method: 'DELETE' })).status).toBe(404);
    expect((await server.service.store.load()).deleted).toEqual([]);
  });

  test('posts an article with the id "constructor"', async () => {
    server = await startServer({ base: sampleGraph() });
    const r = await send('/api/articles?id=constructor', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: STORY });
    expect(r.status).toBe(201);
    expect((await send('/api/articles/constructor')).status).toBe(200);
  });
});

// issue 10: invalid UTF-8 over HTTP was taken in with replacement characters
describe('invalid UTF-8', () => {
  const bad = Buffer.concat([Buffer.from('Title\n20240102\nhttps://x\nIran demands '), Buffer.from([0xff, 0xfe]), Buffer.from(' talks.')]);

  test('answers 400 naming the byte offset for a text/plain body', async () => {
    server = await startServer({ base: sampleGraph() });
    const r = await send('/api/articles?id=bad', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: bad });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toMatchObject({ error: 'ARTICLE_FORMAT', line: 4, reason: expect.stringContaining(`byte ${bad.indexOf(0xff)}`) });
    expect(server.service.isPosted('bad')).toBe(false);
  });

  test('answers 400 naming the byte offset for a JSON body', async () => {
    server = await startServer({ base: sampleGraph() });
    const body = Buffer.concat([Buffer.from('{"text": "T\\n20240102\\nu\\nIran '), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
    const r = await send('/api/articles?id=bad', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).message).toContain(`byte ${body.indexOf(0xc3)}`);
  });
});

describe('networkWarning', () => {
  test.for([
    ['0.0.0.0', undefined, true],
    ['192.168.1.5', undefined, true],
    ['::', undefined, true],
    ['0.0.0.0', 's3cret', false],
    ['127.0.0.1', undefined, false],
    ['localhost', undefined, false],
    ['::1', undefined, false],
  ] as const)('on host %s with token %s warns: %s', ([host, token, warns]) => {
    expect(networkWarning(host, 3000, token) !== null).toBe(warns);
  });
});
