// Keyboard moves over the matrix's pairs (web/src/matrix-keys.ts).
import { describe, expect, test } from 'vitest';
import type { MatrixCell } from '../../src/server/api-types.ts';
import { nextCell, type MatrixKey } from '../../web/src/matrix-keys.ts';

// Pairs at (row, column), sorted as the API lists them:
// row 0: columns 1, 5    row 2: columns 0, 4, 9    row 3: column 2
const cells = [[0, 1], [0, 5], [2, 0], [2, 4], [2, 9], [3, 2]].map(([row, column]) => ({ row, column }) as MatrixCell);

describe('nextCell', () => {
  test.for<[number | null, MatrixKey, number]>([
    [null, 'ArrowDown', 0],
    [0, 'ArrowRight', 1],
    [1, 'ArrowRight', 2],
    [0, 'ArrowLeft', 0],
    [5, 'ArrowRight', 5],
    [1, 'ArrowDown', 3],
    [0, 'ArrowDown', 2],
    [4, 'ArrowDown', 5],
    [3, 'ArrowUp', 1],
    [0, 'ArrowUp', 0],
    [5, 'ArrowDown', 5],
    [3, 'Home', 0],
    [0, 'End', 5],
  ])('moves from %s with %s to %d', ([at, key, to]) => {
    expect(nextCell(cells, at, key)).toBe(to);
  });

  test('returns null when there is no pair', () => {
    expect(nextCell([], null, 'ArrowRight')).toBeNull();
  });
});
