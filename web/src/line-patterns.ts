// Line patterns in screen (CSS) pixels, shared by the WebGL edge programs and the exported figures: one per
// relation family that is not solid, and dash-dot for conditional edges.

/** A dash, a gap, and an optional dot followed by another gap. */
export interface DashPattern {
  dash: number;
  gap: number;
  dot?: number;
}

export const DASHED: DashPattern = { dash: 8, gap: 4 };
export const DOTTED: DashPattern = { dash: 2, gap: 3 };
/** Conditional edges: dash-dot, unlike any family's style. */
export const DASH_DOT: DashPattern = { dash: 9, gap: 3, dot: 2 };
