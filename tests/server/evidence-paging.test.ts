// One edge can gather tens of thousands of sentences (issue 10: a 37,000-sentence edge made another article's
// answer 3.4 MB): answers that list edges carry the first sentences and a total, and GET /api/edges pages them.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ArticleDetailResponse, EdgesResponse, EvidenceTextsResponse, NodeDetailResponse } from '../../src/server/api-types.ts';
import { sampleGraph } from '../_helpers.ts';
import { articleText, startServer, type TestServer } from './_server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ base: sampleGraph(), maxArticleBytes: 1024 * 1024 });
  const many = articleText('many', ['Iran demands sanctions relief. '.repeat(3000)]);
  expect((await fetch(`${server.url}/api/articles?id=many`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: many })).status).toBe(201);
  const other = articleText('other', ['Iran demands sanctions relief.']);
  expect((await fetch(`${server.url}/api/articles?id=other`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: other })).status).toBe(201);
});
afterAll(async () => {
  await server.close();
});

const get = async <T>(path: string): Promise<T> => (await fetch(`${server.url}${path}`)).json() as Promise<T>;
const EDGE = 'actor:iran|demands|position:sanctions-relief';

describe('evidence paging', () => {
  test("lists the first 20 sentences of a shared edge in another article's answer", async () => {
    const r = await get<ArticleDetailResponse>('/api/articles/other');
    const edge = r.edges.items.find((e) => e.key === EDGE)!;
    expect(edge.attributes.evidence).toHaveLength(20);
    expect(edge.evidenceTotal).toBe(3001);
  });

  test("pages an article's sentences", async () => {
    const r = await get<ArticleDetailResponse>('/api/articles/many?offset=2990&limit=5');
    expect(r.sentences.total).toBe(3000);
    expect(r.sentences.items.map((s) => s.index)).toEqual([2990, 2991, 2992, 2993, 2994]);
  });

  test('lists the first 20 sentences of each edge in node details', async () => {
    const r = await get<NodeDetailResponse>('/api/nodes/actor:iran');
    expect(r.edges.demands!.find((e) => e.key === EDGE)!.attributes.evidence).toHaveLength(20);
  });

  test('sends at most 100 sentences per edge to the details panel, with the total', async () => {
    const r = await get<EvidenceTextsResponse>('/api/nodes/actor:iran/evidence');
    expect(r.edges[EDGE]).toHaveLength(100);
    expect(r.evidenceTotals?.[EDGE]).toBe(3001);
  });

  test('pages one edge\'s sentences with evidence and evidenceOffset', async () => {
    const r = await get<EdgesResponse>(`/api/edges?source=actor:iran&relation=demands&evidence=10&evidenceOffset=2995`);
    const edge = r.items.find((e) => e.key === EDGE)!;
    expect(edge.attributes.evidence).toHaveLength(6);
    expect(edge.evidenceTotal).toBe(3001);
  });
});
