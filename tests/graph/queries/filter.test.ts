import { describe, expect, test } from 'vitest';
import { filterGraph } from '../../../src/graph/queries/filter.ts';
import { sampleGraph } from '../../_helpers.ts';

describe('filterGraph', () => {
  test('keeps the whole graph without filters', () => {
    const g = sampleGraph();
    const f = filterGraph(g, {});
    expect([f.order, f.size]).toEqual([g.order, g.size]);
  });

  test('keeps only nodes of the given kinds and edges between them', () => {
    const f = filterGraph(sampleGraph(), { kinds: ['actor'] });
    expect(f.filterNodes((_k, a) => a.kind !== 'actor')).toEqual([]);
    expect(new Set(f.mapEdges((_e, a) => a.relation))).toEqual(new Set(['represents', 'meets']));
  });

  test('keeps only edges of the given relations and their endpoints', () => {
    const f = filterGraph(sampleGraph(), { relations: ['threatens'] });
    expect(f.edges().sort()).toEqual(['actor:russia|threatens|position:military-response', 'actor:united-states|threatens|position:sanctions']);
    expect(f.order).toBe(4);
  });

  test('keeps evidence dated within from/to and drops edges left without any', () => {
    const f = filterGraph(sampleGraph(), { from: '2022-01-01', to: '2022-12-31' });
    expect(f.hasEdge('actor:united-states|meets|actor:russia')).toBe(false);
    expect(f.hasEdge('actor:ryabkov|demands|position:nato-non-expansion')).toBe(true);
    expect(Object.keys(f.getAttribute('articles') ?? {})).toEqual(['geneva']);
  });

  test('keeps only the evidence of the given article', () => {
    const f = filterGraph(sampleGraph(), { articles: ['ankara'] });
    f.forEachEdge((_e, a) => expect(a.evidence.every((ev) => ev.article === 'ankara')).toBe(true));
    expect(f.size).toBe(5);
  });

  test('keeps the ego network of an actor named by alias, its representatives counting as it', () => {
    const f = filterGraph(sampleGraph(), { actor: 'Moscow' });
    expect(f.hasNode('actor:ryabkov')).toBe(true);
    expect(f.hasEdge('actor:ryabkov|demands|position:nato-non-expansion')).toBe(true);
    expect(f.hasEdge('position:nato-non-expansion|targets|actor:nato')).toBe(true);
    expect(f.hasNode('actor:turkey')).toBe(false);
  });

  test("lists an ego network's edges in the graph's order, and only the articles its evidence cites", () => {
    const g = sampleGraph();
    const f = filterGraph(g, { actor: 'Moscow' });
    expect(f.edges()).toEqual(g.edges().filter((e) => f.hasEdge(e)));
    const cited = new Set(f.mapEdges((_e, a) => a.evidence.map((ev) => ev.article)).flat());
    expect(Object.keys(f.getAttribute('articles') ?? {})).toEqual(Object.keys(g.getAttribute('articles') ?? {}).filter((id) => cited.has(id)));
    expect(filterGraph(g, { actor: 'Ankara' }).getAttribute('articles')).not.toHaveProperty('geneva');
  });

  test('throws NOT_FOUND for an unknown actor', () => {
    expect(() => filterGraph(sampleGraph(), { actor: 'Atlantis' })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  test('keeps nodes matching q, accent-insensitively, with their edges', () => {
    const f = filterGraph(sampleGraph(), { q: 'turkiye' });
    expect(f.hasNode('actor:turkey')).toBe(true);
    expect(f.hasEdge('actor:erdogan|represents|actor:turkey')).toBe(true);
    expect(f.hasNode('actor:nato')).toBe(false);
  });

  test('does not modify the input graph', () => {
    const g = sampleGraph();
    const before = JSON.stringify(g.export());
    filterGraph(g, { from: '2022-01-01', relations: ['demands'], actor: 'russia' });
    expect(JSON.stringify(g.export())).toBe(before);
  });
});

describe('actorScope', () => {
  test('keeps the holders of positions aimed at the actor, so a filter on NATO shows who demands what of it', async () => {
    const { actorScope } = await import('../../../src/graph/representation.ts');
    const { createGraph } = await import('../../../src/graph/build.ts');
    const g = createGraph();
    g.addNode('actor:nato', { kind: 'actor', label: 'NATO', aliases: [], actorType: 'alliance' });
    g.addNode('actor:russia', { kind: 'actor', label: 'Russia', aliases: [], actorType: 'state' });
    g.addNode('position:x', { kind: 'demand', label: 'NATO non-expansion', category: 'c', aliases: [] });
    const ev = { relation: 'demands' as const, evidence: [], firstDate: '2022-01-10', lastDate: '2022-01-10' };
    g.addDirectedEdgeWithKey('a', 'actor:russia', 'position:x', ev);
    g.addDirectedEdgeWithKey('b', 'position:x', 'actor:nato', { ...ev, relation: 'targets' });
    expect([...actorScope(g, 'actor:nato')].sort()).toEqual(['actor:nato', 'actor:russia', 'position:x']);
  });
});
