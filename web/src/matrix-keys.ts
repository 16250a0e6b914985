// Keyboard moves over the stance matrix's pairs (its cells are painted on a canvas, so they cannot take focus
// themselves): left/right step through the pairs in reading order, up/down go to the nearest pair of the row above
// or below, Home/End to the first or last pair.
import type { MatrixCell } from '../../src/server/api-types.ts';

export type MatrixKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';
export const MATRIX_KEYS: readonly string[] = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

/**
 * The index of the pair a key moves to from `at` (an index into `cells`, sorted by row then column as the API
 * lists them; null when none has focus yet: the first pair). Stays put at the edges.
 */
export function nextCell(cells: readonly MatrixCell[], at: number | null, key: MatrixKey): number | null {
  if (!cells.length) return null;
  if (at === null || key === 'Home') return 0;
  if (key === 'End') return cells.length - 1;
  if (key === 'ArrowRight') return Math.min(cells.length - 1, at + 1);
  if (key === 'ArrowLeft') return Math.max(0, at - 1);
  const here = cells[at]!;
  const step = key === 'ArrowDown' ? 1 : -1;
  // The nearest row in that direction that has a pair, then its pair closest to this column.
  let i = at;
  while (i >= 0 && i < cells.length && cells[i]!.row === here.row) i += step;
  if (i < 0 || i >= cells.length) return at;
  const row = cells[i]!.row;
  let best = i;
  for (let j = i; j >= 0 && j < cells.length && cells[j]!.row === row; j += step) {
    if (Math.abs(cells[j]!.column - here.column) < Math.abs(cells[best]!.column - here.column)) best = j;
  }
  return best;
}
