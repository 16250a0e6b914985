import { describe, expect, test } from 'vitest';
import { neighbors } from '../../../src/graph/queries/neighbors.ts';
import { nodeDetail } from '../../../src/graph/queries/node-detail.ts';
import { sampleGraph } from '../../_helpers.ts';

describe('neighbors', () => {
  test('lists direct neighbours at depth 1', () => {
    const r = neighbors(sampleGraph(), 'actor:nato');
    expect(r.nodes.items.map((n) => [n.key, n.distance])).toEqual([['position:nato-non-expansion', 1]]);
  });

  test('reaches further at depth 2 with distances', () => {
    const r = neighbors(sampleGraph(), 'actor:nato', { depth: 2 });
    expect(r.nodes.items.filter((n) => n.distance === 2).map((n) => n.key).sort()).toEqual([
      'actor:ryabkov',
      'actor:united-states',
      'position:missile-talks',
    ]);
  });

  test('follows only the given relations', () => {
    const r = neighbors(sampleGraph(), 'actor:russia', { depth: 3, relations: ['represents'] });
    expect(r.nodes.items.map((n) => n.key)).toEqual(['actor:ryabkov']);
  });

  test('throws NOT_FOUND for an unknown node', () => {
    expect(() => neighbors(sampleGraph(), 'actor:nobody')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  test('lists the nearest, best-connected nodes up to limit while the totals count the whole neighbourhood', () => {
    const g = sampleGraph();
    const all = neighbors(g, 'actor:nato', { depth: 2 });
    const page = neighbors(g, 'actor:nato', { depth: 2, limit: 2 });
    expect(page.nodes.total).toBe(all.nodes.total);
    expect(page.edges.total).toBe(all.edges.total);
    expect(page.nodes.items.map((n) => n.key)).toEqual(all.nodes.items.slice(0, 2).map((n) => n.key));
    // position:nato-non-expansion (distance 1), then the best-connected node at distance 2
    expect(page.nodes.items.map((n) => [n.key, n.distance])).toEqual([['position:nato-non-expansion', 1], ['actor:united-states', 2]]);
  });

  test('lists only the walked edges between the centre and the listed nodes when limited', () => {
    const page = neighbors(sampleGraph(), 'actor:nato', { depth: 2, limit: 2 });
    const listed = new Set(['actor:nato', ...page.nodes.items.map((n) => n.key)]);
    expect(page.edges.items.map((e) => e.key).sort()).toEqual(['actor:united-states|rejects|position:nato-non-expansion', 'position:nato-non-expansion|targets|actor:nato']);
    for (const e of page.edges.items) expect(listed.has(e.source) && listed.has(e.target)).toBe(true);
  });

  test('sees an edge added after an earlier query', () => {
    const g = sampleGraph();
    expect(neighbors(g, 'actor:nato').nodes.total).toBe(1);
    g.addDirectedEdgeWithKey('actor:ukraine|meets|actor:nato', 'actor:ukraine', 'actor:nato', { relation: 'meets', evidence: [], firstDate: '2022-01-10', lastDate: '2022-01-10' });
    expect(neighbors(g, 'actor:nato').nodes.items.map((n) => n.key)).toContain('actor:ukraine');
  });
});

describe('nodeDetail', () => {
  test('groups edges by relation with the other end named', () => {
    const r = nodeDetail(sampleGraph(), 'actor:united-states');
    expect(Object.keys(r.edges).sort()).toEqual(['meets', 'offers', 'rejects', 'represents', 'threatens']);
    expect(r.edges.represents![0]).toMatchObject({ direction: 'in', other: { key: 'actor:blinken', label: 'Antony Blinken' } });
  });

  test('counts in and out degree', () => {
    expect(nodeDetail(sampleGraph(), 'actor:united-states').degree).toEqual({ in: 1, out: 4, total: 5 });
  });
});
