// The camera that frames some nodes with their discs and labels: the smallest zoom ratio at which they fit the
// graph area as sigma would draw them, found by bisection (positions scale with the zoom, disc sizes and label
// widths do not, so no closed formula frames both). Pure: sigma's transforms come in as functions.

export interface Point {
  x: number;
  y: number;
}

/** A node in sigma's framed coordinates, its display size and its label's width in pixels (0: none). */
export interface FramePoint extends Point {
  size: number;
  label: number;
}

/** Sigma's transforms for a camera at the framed centre (0.5, 0.5) with the given ratio. */
export interface FrameProjection {
  toScreen(point: Point, ratio: number): Point;
  toFramed(point: Point, ratio: number): Point;
  /** a disc's radius on screen */
  radius(size: number, ratio: number): number;
}

export interface FrameOptions {
  /** the graph area in pixels */
  width: number;
  height: number;
  /** pixels kept free around the nodes and labels */
  padding: number;
  /** pixels between a disc and its label, and a label's height */
  labelGap: number;
  labelHeight: number;
  minRatio: number;
  maxRatio: number;
}

interface Extent {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** The box the points take on screen at this ratio, labels to the right of their discs. */
function extentAt(points: readonly FramePoint[], projection: FrameProjection, ratio: number, options: FrameOptions): Extent {
  const e = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  for (const p of points) {
    const at = projection.toScreen(p, ratio);
    const r = projection.radius(p.size, ratio);
    const half = Math.max(r, options.labelHeight / 2);
    e.minX = Math.min(e.minX, at.x - r);
    e.maxX = Math.max(e.maxX, at.x + r + (p.label ? options.labelGap + p.label : 0));
    e.minY = Math.min(e.minY, at.y - half);
    e.maxY = Math.max(e.maxY, at.y + half);
  }
  return e;
}

/** The camera (framed centre and ratio) that shows every point whole, as close as minRatio..maxRatio allow. */
export function frameCamera(points: readonly FramePoint[], projection: FrameProjection, options: FrameOptions): Point & { ratio: number } | null {
  if (points.length === 0) return null;
  const fits = (ratio: number): boolean => {
    const e = extentAt(points, projection, ratio, options);
    return e.maxX - e.minX <= options.width - 2 * options.padding && e.maxY - e.minY <= options.height - 2 * options.padding;
  };
  let [low, high] = [options.minRatio, options.maxRatio];
  if (fits(low)) high = low;
  for (let step = 0; step < 40 && high - low > 1e-4 * high; step++) {
    const middle = (low + high) / 2;
    if (fits(middle)) high = middle;
    else low = middle;
  }
  const e = extentAt(points, projection, high, options);
  const centre = projection.toFramed({ x: (e.minX + e.maxX) / 2, y: (e.minY + e.maxY) / 2 }, high);
  return { x: centre.x, y: centre.y, ratio: high };
}
