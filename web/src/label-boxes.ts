// Pushes apart the boxes a node and its label take on screen (Gephi's Label Adjust), so labels stop
// colliding once the layout has settled. Pure: boxes in graph units in, moved boxes out.
// Hand-written: graphology-layout-noverlap separates discs only, and a label is a wide rectangle beside its disc.

export interface Box {
  /** centre */
  x: number;
  y: number;
  /** half width and half height */
  hw: number;
  hh: number;
}

/**
 * Moves overlapping boxes apart along the line between their centres, a few passes over a uniform grid
 * (cell = the largest box side), so the cost stays near-linear. Returns how many pairs still overlap.
 */
export function separateBoxes(boxes: Box[], margin: number, passes = 20): number {
  if (boxes.length < 2) return 0;
  const cell = 2 * boxes.reduce((m, b) => Math.max(m, b.hw, b.hh), 0) + margin;
  let overlapping = 0;
  for (let pass = 0; pass < passes; pass++) {
    overlapping = 0;
    const grid = new Map<string, number[]>();
    boxes.forEach((b, i) => {
      const key = `${Math.floor(b.x / cell)},${Math.floor(b.y / cell)}`;
      const bucket = grid.get(key);
      if (bucket) bucket.push(i);
      else grid.set(key, [i]);
    });
    boxes.forEach((a, i) => {
      const cx = Math.floor(a.x / cell);
      const cy = Math.floor(a.y / cell);
      for (let gx = cx - 1; gx <= cx + 1; gx++) {
        for (let gy = cy - 1; gy <= cy + 1; gy++) {
          for (const j of grid.get(`${gx},${gy}`) ?? []) {
            if (j <= i) continue;
            if (pushApart(a, boxes[j]!, margin, i, j)) overlapping += 1;
          }
        }
      }
    });
    if (overlapping === 0) break;
  }
  return overlapping;
}

/**
 * Separates two boxes if they overlap (with the margin), along the line between their centres, just far enough
 * for one axis to clear: the layout keeps its shape (always taking the shorter axis stacked wide labels into a
 * column). Returns whether they overlapped.
 */
function pushApart(a: Box, b: Box, margin: number, i: number, j: number): boolean {
  let dx = b.x - a.x;
  let dy = b.y - a.y;
  const wx = a.hw + b.hw + margin;
  const wy = a.hh + b.hh + margin;
  if (Math.abs(dx) >= wx || Math.abs(dy) >= wy) return false;
  if (dx === 0 && dy === 0) {
    // Same centre: a direction from the indices, so the result is deterministic.
    const angle = ((i * 7 + j * 13) % 360) * (Math.PI / 180);
    dx = Math.cos(angle) * 1e-6 * wx;
    dy = Math.sin(angle) * 1e-6 * wy;
  }
  const stretch = Math.min(dx !== 0 ? wx / Math.abs(dx) : Infinity, dy !== 0 ? wy / Math.abs(dy) : Infinity);
  const push = (stretch - 1) / 2;
  a.x -= dx * push;
  a.y -= dy * push;
  b.x += dx * push;
  b.y += dy * push;
  return true;
}

/** How many pairs of boxes overlap (with the margin), without moving them. */
export function countOverlaps(boxes: readonly Box[], margin: number): number {
  const copy = boxes.map((b) => ({ ...b }));
  // One pass on a copy counts the pairs it had to push: exactly the overlapping pairs seen in that pass.
  return separateBoxes(copy, margin, 1);
}

/** Whether two screen rectangles (left, top, width, height) overlap. */
export function rectsOverlap(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
