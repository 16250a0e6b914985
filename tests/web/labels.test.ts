// Label placement (web/src/labels.ts, issue 12): the most important labels first, none over another label or
// over the disc of a node that matters as much; a hub's label may cross a leaf.
import { describe, expect, test } from 'vitest';
import { placeLabels, type ScreenNode } from '../../web/src/labels.ts';

const measure = (label: string) => label.length * 7;
// Kept clear of the top edge: a label cut by the edge is left out.
const at = (key: string, x: number, y: number, priority: number, r = 5): ScreenNode => ({ key, label: key, x, y: y + 50, r, priority });

describe('placeLabels', () => {
  test('places every label when there is room', () => {
    const placed = placeLabels([at('Russia', 0, 0, 10), at('NATO', 0, 40, 5), at('Iran', 200, 0, 5)], measure, 13);
    expect([...placed.keys()].sort()).toEqual(['Iran', 'NATO', 'Russia']);
  });

  test('leaves out the less important of two labels that would overlap when no other side is free', () => {
    const placed = placeLabels([at('Ukraine', 0, 4, 3), at('Russia', 0, 0, 10)], measure, 13);
    expect([...placed.keys()]).toEqual(['Russia']);
  });

  test('puts a label left of its node when a more important label takes the right', () => {
    const placed = placeLabels([at('Ukraine', 300, 4, 3), at('Russia', 300, 0, 10)], measure, 13);
    expect(placed.get('Ukraine')!.x + placed.get('Ukraine')!.width).toBeLessThan(300);
    expect(placed.get('Russia')!.x).toBeGreaterThan(300);
  });

  test('puts a label left of its node at the right edge of the graph', () => {
    const placed = placeLabels([at('Prevent it', 390, 50, 5)], measure, 13, { width: 400, height: 300 });
    expect(placed.get('Prevent it')!.x + placed.get('Prevent it')!.width).toBeLessThan(390);
  });

  test('keeps a label off the disc of a node that matters as much', () => {
    const placed = placeLabels([at('Iran', 0, 0, 5), at('Iraq', 20, 0, 5, 8)], measure, 13);
    expect(placed.has('Iran')).toBe(false);
    expect(placed.has('Iraq')).toBe(true);
  });

  test('lets a hub label cross a smaller node', () => {
    const placed = placeLabels([at('United States', 0, 0, 20, 12), at('x', 40, 0, 1, 3)], measure, 13);
    expect(placed.has('United States')).toBe(true);
  });

  test('leaves out a label that the edge of the graph would cut', () => {
    const placed = placeLabels([at('Prevent it from achieving a nuclear weapon', 300, 50, 5)], measure, 13, { width: 400, height: 300 });
    expect(placed.size).toBe(0);
  });

  test('returns boxes that never overlap, on a crowded row', () => {
    const nodes = Array.from({ length: 30 }, (_, i) => at(`node ${i}`, (i % 6) * 25, Math.floor(i / 6) * 9, i % 7));
    const boxes = [...placeLabels(nodes, measure, 13).values()];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        expect(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height).toBe(false);
      }
  });
});
