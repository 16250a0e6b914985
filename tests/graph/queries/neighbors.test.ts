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
