// Colours for node kinds and edge relations, node size from degree and edge thickness from evidence:
// the visual vocabulary shared by the renderer, the legend, the filters and the PNG export.
import { KIND_HEX, RELATION_HEX } from '../../src/export/palette.ts';
import type { NodeKind, Relation } from '../../src/graph/types.ts';

export { FAMILY_LINE, RELATION_FAMILY, RELATION_MEANING, type LineStyle, type RelationFamily } from '../../src/export/palette.ts';

/** CSS colours of node kinds and relations, from the exports' palette (one source of truth). */
export const KIND_COLORS: Record<NodeKind, string> = KIND_HEX;

export const KIND_LABELS: Record<NodeKind, string> = {
  actor: 'Actor',
  demand: 'Demand',
  response: 'Response',
};

export const RELATION_COLORS: Record<Relation, string> = RELATION_HEX;

/** Colour of everything outside the hovered or selected neighbourhood. */
export const FADED_NODE = '#e4e6ea';
export const FADED_EDGE = '#eef0f2';
export const HIGHLIGHT_EDGE_SIZE_FACTOR = 1.6;

/** Node radius in pixels from its degree; smaller on large graphs so hubs do not cover their neighbours. */
export function nodeSize(degree: number, large = false): number {
  return large ? Math.min(12, 1.5 + 0.8 * Math.sqrt(degree)) : Math.min(28, 4 + 2.4 * Math.sqrt(degree));
}

export function edgeSize(evidenceCount: number): number {
  return Math.min(6, 1.8 + Math.log2(Math.max(1, evidenceCount)));
}
