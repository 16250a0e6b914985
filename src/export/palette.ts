// Colours and sizes the exports give nodes and edges: one colour per node kind and per relation, size
// growing with degree, so a graph opened in Gephi or yEd reads the same as in the browser app.
import type { NodeKind, Relation } from '../graph/types.ts';

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export const KIND_COLORS: Record<NodeKind, Rgb> = {
  actor: { r: 31, g: 119, b: 180 },
  demand: { r: 214, g: 39, b: 40 },
  response: { r: 44, g: 160, b: 44 },
};

export const RELATION_COLORS: Record<Relation, Rgb> = {
  demands: { r: 214, g: 39, b: 40 },
  rejects: { r: 140, g: 86, b: 75 },
  threatens: { r: 148, g: 0, b: 60 },
  offers: { r: 44, g: 160, b: 44 },
  accepts: { r: 23, g: 190, b: 207 },
  supports: { r: 188, g: 189, b: 34 },
  imposes: { r: 255, g: 127, b: 14 },
  targets: { r: 127, g: 127, b: 127 },
  answers: { r: 148, g: 103, b: 189 },
  represents: { r: 174, g: 199, b: 232 },
  accuses: { r: 227, g: 119, b: 194 },
  meets: { r: 31, g: 119, b: 180 },
};

/** Node size from degree: visible when isolated, growing with the square root so hubs do not swamp the view. */
export function sizeForDegree(degree: number): number {
  return Math.round((4 + 3 * Math.sqrt(degree)) * 100) / 100;
}

export function hex({ r, g, b }: Rgb): string {
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}
