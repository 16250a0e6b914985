import { get as get_ } from 'node:http';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type {
  ActorPositionsResponse,
  DisplayGraphResponse,
  EdgesResponse,
  ErrorResponse,
  EvidenceTextsResponse,
  GraphResponse,
  NeighborsResponse,
  NodeDetailResponse,
  NodesResponse,
  PathsResponse,
  PositionViewResponse,
  StatsResponse,
} from '../../src/server/api-types.ts';
import { sampleGraph } from '../_helpers.ts';
import { startServer, type TestServer } from './_server.ts';

let server: TestServer;
beforeEach(async () => {
  server = await startServer({ base: sampleGraph() });
});
afterEach(async () => {
  await server.close();
});

async function get<T>(path: string, status = 200): Promise<T> {
  const res = await fetch(server.url + path);
  expect(res.status, `${path}: ${res.status}`).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  return (await res.json()) as T;
}

const enc = encodeURIComponent;

describe('GET /api/graph', () => {
  test('returns the whole graph in graphology serialization', async () => {
    const g = await get<GraphResponse>('/api/graph');
    expect([g.nodes.length, g.edges.length]).toEqual([12, 16]);
    expect(g.nodes[0]).toEqual({ key: expect.any(String), attributes: expect.objectContaining({ kind: expect.any(String) }) });
  });

  test('applies kind, relation, actor, date, article and text filters', async () => {
    expect((await get<GraphResponse>('/api/graph?kind=actor')).nodes.every((n) => n.attributes.kind === 'actor')).toBe(true);
    expect((await get<GraphResponse>('/api/graph?relation=threatens,rejects')).edges).toHaveLength(4);
    expect((await get<GraphResponse>('/api/graph?actor=Moscow')).nodes.map((n) => n.key)).toContain('actor:ryabkov');
    expect((await get<GraphResponse>('/api/graph?from=2022-01-01&to=20221231')).edges).toHaveLength(11);
    expect((await get<GraphResponse>('/api/graph?article=ankara')).edges).toHaveLength(5);
    expect((await get<GraphResponse>('/api/graph?q=erdogan')).nodes.map((n) => n.key)).toContain('actor:turkey');
  });

  test.for([
    ['kind=country', 'kind'],
    ['relation=likes', 'relation'],
    ['from=2022-13-01', 'from'],
    ['from=2023-01-01&to=2022-01-01', 'from'],
    ['colour=red', 'colour'],
    ['q=', 'q'],
  ])('answers 400 naming the parameter for ?%s', async ([query, param]) => {
    const e = await get<ErrorResponse>(`/api/graph?${query}`, 400);
    expect(e).toMatchObject({ error: 'BAD_REQUEST', param });
    expect(e.message).toContain(param);
  });

  test('answers 404 for an unknown actor', async () => {
    expect(await get<ErrorResponse>('/api/graph?actor=Atlantis', 404)).toMatchObject({ error: 'NOT_FOUND' });
  });
});

