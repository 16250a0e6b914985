import { describe, expect, test } from 'vitest';
import { shortestPaths } from '../../../src/graph/queries/paths.ts';
import { sampleGraph } from '../../_helpers.ts';

describe('shortestPaths', () => {
  test('finds a path walking edges against their direction', () => {
    const r = shortestPaths(sampleGraph(), 'actor:ryabkov', 'actor:nato');
    expect(r.total).toBe(1);
    expect(r.items[0]!.nodes.map((n) => n.key)).toEqual(['actor:ryabkov', 'position:nato-non-expansion', 'actor:nato']);
    expect(r.items[0]!.edges.map((e) => e.relation)).toEqual(['demands', 'targets']);
  });

  test('lists every shortest path of equal length', () => {
    const r = shortestPaths(sampleGraph(), 'actor:united-states', 'position:nato-non-expansion');
    expect(r.items.every((p) => p.length === 1)).toBe(true);
    expect(r.total).toBe(1);
    const two = shortestPaths(sampleGraph(), 'actor:blinken', 'position:nato-non-expansion');
    expect(two.items.map((p) => p.nodes.map((n) => n.key).join(' > ')).sort()).toEqual([
      'actor:blinken > actor:ryabkov > position:nato-non-expansion',
      'actor:blinken > actor:united-states > position:nato-non-expansion',
    ]);
  });

  test('finds no path when directed edges do not lead there', () => {
    expect(shortestPaths(sampleGraph(), 'actor:nato', 'actor:ryabkov', { directed: true }).total).toBe(0);
  });

  test('finds no path longer than maxLength', () => {
    expect(shortestPaths(sampleGraph(), 'actor:ryabkov', 'actor:nato', { maxLength: 1 }).items).toEqual([]);
  });

  test('stops listing at limit while counting all', () => {
    const r = shortestPaths(sampleGraph(), 'actor:blinken', 'position:nato-non-expansion', { limit: 1 });
    expect([r.items.length, r.total]).toEqual([1, 2]);
  });

  test('throws NOT_FOUND for an unknown endpoint', () => {
    expect(() => shortestPaths(sampleGraph(), 'actor:nobody', 'actor:nato')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});
