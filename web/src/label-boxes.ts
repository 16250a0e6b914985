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
 * Moves overlapping boxes apart along the axis where they overlap least, a few passes over a uniform grid
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

/** Separates two boxes if they overlap (with the margin); returns whether they did. */
function pushApart(a: Box, b: Box, margin: number, i: number, j: number): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const overlapX = a.hw + b.hw + margin - Math.abs(dx);
  const overlapY = a.hh + b.hh + margin - Math.abs(dy);
  if (overlapX <= 0 || overlapY <= 0) return false;
  // Same centre: a direction from the indices, so the result is deterministic.
  const sign = (d: number) => (d !== 0 ? Math.sign(d) : (i + j) % 2 === 0 ? 1 : -1);
  if (overlapY <= overlapX) {
    const push = (overlapY / 2) * sign(dy);
    a.y -= push;
    b.y += push;
  } else {
    const push = (overlapX / 2) * sign(dx);
    a.x -= push;
    b.x += push;
  }
  return true;
}

/** Whether two screen rectangles (left, top, width, height) overlap. */
export function rectsOverlap(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