describe('GET /api/graph?fields=display and GET /api/nodes/:key/evidence', () => {
  test('the display payload is the same graph in compact form: nodes and articles by index, no sentence text or what can be derived', async () => {
    const full = await get<GraphResponse>('/api/graph');
    const lean = await get<DisplayGraphResponse>('/api/graph?fields=display');
    expect(lean.nodes).toEqual(full.nodes);
    expect(lean.attributes).toEqual(full.attributes);
    const articles = full.attributes.articles ?? {};
    expect(lean.articles).toEqual(Object.keys(articles));
    expect(lean.edges).toHaveLength(full.edges.length);
    for (const [i, [s, t, attributes, key]] of lean.edges.entries()) {
      const edge = full.edges[i]!;
      expect([lean.nodes[s]!.key, lean.nodes[t]!.key]).toEqual([edge.source, edge.target]);
      // Keys are `source|relation|target`, evidence dates their article's and first/last the extremes: all left out.
      expect(key).toBeUndefined();
      expect(edge.key).toBe(`${edge.source}|${edge.attributes.relation}|${edge.target}`);
      const { firstDate: _first, lastDate: _last, evidence, ...rest } = edge.attributes;
      expect(attributes).toEqual({ ...rest, evidence: evidence.map(({ article, sentence }) => [lean.articles.indexOf(article), sentence]) });
      expect(evidence.every((ev) => articles[ev.article]?.date === ev.date)).toBe(true);
    }
    // Serving the lean payload must not have stripped the served graph.
    expect((await get<GraphResponse>('/api/graph')).edges.every((e) => e.attributes.evidence.every((ev) => ev.text.length > 0))).toBe(true);
    const threats = await get<DisplayGraphResponse>('/api/graph?fields=display&relation=threatens');
    expect(threats.edges.map(([s, , attrs]) => [threats.nodes[s]!.key, attrs.relation])).toEqual([
      ['actor:russia', 'threatens'],
      ['actor:united-states', 'threatens'],
    ]);
    expect(await get<ErrorResponse>('/api/graph?fields=everything', 400)).toMatchObject({ param: 'fields' });
  });

  test('answers a repeated request with the same bytes and a 304 for its ETag', async () => {
    const first = await fetch(`${server.url}/api/graph?fields=display`);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    // node:http, not fetch: fetch marks a request carrying If-None-Match "no-cache", which no server answers with 304.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      get_(`${server.url}/api/graph?fields=display`, { headers: { 'if-none-match': etag! } }, (res) => {
        res.resume();
        resolve(res.statusCode);
      }).on('error', reject);
    });
    expect(status).toBe(304);
  });

  test("gives the sentences of an actor's details: its edges, its representatives' and other holders of positions aimed at it", async () => {
    const r = await get<EvidenceTextsResponse>(`/api/nodes/${enc('actor:russia')}/evidence`);
    const full = await get<GraphResponse>('/api/graph');
    const keyOf = (relation: string, source: string) => full.edges.find((e) => e.attributes.relation === relation && e.source === source)!.key;
    // Ryabkov speaks for Russia; the US offers the missile talks that target Russia.
    for (const key of [keyOf('demands', 'actor:ryabkov'), keyOf('threatens', 'actor:russia'), keyOf('offers', 'actor:united-states')]) {
      const evidence = full.edges.find((e) => e.key === key)!.attributes.evidence;
      expect(r.edges[key]).toEqual(evidence.map(({ article, sentence, text }) => ({ article, sentence, text })));
    }
    // Not shown in Russia's details: Turkey's sanctions dispute.
    expect(r.edges[keyOf('rejects', 'actor:erdogan')]).toBeUndefined();
    expect(await get<ErrorResponse>(`/api/nodes/${enc('actor:atlantis')}/evidence`, 404)).toMatchObject({ error: 'NOT_FOUND' });
  });
});

describe('GET /api/nodes', () => {
  test('searches case- and accent-insensitively', async () => {
    const r = await get<NodesResponse>('/api/nodes?q=ERDOGAN');
    expect(r.items[0]!.key).toBe('actor:erdogan');
  });

  test('pages with limit and offset', async () => {
    const r = await get<NodesResponse>('/api/nodes?kind=actor&limit=2&offset=1');
    expect([r.items.length, r.total]).toEqual([2, 8]);
  });

  test.for(['limit=0', 'limit=abc', 'offset=-1', 'kind=x'])('answers 400 for ?%s', async (query) => {
    expect((await get<ErrorResponse>(`/api/nodes?${query}`, 400)).param).toBe(query.split('=')[0]);
  });
});

