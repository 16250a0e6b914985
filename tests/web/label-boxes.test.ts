// Overlap removal after the layout: node discs with their labels (web/src/label-boxes.ts).
import { describe, expect, test } from 'vitest';
import { countOverlaps, rectsOverlap, separateBoxes, type Box } from '../../web/src/label-boxes.ts';
import { fitScale } from '../../web/src/layout.ts';

describe('separateBoxes (issue 12: labels)', () => {
  test('moves overlapping label boxes apart until none overlap', () => {
    const boxes = [
      { x: 0, y: 0, hw: 50, hh: 8 },
      { x: 20, y: 4, hw: 40, hh: 8 },
      { x: 10, y: -3, hw: 30, hh: 8 },
      { x: 0, y: 0, hw: 20, hh: 8 },
    ];
    expect(separateBoxes(boxes, 2, 100)).toBe(0);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const apart = Math.abs(a.x - b.x) >= a.hw + b.hw + 2 - 1e-6 || Math.abs(a.y - b.y) >= a.hh + b.hh + 2 - 1e-6;
        expect(apart).toBe(true);
      }
  });

  test('moves two boxes apart along the line between their centres, just until one axis clears', () => {
    const boxes = [{ x: 0, y: 0, hw: 60, hh: 8 }, { x: 10, y: 2, hw: 60, hh: 8 }];
    separateBoxes(boxes, 0);
    const [a, b] = boxes as [Box, Box];
    expect(b.y - a.y).toBeCloseTo(16);
    expect((b.y - a.y) / (b.x - a.x)).toBeCloseTo(0.2);
  });
});

describe('rectsOverlap', () => {
  test.for([
    [{ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 }, true],
    [{ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 }, false],
    [{ x: 0, y: 0, width: 10, height: 10 }, { x: 0, y: 11, width: 10, height: 10 }, false],
  ] as const)('%o and %o overlap: %s', ([a, b, expected]) => {
    expect(rectsOverlap(a, b)).toBe(expected);
  });
});

describe('fitScale (sigma\'s framing, issue 12)', () => {
  test.for([
    // a square graph in a wide stage: its side fits the stage's height
    [100, 100, 1200, 800, 0, 8],
    // a wide graph in a wide stage: the width fits
    [300, 100, 1200, 800, 0, 4],
    // a tall graph in a wide stage: the height fits
    [100, 200, 1200, 800, 0, 4],
    // padding comes off the stage's shorter side
    [100, 100, 1200, 800, 100, 6],
  ] as const)('frames %d×%d in %d×%d (padding %d) at %d px per unit', ([dx, dy, width, height, padding, expected]) => {
    expect(fitScale(dx, dy, width, height, padding)).toBeCloseTo(expected);
  });
});

describe('countOverlaps', () => {
  test('counts overlapping pairs without moving the boxes', () => {
    const boxes = [{ x: 0, y: 0, hw: 10, hh: 5 }, { x: 5, y: 0, hw: 10, hh: 5 }, { x: 100, y: 0, hw: 10, hh: 5 }];
    const before = JSON.stringify(boxes);
    expect(countOverlaps(boxes, 0)).toBe(1);
    expect(JSON.stringify(boxes)).toBe(before);
  });
});
