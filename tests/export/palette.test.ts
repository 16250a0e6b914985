// The palette's promise to readers (issue 12): every relation pair and every node kind pair far apart
// (ΔE2000) in normal vision; under simulated deuteranopia and protanopia every pair either as far apart or drawn in
// different line styles; every relation line readable on white; demand nodes never the colour of `demands` edges.
import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, parse, wcagContrast, type Color } from 'culori';
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
  const simulated = ['deuteranopia', 'protanopia'] as const;

  // What a colour-blind reader relies on: a pair colour alone cannot tell apart must differ in line style.
  test.for(relationPairs.flatMap(([a, b]) => simulated.map((v) => [a, b, v] as const)))(
    '%s and %s differ by ΔE2000 ≥ 20 under %s or have different line styles',
    ([a, b, vision]) => {
      const see = VISIONS[vision]!;
      const distinct = deltaE(see(RELATION_HEX[a]), see(RELATION_HEX[b])) >= MIN_DELTA_E || lineOf(a) !== lineOf(b);
      expect(distinct).toBe(true);
    },
  );

  // Twelve colours at 3:1 cannot all keep 20 under the simulations: scripts/palette-search.ts found 19.4 at best
  // (eleven keep 20.4); this palette, the best with every same-style pair at 20, keeps 19.2 between all the others.
  const acrossLines = relationPairs.filter(([a, b]) => lineOf(a) !== lineOf(b));
  test.for(acrossLines.flatMap(([a, b]) => simulated.map((v) => [a, b, v] as const)))(
    '%s and %s (different line styles) still differ by ΔE2000 ≥ 19 under %s',
    ([a, b, vision]) => {
      const see = VISIONS[vision]!;
      expect(deltaE(see(RELATION_HEX[a]), see(RELATION_HEX[b]))).toBeGreaterThanOrEqual(19);
    },
  );

  test('pairs that share a colour family share a line style, and the three families have three styles', () => {
    expect(new Set(Object.values(FAMILY_LINE)).size).toBe(3);
    expect(sameLine.every(([a, b]) => RELATION_FAMILY[a] === RELATION_FAMILY[b])).toBe(true);
  });

  test.for(RELATIONS)('%s has at least 3:1 contrast on white', (relation) => {
    expect(wcagContrast(RELATION_HEX[relation], '#ffffff')).toBeGreaterThanOrEqual(3);
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
