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
 * Twelve colours cannot all stay ΔE2000 ≥ 20 apart under simulated deuteranopia and protanopia at 3:1 contrast
 * on white (a search over sRGB tops out near 16), so each family has its own line style: the colours are ≥ 20 apart
 * in normal vision, and within a family in every vision; across families under colour-vision deficiency they keep
 * ≥ 12, and the line style tells them apart (tests/export/palette.test.ts).
 */
export const FAMILY_LINE: Record<RelationFamily, LineStyle> = {
  pressure: 'solid',
  cooperation: 'dashed',
  structure: 'dotted',
};

export const RELATION_HEX: Record<Relation, string> = {
  demands: '#c37800',
  rejects: '#870f00',
  threatens: '#87005a',
  imposes: '#a578a5',
  accuses: '#b41eff',
  offers: '#2da55a',
  accepts: '#0f694b',
  supports: '#5a87ff',
  meets: '#0f00c3',
  targets: '#695a00',
  answers: '#2d5a96',
  represents: '#878787',
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
