import { describe, expect, test } from 'vitest';
import { searchNodes } from '../../../src/graph/queries/search.ts';
import { sampleGraph } from '../../_helpers.ts';

describe('searchNodes', () => {
  test('finds a label with different case and no accents', () => {
    const r = searchNodes(sampleGraph(), { q: 'erdogan' });
    expect(r.items[0]!.key).toBe('actor:erdogan');
  });

  test('finds a node by an alias and reports the alias that matched', () => {
    const r = searchNodes(sampleGraph(), { q: 'moscow' });
    expect(r.items.map((h) => [h.key, h.match])).toEqual([['actor:russia', 'Moscow']]);
  });

  test('ranks an exact match before a substring match', () => {
    const r = searchNodes(sampleGraph(), { q: 'nato' });
    expect(r.items.map((h) => h.key)).toEqual(['actor:nato', 'position:nato-non-expansion']);
  });

  test('restricts hits to the given kinds', () => {
    const r = searchNodes(sampleGraph(), { q: 'nato', kinds: ['demand'] });
    expect(r.items.map((h) => h.key)).toEqual(['position:nato-non-expansion']);
  });

  test('pages with limit and offset while total counts every hit', () => {
    const all = searchNodes(sampleGraph(), {});
    const page = searchNodes(sampleGraph(), { limit: 3, offset: 2 });
    expect(all.total).toBe(12);
    expect(page.total).toBe(12);
    expect(page.items.map((h) => h.key)).toEqual(all.items.slice(2, 5).map((h) => h.key));
  });

  test('returns nothing for text no node contains', () => {
    expect(searchNodes(sampleGraph(), { q: 'zanzibar' })).toEqual({ items: [], total: 0 });
  });
});
