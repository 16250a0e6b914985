// The palette's promise to readers (issue 12): every relation pair and every node kind pair far apart
// (ΔE2000) in normal vision; under simulated deuteranopia and protanopia every pair of the same line style as far
// apart and the others as far as twelve colours allow; every relation line readable on white and none near black;
// demand nodes never the colour of `demands` edges.
import { converter, differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, parse, wcagContrast, type Color } from 'culori';
import { describe, expect, test } from 'vitest';
import { FAMILY_LINE, KIND_HEX, RELATION_FAMILY, RELATION_HEX, hex, rgb } from '../../src/export/palette.ts';
import { RELATIONS, type Relation } from '../../src/graph/types.ts';

const deltaE = differenceCiede2000();
const VISIONS: Record<string, (c: string) => Color | string> = {
  normal: (c) => c,
  deuteranopia: (c) => filterDeficiencyDeuter(1)(parse(c) as Color),
  protanopia: (c) => filterDeficiencyProt(1)(parse(c) as Color),
};
const MIN_DELTA_E = 20;
/** Near-black colours are far apart by ΔE2000 and look alike as thin lines and matrix cells. */
const MIN_LIGHTNESS = 30;
/**
 * Pairs of different line styles under the simulations. Twelve colours at 3:1 cannot all keep 20 in the three
 * visions: a discrete max-min diversity search (scripts/palette-search.ts maxmin: sRGB grid of step 12, greedy
 * construction, swap local search, tabu threshold phase, 10 seeded restarts, refined on the full 8-bit gamut)
 * reaches 19.2 at best, 17.4 with L* ≥ 25 and 16.8 with L* ≥ 30 (seeded annealing: 19.4 with no floor). With
 * L* ≥ 30 and the same-style pairs at 20, its best keeps 16.19 across styles (maxmin-styled --cross 15).
 */
const MIN_CROSS_STYLE = 16;
const toLab = converter('lab65');

function pairs<T>(items: readonly T[]): Array<[T, T]> {
  return items.flatMap((a, i) => items.slice(i + 1).map((b) => [a, b] as [T, T]));
}

const relationPairs = pairs(RELATIONS);
const lineOf = (r: Relation) => FAMILY_LINE[RELATION_FAMILY[r]];

describe('RELATION_HEX', () => {
  test.for(relationPairs)('%s and %s differ by ΔE2000 ≥ 20 in normal vision', ([a, b]) => {
    expect(deltaE(RELATION_HEX[a], RELATION_HEX[b])).toBeGreaterThanOrEqual(MIN_DELTA_E);
  });

  const sameLine = relationPairs.filter(([a, b]) => lineOf(a) === lineOf(b));
  const acrossLines = relationPairs.filter(([a, b]) => lineOf(a) !== lineOf(b));
  const simulated = ['deuteranopia', 'protanopia'] as const;

  // What a colour-blind reader relies on: colour tells apart the relations drawn alike.
  test.for(sameLine.flatMap(([a, b]) => simulated.map((v) => [a, b, v] as const)))(
    '%s and %s (same line style) differ by ΔE2000 ≥ 20 under %s',
    ([a, b, vision]) => {
      const see = VISIONS[vision]!;
      expect(deltaE(see(RELATION_HEX[a]), see(RELATION_HEX[b]))).toBeGreaterThanOrEqual(MIN_DELTA_E);
    },
  );

  test.for(acrossLines.flatMap(([a, b]) => simulated.map((v) => [a, b, v] as const)))(
    '%s and %s (different line styles) differ by ΔE2000 ≥ 16 under %s',
    ([a, b, vision]) => {
      const see = VISIONS[vision]!;
      expect(deltaE(see(RELATION_HEX[a]), see(RELATION_HEX[b]))).toBeGreaterThanOrEqual(MIN_CROSS_STYLE);
    },
  );

  test('pairs that share a colour family share a line style, and the three families have three styles', () => {
    expect(new Set(Object.values(FAMILY_LINE)).size).toBe(3);
    expect(sameLine.every(([a, b]) => RELATION_FAMILY[a] === RELATION_FAMILY[b])).toBe(true);
  });

  test.for(RELATIONS)('%s has at least 3:1 contrast on white', (relation) => {
    expect(wcagContrast(RELATION_HEX[relation], '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  test.for(RELATIONS)('%s is no darker than CIELAB L* 30', (relation) => {
    expect((toLab(RELATION_HEX[relation]) as { l: number }).l).toBeGreaterThanOrEqual(MIN_LIGHTNESS);
  });
});

describe('KIND_HEX', () => {
  test.for(pairs(['actor', 'demand', 'response'] as const).flatMap(([a, b]) => Object.keys(VISIONS).map((v) => [a, b, v] as const)))(
    '%s and %s nodes differ by ΔE2000 ≥ 18 under %s vision',
    ([a, b, vision]) => {
      const see = VISIONS[vision]!;
      expect(deltaE(see(KIND_HEX[a]), see(KIND_HEX[b]))).toBeGreaterThanOrEqual(18);
    },
  );

  test.for(Object.keys(KIND_HEX) as Array<keyof typeof KIND_HEX>)('white badge text on %s has 4.5:1 contrast', (kind) => {
    expect(wcagContrast('#ffffff', KIND_HEX[kind])).toBeGreaterThanOrEqual(4.5);
  });

  test('demand nodes are far from the colour of demands edges', () => {
    expect(deltaE(KIND_HEX.demand, RELATION_HEX.demands)).toBeGreaterThanOrEqual(MIN_DELTA_E);
  });
});

describe('rgb', () => {
  test('round-trips through hex for every palette colour', () => {
    for (const colour of [...Object.values(KIND_HEX), ...Object.values(RELATION_HEX)]) expect(hex(rgb(colour))).toBe(colour);
  });
});
