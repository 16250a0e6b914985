// Colours and sizes of nodes and edges: one colour per node kind and per relation, grouped by family with a
// line style each; the one source of truth for the exports (Gephi, yEd) and the browser app.
import type { NodeKind, Relation } from '../graph/types.ts';

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** Node colours: the kind badge writes white on them, so each keeps 4.5:1 contrast with white text. */
export const KIND_HEX: Record<NodeKind, string> = {
  actor: '#4263eb',
  demand: '#a61e4d',
  response: '#23803b',
};

export type RelationFamily = 'pressure' | 'cooperation' | 'structure';
export type LineStyle = 'solid' | 'dashed' | 'dotted';

export const RELATION_FAMILY: Record<Relation, RelationFamily> = {
  demands: 'pressure',
  rejects: 'pressure',
  threatens: 'pressure',
  imposes: 'pressure',
  accuses: 'pressure',
  offers: 'cooperation',
  accepts: 'cooperation',
  supports: 'cooperation',
  meets: 'cooperation',
  targets: 'structure',
  answers: 'structure',
  represents: 'structure',
};

/**
 * Each family has its own line style, because colour alone cannot carry twelve relations for every reader: at 3:1
 * contrast on white, twelve colours cannot all keep ΔE2000 20 under simulated deuteranopia and protanopia too
 * (Machado et al. 2009, severity 1). The best twelve a max-min diversity search found (scripts/palette-search.ts
 * maxmin) keep 19.2 at the closest pair in the worst vision, 17.4 with no colour darker than L* 25, 16.8 with L* ≥ 30;
 * and near-black colours, far apart on paper, look alike as thin lines. So every colour here has L* ≥ 30, every pair
 * keeps 20 in normal vision (≥ 21.2) and, when it shares a line style, in all three visions (≥ 22.1); pairs of
 * different styles keep 16.2 under the simulations. Found by `npx tsx scripts/palette-search.ts maxmin-styled
 * --min-lightness 30 --cross 15 --restarts 8` (tests/export/palette.test.ts holds it to that).
 */
export const FAMILY_LINE: Record<RelationFamily, LineStyle> = {
  pressure: 'solid',
  cooperation: 'dashed',
  structure: 'dotted',
};

export const RELATION_HEX: Record<Relation, string> = {
  demands: '#0100ef',
  rejects: '#8d86ff',
  threatens: '#ee0000',
  imposes: '#9e9182',
  accuses: '#595167',
  offers: '#606155',
  accepts: '#ac9400',
  supports: '#900067',
  meets: '#558f99',
  targets: '#0a6eb9',
  answers: '#920120',
  represents: '#9c6323',
};

/** What each relation means, in a few words, for the legend. */
export const RELATION_MEANING: Record<Relation, string> = {
  demands: 'asks for a position',
  rejects: 'refuses a demand or offer',
  threatens: 'warns of a penalty',
  imposes: 'carries out a penalty',
  accuses: 'blames another actor',
  offers: 'proposes a concession',
  accepts: 'agrees to a position',
  supports: 'backs a position',
  meets: 'holds talks with an actor',
  targets: 'position → the actor it is aimed at',
  answers: 'response → the demand it answers',
  represents: 'person → the state or body they speak for',
};

export function rgb(hexColor: string): Rgb {
  const n = Number.parseInt(hexColor.slice(1), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

export const KIND_COLORS = Object.fromEntries(Object.entries(KIND_HEX).map(([k, v]) => [k, rgb(v)])) as Record<NodeKind, Rgb>;
export const RELATION_COLORS = Object.fromEntries(Object.entries(RELATION_HEX).map(([k, v]) => [k, rgb(v)])) as Record<Relation, Rgb>;

/** Node size from degree: visible when isolated, growing with the square root so hubs do not swamp the view. */
export function sizeForDegree(degree: number): number {
  return Math.round((4 + 3 * Math.sqrt(degree)) * 100) / 100;
}

export function hex({ r, g, b }: Rgb): string {
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}