describe('GET /api/nodes/:key', () => {
  test('returns the node with degree and edges grouped by relation', async () => {
    const r = await get<NodeDetailResponse>(`/api/nodes/${enc('actor:united-states')}`);
    expect(r.degree.total).toBe(5);
    expect(r.edges.offers![0]!.other.key).toBe('position:missile-talks');
  });

  test('lists limit edges per relation, most evidence first, and counts them all in edgeTotals', async () => {
    const all = await get<NodeDetailResponse>(`/api/nodes/${enc('position:nato-non-expansion')}`);
    expect(all.edgeTotals).toEqual({ demands: 1, rejects: 1, targets: 1, answers: 1 });
    const g = sampleGraph();
    const r = await get<NodeDetailResponse>(`/api/nodes/${enc('actor:united-states')}?limit=1`);
    expect(Object.values(r.edges).every((list) => list.length === 1)).toBe(true);
    expect(r.edgeTotals).toEqual({ rejects: 1, offers: 1, threatens: 1, meets: 1, represents: 1 });
    expect(r.degree.total).toBe(g.degree('actor:united-states'));
    expect((await get<ErrorResponse>(`/api/nodes/${enc('actor:united-states')}?limit=0`, 400)).param).toBe('limit');
  });

  test('answers 400 for a key that is not valid percent-encoding (found by the fuzz test)', async () => {
    expect(await get<ErrorResponse>('/api/nodes/%', 400)).toMatchObject({ error: 'BAD_REQUEST' });
  });

  test('answers 404 with error and message for an unknown key', async () => {
    const e = await get<ErrorResponse>('/api/nodes/actor:nobody', 404);
    expect(e).toEqual({ error: 'NOT_FOUND', message: expect.stringContaining('actor:nobody') });
  });
});

describe('GET /api/nodes/:key/neighbors', () => {
  test('returns neighbours up to the depth', async () => {
    const r = await get<NeighborsResponse>('/api/nodes/actor:nato/neighbors?depth=2');
    expect(r.nodes.items.map((n) => n.distance)).toContain(2);
  });

  test('follows only the given relation', async () => {
    const r = await get<NeighborsResponse>('/api/nodes/actor:russia/neighbors?depth=3&relation=represents');
    expect(r.nodes.items.map((n) => n.key)).toEqual(['actor:ryabkov']);
  });

  test('lists limit nodes, nearest and best-connected first, with totals for the whole neighbourhood', async () => {
    const r = await get<NeighborsResponse>('/api/nodes/actor:nato/neighbors?depth=2&limit=2');
    expect(r.nodes.items.map((n) => [n.key, n.distance])).toEqual([['position:nato-non-expansion', 1], ['actor:united-states', 2]]);
    expect([r.nodes.total, r.edges.total]).toEqual([4, 4]);
    expect(r.edges.items).toHaveLength(2);
  });

  test.for(['depth=abc', 'depth=0', 'depth=4', 'depth=1.5', 'relation=hugs', 'direction=up', 'limit=0', 'limit=10001'])('answers 400 for ?%s', async (query) => {
    expect((await get<ErrorResponse>(`/api/nodes/actor:nato/neighbors?${query}`, 400)).param).toBe(query.split('=')[0]);
  });

  test('answers 404 for an unknown key', async () => {
    await get<ErrorResponse>('/api/nodes/actor:nobody/neighbors', 404);
  });
});

describe('GET /api/actors/:key/positions', () => {
  test("counts a representative's demand as the actor's", async () => {
    const r = await get<ActorPositionsResponse>('/api/actors/actor:russia/positions');
    expect(r.byRelation).toEqual({ demands: 1, threatens: 1 });
    expect(r.holds.items.find((h) => h.relation === 'demands')).toMatchObject({ via: { key: 'actor:ryabkov' }, position: { key: 'position:nato-non-expansion' }, evidenceTotal: 1 });
    expect(r.holds.items.find((h) => h.relation === 'threatens')!.condition).toBe('if NATO expands east');
  });

  test('pages stances with limit and offset, lists one relation, and caps evidence', async () => {
    const all = await get<ActorPositionsResponse>('/api/actors/actor:united-states/positions');
    expect(all.holds.total).toBe(3);
    const page = await get<ActorPositionsResponse>('/api/actors/actor:united-states/positions?limit=1&offset=2');
    expect([page.holds.total, page.holds.items.map((h) => h.edge)]).toEqual([3, [all.holds.items[2]!.edge]]);
    const offers = await get<ActorPositionsResponse>('/api/actors/actor:united-states/positions?relation=offers&evidence=0');
    expect(offers.holds.items.map((h) => [h.relation, h.evidence.length, h.evidenceTotal])).toEqual([['offers', 0, 1]]);
    expect(offers.byRelation).toEqual({ rejects: 1, offers: 1, threatens: 1 });
  });

  test.for(['limit=0', 'limit=1001', 'offset=-1', 'evidence=x', 'relation=targets', 'relation=hugs'])('answers 400 for ?%s', async (query) => {
    expect((await get<ErrorResponse>(`/api/actors/actor:russia/positions?${query}`, 400)).param).toBe(query.split('=')[0]);
  });

  test('lists what is aimed at the actor', async () => {
    const r = await get<ActorPositionsResponse>('/api/actors/actor:turkey/positions');
    expect(r.facing.items[0]!.position.key).toBe('position:sanctions');
  });

  test('answers 404 for an unknown actor', async () => {
    await get<ErrorResponse>('/api/actors/actor:nobody/positions', 404);
  });
});

