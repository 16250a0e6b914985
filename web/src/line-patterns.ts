// Line patterns in screen (CSS) pixels, shared by the WebGL edge programs and the exported figures: one per
// relation family that is not solid, and for conditional edges a dash followed by one dot per family rank, so a
// conditional edge still shows its family (colour alone does not tell every family apart to a colour-blind eye).
import type { LineStyle } from '../../src/export/palette.ts';

/** A dash and a gap, then `dots` dots (default one when `dot` is set), each followed by another gap. */
export interface DashPattern {
  dash: number;
  gap: number;
  dot?: number;
  dots?: number;
}

export const DASHED: DashPattern = { dash: 8, gap: 4 };
export const DOTTED: DashPattern = { dash: 2, gap: 3 };

/** Conditional edges by their family's line style: dash-dot (solid), dash-dot-dot (dashed), dash-dot-dot-dot (dotted). */
export const CONDITIONAL: Record<LineStyle, DashPattern> = {
  solid: { dash: 9, gap: 3, dot: 2, dots: 1 },
  dashed: { dash: 9, gap: 3, dot: 2, dots: 2 },
  dotted: { dash: 9, gap: 3, dot: 2, dots: 3 },
};

/** The pattern as dash/gap lengths, for SVG's stroke-dasharray and canvas setLineDash. */
export function dashLengths(pattern: DashPattern): number[] {
  const dots = pattern.dot ? (pattern.dots ?? 1) : 0;
  return [pattern.dash, pattern.gap, ...Array.from({ length: dots }, () => [pattern.dot!, pattern.gap]).flat()];
}
