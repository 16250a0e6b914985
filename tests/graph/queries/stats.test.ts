import { describe, expect, test } from 'vitest';
import { queryEdges } from '../../../src/graph/queries/edges.ts';
import { graphStats } from '../../../src/graph/queries/stats.ts';
import { sampleGraph } from '../../_helpers.ts';
import type { Relation } from '../../../src/graph/types.ts';

describe('graphStats', () => {
  test('counts nodes by kind and edges by relation', () => {
    const s = graphStats(sampleGraph());
    expect(s.byKind).toEqual({ actor: 8, demand: 3, response: 1 });
    expect(s.byRelation.targets).toBe(4);
    expect([s.nodes, s.edges, s.articles, s.evidence]).toEqual([12, 16, 2, 16]);
  });

  test('ranks actors by degree', () => {
    expect(graphStats(sampleGraph(), 2).topActors.map((a) => a.key)).toEqual(['actor:united-states', 'actor:russia']);
  });

  test('spans the evidence dates', () => {
    expect(graphStats(sampleGraph()).dateRange).toEqual({ from: '2019-11-25', to: '2022-01-10' });
  });
});

describe('queryEdges', () => {
  test('lists the edges from a source', () => {
    expect(queryEdges(sampleGraph(), { source: 'Washington' }).items.map((e) => e.attributes.relation).sort()).toEqual(['meets', 'offers', 'rejects', 'threatens']);
  });

  test('lists the edges between a source and a target', () => {
    expect(queryEdges(sampleGraph(), { source: 'actor:united-states', target: 'actor:russia' }).items.map((e) => e.key)).toEqual(['actor:united-states|meets|actor:russia']);
  });

  test('filters by relation and date range', () => {
    const r = queryEdges(sampleGraph(), { relations: ['threatens'], from: '2020-01-01' });
    expect(r.items.map((e) => e.key)).toEqual(['actor:russia|threatens|position:military-response']);
  });

  test('lists newest evidence first, pages, and orders the same with or without a date filter', () => {
    const graph = sampleGraph();
    const newestFirst = (relations?: Relation[]) =>
      graph
        .filterEdges((_k, a) => !relations || relations.includes(a.relation))
        .sort((a, b) => {
          const [x, y] = [graph.getEdgeAttribute(a, 'lastDate'), graph.getEdgeAttribute(b, 'lastDate')];
          return x !== y ? (x < y ? 1 : -1) : a < b ? -1 : 1;
        });
    expect(queryEdges(graph, {}).items.map((e) => e.key)).toEqual(newestFirst());
    const two: Relation[] = ['demands', 'threatens'];
    expect(queryEdges(graph, { relations: two }).items.map((e) => e.key)).toEqual(newestFirst(two));
    expect(queryEdges(graph, { relations: ['demands'], offset: 1, limit: 2 })).toEqual({ items: expect.any(Array), total: newestFirst(['demands']).length });
    expect(queryEdges(graph, { relations: ['demands'], offset: 1, limit: 2 }).items.map((e) => e.key)).toEqual(newestFirst(['demands']).slice(1, 3));
    // A date range that keeps every sentence lists the very same edges in the same order.
    expect(queryEdges(graph, { relations: two, from: '1900-01-01' }).items.map((e) => e.key)).toEqual(newestFirst(two));
    expect(queryEdges(graph, { limit: 3 }).items[0]).toEqual({ key: newestFirst()[0], source: graph.source(newestFirst()[0]!), target: graph.target(newestFirst()[0]!), attributes: graph.getEdgeAttributes(newestFirst()[0]!) });
  });

  test('throws NOT_FOUND for an unknown target', () => {
    expect(() => queryEdges(sampleGraph(), { target: 'nobody' })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});
