// Overlap removal after the layout (web/src/overlap.ts).
import { describe, expect, test } from 'vitest';
import { separateDiscs } from '../../web/src/overlap.ts';

describe('separateDiscs', () => {
  test('moves overlapping discs apart until they only touch with the margin', () => {
    const discs = [{ x: 0, y: 0, r: 1 }, { x: 0.5, y: 0, r: 1 }, { x: 0.5, y: 0, r: 1 }];
    expect(separateDiscs(discs, 0.1, 50)).toBe(0);
    for (let i = 0; i < discs.length; i++)
      for (let j = i + 1; j < discs.length; j++) expect(Math.hypot(discs[i].x - discs[j].x, discs[i].y - discs[j].y)).toBeGreaterThanOrEqual(2.1 - 1e-6);
  });

  test('leaves discs that do not overlap where they are', () => {
    const discs = [{ x: 0, y: 0, r: 1 }, { x: 10, y: 0, r: 1 }];
    separateDiscs(discs, 0.1);
    expect(discs).toEqual([{ x: 0, y: 0, r: 1 }, { x: 10, y: 0, r: 1 }]);
  });
});
