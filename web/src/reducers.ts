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
  /** the focus's visible edges, so the edge reducer asks a set instead of the graph for each of 50,000 edges */
  incident: Set<string>;
  /** neighbours whose label is forced: all of them, or the best connected when there are too many to read */
  labelled: Set<string>;
  /** the edge under the pointer, labelled */
  hoveredEdge: string | null;
  /** the clicked edge: it and its two ends stay bright, the rest fades */
  selectedEdge: string | null;
  /** few nodes shown: every one is labelled (the label drawer still skips a label that would cover another) */
  labelAll: boolean;
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

/** Around a hub with thousands of neighbours, forcing every label covers the view (and slows every frame). */
export const MAX_FORCED_LABELS = 40;
/** Up to this many visible nodes every label is asked for; the label drawer leaves out those that would collide. */
export const LABEL_ALL_MAX_NODES = 400;

function forcedLabels(graph: DisplayGraph, neighbourhood: Set<string>): Set<string> {
  if (neighbourhood.size <= MAX_FORCED_LABELS) return neighbourhood;
  const ranked = [...neighbourhood].map((key) => ({ key, degree: graph.degree(key) })).sort((a, b) => b.degree - a.degree);
  return new Set(ranked.slice(0, MAX_FORCED_LABELS).map((r) => r.key));
}

export function highlightView(
  graph: DisplayGraph,
  visible: VisibleSet,
  focus: string | null,
  large: boolean,
  hoveredEdge: string | null = null,
  selectedEdge: string | null = null,
): HighlightView {
  const neighbourhood = new Set<string>();
  const incident = new Set<string>();
  const shownFocus = focus && graph.hasNode(focus) && visible.nodes.has(focus) ? focus : null;
  const shownEdge = !shownFocus && selectedEdge && graph.hasEdge(selectedEdge) && visible.edges.has(selectedEdge) ? selectedEdge : null;
  const labelAll = visible.nodes.size <= LABEL_ALL_MAX_NODES;
  if (shownEdge) {
    const ends = new Set(graph.extremities(shownEdge));
    return { visible, focus: null, neighbourhood: ends, incident: new Set([shownEdge]), labelled: ends, large, hoveredEdge, selectedEdge: shownEdge, labelAll };
  }
  if (shownFocus) {
    neighbourhood.add(shownFocus);
    graph.forEachEdge(shownFocus, (edge, _attrs, source, target) => {
      if (!visible.edges.has(edge)) return;
      incident.add(edge);
      neighbourhood.add(source === shownFocus ? target : source);
    });
  }
  return { visible, focus: shownFocus, neighbourhood, incident, labelled: forcedLabels(graph, neighbourhood), large, hoveredEdge, selectedEdge: null, labelAll };
}

// Sigma hands each reducer its own shallow copy of the attributes: the reducers set what changes on that
// copy and return it, so a refresh of 60,000 items makes one object per item, not two.

export function reduceNode(view: HighlightView, node: string, data: DisplayNode): Partial<NodeDisplayData> {
  const out = data as DisplayNode & Partial<NodeDisplayData>;
  if (!view.visible.nodes.has(node)) {
    out.hidden = true;
    return out;
  }
  out.label = shortLabel(data.label);
  if (!view.focus && !view.selectedEdge) {
    if (view.labelAll) out.forceLabel = true;
    return out;
  }
  if (node === view.focus) {
    out.highlighted = true;
    out.forceLabel = true;
    out.zIndex = 2;
  } else if (view.neighbourhood.has(node)) {
    out.forceLabel = view.labelled.has(node);
    out.zIndex = 1;
  } else {
    out.label = '';
    out.color = FADED_NODE;
    out.zIndex = 0;
  }
  return out;
}

export function reduceEdge(view: HighlightView, edge: string, data: DisplayEdge): Partial<EdgeDisplayData> {
  const out = data as Omit<DisplayEdge, 'label'> & Partial<EdgeDisplayData>;
  if (!view.visible.edges.has(edge)) {
    out.hidden = true;
    return out;
  }
  if (edge === view.hoveredEdge || edge === view.selectedEdge) {
    out.label = edgeLabel(data);
    out.size = data.size * HIGHLIGHT_EDGE_SIZE_FACTOR;
    out.zIndex = 2;
    out.forceLabel = true;
    return out;
  }
  out.label = null;
  if (!view.focus && !view.selectedEdge) return out;
  if (view.incident.has(edge)) {
    // Around the focus only conditional or qualified edges carry a label: every relation at once is unreadable.
    const labelled = Boolean(data.condition || data.strength);
    out.label = labelled ? edgeLabel(data) : null;
    out.size = data.size * HIGHLIGHT_EDGE_SIZE_FACTOR;
    out.zIndex = 1;
    out.forceLabel = labelled;
  } else if (view.large) {
    out.hidden = true;
  } else {
    out.color = FADED_EDGE;
    out.zIndex = 0;
  }
  return out;
}
