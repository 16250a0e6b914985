import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { sampleGraph } from '../_helpers.ts';
import { startServer, type TestServer } from './_server.ts';

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
    expect(res.headers.get('strict-transport-security')).toBeTruthy();
    expect(res.headers.get('x-powered-by')).toBeNull();
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
