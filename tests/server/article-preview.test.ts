// POST /api/articles?dryRun=true (issue 12): what an article would add, so the page can warn before storing
// one that yields nothing; nothing is stored.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ErrorResponse } from '../../src/server/api-types.ts';
import { articleText, startServer, type TestServer } from './_server.ts';

describe('POST /api/articles?dryRun=true (issue 12)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  const post = (query: string, text: string) =>
    fetch(`${server.url}/api/articles${query}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: text });

  test('answers what the article would add and stores nothing', async () => {
    const response = await post('?id=preview&dryRun=true', articleText('preview', ['Iran rejects sanctions relief.']));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { added: { edges: Array<{ key: string }> } };
    expect(body.added.edges.map((e) => e.key)).toEqual(['actor:iran|rejects|position:sanctions-relief']);
    expect((await fetch(`${server.url}/api/articles/preview`)).status).toBe(404);
    expect(server.service.isPosted('preview')).toBe(false);
  });

  test('shows an article that yields nothing as adding nothing', async () => {
    const body = (await (await post('?dryRun=true', articleText('quiet', ['The weather was mild.']))).json()) as { added: { nodes: unknown[]; edges: unknown[]; reinforced: unknown[] } };
    expect(body.added).toEqual({ nodes: [], edges: [], reinforced: [] });
  });

  test('refuses a dryRun value other than true or false', async () => {
    const response = await post('?dryRun=yes', articleText('bad', ['Iran rejects sanctions relief.']));
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorResponse).param).toBe('dryRun');
  });
});
