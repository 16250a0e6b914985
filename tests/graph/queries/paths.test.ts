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

  test('stops listing at limit while counting all, and says the list is truncated', () => {
    const r = shortestPaths(sampleGraph(), 'actor:blinken', 'position:nato-non-expansion', { limit: 1 });
    expect([r.items.length, r.total, r.truncated]).toEqual([1, 2, true]);
    expect(shortestPaths(sampleGraph(), 'actor:blinken', 'position:nato-non-expansion').truncated).toBe(false);
  });

  test('counts every shortest path through a lattice and lists them in edge-key order', () => {
    // s links to a1..a3, each a_i to b1..b2, each b_j to t: 3 × 2 = 6 shortest paths of length 3.
    const g = sampleGraph();
    const actor = (key: string) => g.addNode(key, { kind: 'actor', label: key, aliases: [], actorType: 'person', known: false });
    const edge = (s: string, t: string) => g.addDirectedEdgeWithKey(`${s}|meets|${t}`, s, t, { relation: 'meets', evidence: [], firstDate: '2020-01-01', lastDate: '2020-01-01' });
    for (const k of ['s', 'a1', 'a2', 'a3', 'b1', 'b2', 't']) actor(k);
    for (const a of ['a1', 'a2', 'a3']) {
      edge('s', a);
      for (const b of ['b1', 'b2']) edge(a, b);
    }
    edge('b1', 't');
    edge('t', 'b2');
    const r = shortestPaths(g, 's', 't');
    expect([r.total, r.items.length]).toEqual([6, 6]);
    expect(r.items.map((p) => p.nodes.map((n) => n.key).join(' ')).sort()).toEqual(['s a1 b1 t', 's a1 b2 t', 's a2 b1 t', 's a2 b2 t', 's a3 b1 t', 's a3 b2 t']);
    expect(shortestPaths(g, 's', 't', { directed: true }).items.map((p) => p.nodes.map((n) => n.key).join(' '))).toEqual(['s a1 b1 t', 's a2 b1 t', 's a3 b1 t']);
    expect(shortestPaths(g, 's', 't', { maxLength: 2 }).total).toBe(0);
  });

  test('throws NOT_FOUND for an unknown endpoint', () => {
    expect(() => shortestPaths(sampleGraph(), 'actor:nobody', 'actor:nato')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});
