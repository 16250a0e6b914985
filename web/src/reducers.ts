// Derives what sigma draws from the UI state: filtered-out items hidden, the hovered or selected node's
// neighbourhood bright and labelled, the rest faded. Never writes to the graph.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { DisplayEdge, DisplayGraph, DisplayNode } from './display-graph.ts';
import type { VisibleSet } from './filters.ts';
import { FADED_EDGE, FADED_NODE, HIGHLIGHT_EDGE_SIZE_FACTOR } from './palette.ts';

export interface HighlightView {
  visible: VisibleSet;
  /** the hovered node, else the selected one */
  focus: string | null;
  /** the focus and its visible neighbours */
  neighbourhood: Set<string>;
  /** the edge under the pointer, labelled */
  hoveredEdge: string | null;
  /** large graphs drop faded edges instead of drawing them pale */
  large: boolean;
}

const MAX_LABEL = 34;

export function shortLabel(label: string): string {
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1).trimEnd()}…` : label;
}

/** The label an edge shows when highlighted: its relation and, for conditional ones, the condition. */
export function edgeLabel(attrs: Pick<DisplayEdge, 'relation' | 'condition' | 'strength'>): string {
  const parts: string[] = [attrs.relation];
  if (attrs.strength) parts.push(`(${attrs.strength})`);
  if (attrs.condition) parts.push(`— ${shortLabel(attrs.condition)}`);
  return parts.join(' ');
}

export function highlightView(
  graph: DisplayGraph,
  visible: VisibleSet,
  focus: string | null,
  large: boolean,
  hoveredEdge: string | null = null,
): HighlightView {
  const neighbourhood = new Set<string>();
  const shownFocus = focus && graph.hasNode(focus) && visible.nodes.has(focus) ? focus : null;
  if (shownFocus) {
    neighbourhood.add(shownFocus);
    graph.forEachEdge(shownFocus, (edge, _attrs, source, target) => {
      if (visible.edges.has(edge)) neighbourhood.add(source === shownFocus ? target : source);
    });
  }
  return { visible, focus: shownFocus, neighbourhood, large, hoveredEdge };
}

export function reduceNode(view: HighlightView, node: string, data: DisplayNode): Partial<NodeDisplayData> {
  if (!view.visible.nodes.has(node)) return { ...data, hidden: true };
  const label = shortLabel(data.label);
  if (!view.focus) return { ...data, label };
  if (node === view.focus) return { ...data, label, highlighted: true, forceLabel: true, zIndex: 2 };
  if (view.neighbourhood.has(node)) return { ...data, label, forceLabel: true, zIndex: 1 };
  return { ...data, label: '', color: FADED_NODE, zIndex: 0 };
}

export function reduceEdge(view: HighlightView, graph: DisplayGraph, edge: string, data: DisplayEdge): Partial<EdgeDisplayData> {
  if (!view.visible.edges.has(edge)) return { ...data, hidden: true };
  if (edge === view.hoveredEdge) return { ...data, label: edgeLabel(data), size: data.size * HIGHLIGHT_EDGE_SIZE_FACTOR, zIndex: 2, forceLabel: true };
  if (!view.focus) return { ...data, label: null };
  const incident = graph.source(edge) === view.focus || graph.target(edge) === view.focus;
  // Around the focus only conditional or qualified edges carry a label: every relation at once is unreadable.
  const labelled = Boolean(data.condition || data.strength);
  if (incident) return { ...data, label: labelled ? edgeLabel(data) : null, size: data.size * HIGHLIGHT_EDGE_SIZE_FACTOR, zIndex: 1, forceLabel: labelled };
  if (view.large) return { ...data, hidden: true };
  return { ...data, label: null, color: FADED_EDGE, zIndex: 0 };
}
