import { describe, expect, test } from 'vitest';
import { cosineDistance, seriate, type Profile } from '../../../src/graph/queries/seriation.ts';

const p = (entries: Array<[number, number]>): Profile => new Map(entries);

describe('cosineDistance', () => {
  test.for([
    ['the same profile', p([[0, 1], [1, -1]]), p([[0, 1], [1, -1]]), 0],
    ['opposite stances', p([[0, 1]]), p([[0, -1]]), 2],
    ['no position in common', p([[0, 1]]), p([[1, 1]]), 1],
    ['an empty profile', p([]), p([[1, 1]]), 1],
  ] as const)('returns %s → %d', ([, a, b, d]) => {
    expect(cosineDistance(a, b)).toBe(d);
  });
});

describe('seriate', () => {
  test('puts the profiles of each bloc side by side whatever the input order', () => {
    const west = p([[0, -1], [1, -1], [2, 1]]);
    const east = p([[0, 1], [1, 1], [2, -1]]);
    const order = seriate([west, east, west, east, west]);
    expect(order.map((i) => (i % 2 ? 'E' : 'W')).join('')).toMatch(/^(WWWEE|EEWWW)$/);
  });

  test('returns every index once', () => {
    const profiles = Array.from({ length: 12 }, (_v, i) => p([[i % 4, i % 3 ? 1 : -1]]));
    expect([...seriate(profiles)].sort((a, b) => a - b)).toEqual([...profiles.keys()]);
  });
});
