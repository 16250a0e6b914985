// Edge labels kept off node labels (web/src/edge-label-guard.ts, issue 12).
import { describe, expect, test } from 'vitest';
import { edgeLabelCrosses } from '../../web/src/edge-label-guard.ts';
import type { LabelBox } from '../../web/src/labels.ts';

const box = (x: number, y: number, width = 60, height = 14): LabelBox => ({ key: 'n', label: 'Russia', x, y, width, height });
const a = { x: 0, y: 100, r: 10 };
const b = { x: 200, y: 100, r: 10 };

describe('edgeLabelCrosses', () => {
  test('finds a node label lying across the middle of the edge', () => {
    expect(edgeLabelCrosses([box(80, 95)], a, b, 60, 12)).toBe(true);
  });

  test('finds a node label touching the label\'s end only', () => {
    expect(edgeLabelCrosses([box(128, 95)], a, b, 60, 12)).toBe(true);
  });

  test('passes node labels beside the edge label', () => {
    expect(edgeLabelCrosses([box(150, 95), box(80, 130)], a, b, 60, 12)).toBe(false);
  });

  test('passes when there are no node labels', () => {
    expect(edgeLabelCrosses([], a, b, 60, 12)).toBe(false);
  });
});
