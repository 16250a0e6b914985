// Keeps edge labels off node labels: sigma draws an edge's label after the node labels, along the middle of the
// edge, and one running through a node's name left both unreadable (Russia's "demands (red line)" over "Russia").
import type { LabelBox } from './labels.ts';

export interface Point {
  x: number;
  y: number;
}

/** Pixels between two points of the label tested against the boxes. */
const STEP = 4;

/**
 * Whether a label `length` pixels long and `height` high, centred between the rims of discs a and b along the
 * line between them (as sigma's straight edge labels are), crosses any of the boxes.
 */
export function edgeLabelCrosses(boxes: readonly LabelBox[], a: Point & { r: number }, b: Point & { r: number }, length: number, height: number): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const d = Math.hypot(dx, dy);
  if (d === 0 || boxes.length === 0) return false;
  const [ux, uy] = [dx / d, dy / d];
  // The middle between the rims, and the label no longer than the stretch between them.
  const cx = (a.x + ux * a.r + b.x - ux * b.r) / 2;
  const cy = (a.y + uy * a.r + b.y - uy * b.r) / 2;
  const half = Math.min(length, Math.max(0, d - a.r - b.r)) / 2;
  const pad = height / 2;
  for (let t = -half; t <= half + 1e-9; t += STEP) {
    const x = cx + ux * t;
    const y = cy + uy * t;
    if (boxes.some((box) => x > box.x - pad && x < box.x + box.width + pad && y > box.y - pad && y < box.y + box.height + pad)) return true;
  }
  return false;
}
