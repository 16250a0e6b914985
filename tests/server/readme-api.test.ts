// The API does what the README says (issue 10, point 8): unknown parameters are errors everywhere, a label or
// alias works where a node key does, the documented maximum offset is accepted, 404s name the path as sent.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { sampleGraph } from '../_helpers.ts';
import { startServer, type TestServer } from './_server.ts';

let server: TestServer;
beforeEach(async () => {
  server = await startServer({ base: sampleGraph() });
});
afterEach(async () => {
  await server.close();
});

const get = async (path: string) => {
  const res = await fetch(`${server.url}${path}`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe('README and API agree', () => {
  test('answers 400 naming an unknown parameter of /api/nodes/:key/evidence', async () => {
    const r = await get('/api/nodes/actor:russia/evidence?limt=5');
    expect(r.status).toBe(400);
    expect(r.body.param).toBe('limt');
  });

  test.for(['/api/nodes/Moscow', '/api/nodes/Moscow/evidence', '/api/nodes/Moscow/neighbors'])('finds the node by its alias at %s', async (path) => {
    expect((await get(path)).status).toBe(200);
  });

  test('answers the node found by alias under its key', async () => {
    expect((await get('/api/nodes/Moscow')).body.key).toBe('actor:russia');
  });

  test.for(['/api/nodes?offset=1000000000', '/api/articles?offset=1000000000'])('accepts the documented maximum offset at %s', async (path) => {
    expect((await get(path)).status).toBe(200);
  });

  test('names the path with its /api prefix in a 404', async () => {
    const r = await get('/api/nope?x=1');
    expect(r.status).toBe(404);
    expect(r.body.message).toContain('GET /api/nope;');
  });
});

// issue 10: the README's three `curl -OJ` GEXF downloads wrote the same file name, so the second one failed
describe("the README's download examples", () => {
  test('write a different file each', async () => {
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    const names: string[] = [];
    for (const m of readme.matchAll(/^curl (-OJ|-o (\S+)) "\$API(\/[^"]+)"/gm)) {
      if (m[2]) names.push(m[2]);
      else {
        const res = await fetch(`${server.url}/api${m[3]}`);
        await res.arrayBuffer();
        names.push(/filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')![1]!);
      }
    }
    expect(names.length).toBeGreaterThanOrEqual(6);
    expect(new Set(names).size).toBe(names.length);
  });
});