describe('GET /api/positions/:key', () => {
  test('returns holders, opponents, targets and answers', async () => {
    const r = await get<PositionViewResponse>('/api/positions/position:nato-non-expansion');
    expect(r.holders.items[0]!.actor.key).toBe('actor:ryabkov');
    expect(r.opponents.items[0]!.actor.key).toBe('actor:united-states');
    expect(r.targets.items[0]!.node.key).toBe('actor:nato');
    expect(r.answeredBy.items[0]!.node.key).toBe('position:missile-talks');
  });

  test('answers 404 for an unknown position', async () => {
    await get<ErrorResponse>('/api/positions/position:nothing', 404);
  });
});

describe('GET /api/paths', () => {
  test('returns the shortest paths', async () => {
    const r = await get<PathsResponse>('/api/paths?from=actor:ryabkov&to=actor:nato');
    expect(r.items[0]!.nodes.map((n) => n.key)).toEqual(['actor:ryabkov', 'position:nato-non-expansion', 'actor:nato']);
  });

  test('says when more shortest paths exist than are listed', async () => {
    const r = await get<PathsResponse>('/api/paths?from=actor:blinken&to=position:nato-non-expansion&limit=1');
    expect([r.items.length, r.total, r.truncated]).toEqual([1, 2, true]);
  });

  test('returns an empty list when no path is short enough', async () => {
    expect(await get<PathsResponse>('/api/paths?from=actor:ryabkov&to=actor:nato&maxLength=1')).toMatchObject({ items: [], total: 0 });
  });

  test.for([
    ['from=actor:ryabkov&to=actor:nato&maxLength=1000', 'maxLength'],
    ['from=actor:ryabkov&to=actor:nato&maxLength=x', 'maxLength'],
    ['to=actor:nato', 'from'],
    ['from=actor:ryabkov', 'to'],
    ['from=actor:ryabkov&to=actor:nato&directed=maybe', 'directed'],
  ])('answers 400 naming the parameter for ?%s', async ([query, param]) => {
    expect((await get<ErrorResponse>(`/api/paths?${query}`, 400)).param).toBe(param);
  });

  test('answers 404 for an unknown endpoint node', async () => {
    await get<ErrorResponse>('/api/paths?from=actor:nobody&to=actor:nato', 404);
  });
});

describe('GET /api/edges', () => {
  test('returns edges with evidence', async () => {
    const r = await get<EdgesResponse>('/api/edges?source=actor:united-states&relation=threatens');
    expect(r.items.map((e) => e.key)).toEqual(['actor:united-states|threatens|position:sanctions']);
    expect(r.items[0]!.attributes.evidence[0]!.article).toBe('ankara');
  });

  test('answers 400 for a bad date and 404 for an unknown source', async () => {
    expect((await get<ErrorResponse>('/api/edges?from=yesterday', 400)).param).toBe('from');
    await get<ErrorResponse>('/api/edges?source=actor:nobody', 404);
  });
});

describe('GET /api/stats', () => {
  test('returns counts, top actors and the date range', async () => {
    const s = await get<StatsResponse>('/api/stats?top=3');
    expect(s).toMatchObject({ nodes: 12, edges: 16, articles: 2, dateRange: { from: '2019-11-25', to: '2022-01-10' } });
    expect(s.topActors).toHaveLength(3);
  });
});

describe('unknown endpoints', () => {
  test('answer 404 JSON under /api', async () => {
    expect(await get<ErrorResponse>('/api/nothing-here', 404)).toMatchObject({ error: 'NOT_FOUND' });
  });
});
