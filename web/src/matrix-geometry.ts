// Where the stance matrix's cells are in its chart: shared by the drawing (matrix-plot.ts, loaded on demand with
// Observable Plot) and the page's pointer and keyboard handling, which must not load Plot to know it.

/** Cell side in pixels: 300 × 300 cells make a 4,200-pixel square, scrolled in its pane. */
export const CELL = 14;
/** Room for the row labels (actors) on the left and the slanted column labels (positions) on top. */
export const MARGIN_LEFT = 220;
export const MARGIN_TOP = 190;

/** A cell's top-left corner in chart coordinates. */
export function cellOrigin(row: number, column: number): { left: number; top: number } {
  return { left: MARGIN_LEFT + column * CELL, top: MARGIN_TOP + row * CELL };
}
