// Colours for node kinds and edge relations, node size from degree and edge thickness from evidence:
// the visual vocabulary shared by the renderer, the legend, the filters and the PNG export.
import type { NodeKind, Relation } from '../../src/graph/types.ts';

export const KIND_COLORS: Record<NodeKind, string> = {
  actor: '#2f6fdb',
  demand: '#e8730c',
  response: '#2a9d6f',
};

export const KIND_LABELS: Record<NodeKind, string> = {
  actor: 'Actor',
  demand: 'Demand',
  response: 'Response',
};

export const RELATION_COLORS: Record<Relation, string> = {
  demands: '#e8730c',
  rejects: '#d62839',
  threatens: '#8e1b5a',
  offers: '#2a9d6f',
  accepts: '#1b8a8a',
  supports: '#4c8bf5',
  imposes: '#9c5518',
  targets: '#8a8f98',
  answers: '#7a5cc7',
  represents: '#b5bac2',
  accuses: '#c2185b',
  meets: '#3aa6c7',
};

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
