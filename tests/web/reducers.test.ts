// What sigma draws for the UI state (web/src/reducers.ts): the focus and its neighbourhood bright and labelled,
// the rest faded (or, on large graphs, edges dropped), filtered-out items hidden; the graph itself never changes.
import { describe, expect, test } from 'vitest';
import { applyFilters } from '../../web/src/filters.ts';
import { FADED_EDGE, FADED_NODE } from '../../web/src/palette.ts';
import { MAX_FORCED_LABELS, highlightView, reduceEdge, reduceNode } from '../../web/src/reducers.ts';
import { defaultFilters } from '../../web/src/ui-state.ts';
import { displayGraph } from './_graph.ts';

// Sigma hands each reducer a shallow copy of the attributes; the tests do the same.
const node = (graph: ReturnType<typeof displayGraph>, view: ReturnType<typeof highlightView>, key: string) =>
  reduceNode(view, key, { ...graph.getNodeAttributes(key) });
const edge = (graph: ReturnType<typeof displayGraph>, view: ReturnType<typeof highlightView>, key: string) =>
  reduceEdge(view, key, { ...graph.getEdgeAttributes(key) });

describe('reducers', () => {
  test('keep the focus and its neighbours bright and fade the rest, without touching the graph', () => {
    const graph = displayGraph();
    const before = JSON.stringify(graph.export());
    const view = highlightView(graph, applyFilters(graph, defaultFilters()), 'actor:us', false);
    expect(node(graph, view, 'actor:us')).toMatchObject({ highlighted: true, forceLabel: true, zIndex: 2 });
    expect(node(graph, view, 'position:sanctions')).toMatchObject({ forceLabel: true, zIndex: 1 });
    expect(node(graph, view, 'actor:putin')).toMatchObject({ color: FADED_NODE, label: '' });
    // The conditional threat is around the focus: drawn thicker and labelled with its condition.
    const threat = edge(graph, view, 'actor:us|threatens|position:sanctions');
    expect(threat).toMatchObject({ zIndex: 1, forceLabel: true });
    expect(threat.label).toContain('if Russia invades Ukraine');
    expect(edge(graph, view, 'actor:putin|offers|position:sanctions')).toMatchObject({ color: FADED_EDGE });
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  test('drop edges away from the focus on large graphs, and hide what the filters leave out', () => {
    const graph = displayGraph();
    const large = highlightView(graph, applyFilters(graph, defaultFilters()), 'actor:us', true);
    expect(edge(graph, large, 'actor:putin|offers|position:sanctions')).toMatchObject({ hidden: true });
    expect(edge(graph, large, 'actor:us|rejects|position:no-expansion')).not.toMatchObject({ hidden: true });
    const noMeetings = applyFilters(graph, { ...defaultFilters(), relations: defaultFilters().relations.filter((r) => r !== 'meets') });
    const view = highlightView(graph, noMeetings, null, false);
    expect(edge(graph, view, 'actor:us|meets|actor:russia')).toMatchObject({ hidden: true });
    expect(edge(graph, view, 'actor:us|rejects|position:no-expansion')).toMatchObject({ label: null });
  });
});

describe('forced labels', () => {
  test('around a hub, only the best-connected neighbours are forced to show their label', () => {
    const graph = displayGraph();
    for (let i = 0; i < MAX_FORCED_LABELS + 10; i++) {
      graph.addNode(`position:p${i}`, { kind: 'demand', label: `p${i}`, aliases: [], category: 'security', x: i, y: 0, size: 1, color: '#000' });
      graph.addDirectedEdgeWithKey(`actor:us|demands|position:p${i}`, 'actor:us', `position:p${i}`, {
        relation: 'demands', evidence: [], firstDate: '', lastDate: '', size: 1, color: '#000', type: 'line', curvature: 0, offset: 0,
      });
    }
    const view = highlightView(graph, applyFilters(graph, defaultFilters()), 'actor:us', true);
    expect(view.neighbourhood.size).toBeGreaterThan(MAX_FORCED_LABELS);
    expect(view.labelled.size).toBe(MAX_FORCED_LABELS);
    // Russia is the best-connected neighbour: labelled; every neighbour stays bright.
    expect(node(graph, view, 'actor:russia')).toMatchObject({ forceLabel: true, zIndex: 1 });
    const unlabelled = [...view.neighbourhood].filter((k) => k !== 'actor:us' && !view.labelled.has(k));
    expect(unlabelled.length).toBeGreaterThan(0);
    expect(node(graph, view, unlabelled[0]!)).toMatchObject({ forceLabel: false, zIndex: 1 });
  });
});

describe('the selected edge (issue 12)', () => {
  test('keeps the edge and its two ends bright and labelled, and fades the rest', () => {
    const graph = displayGraph();
    const key = 'actor:us|rejects|position:no-expansion';
    const view = highlightView(graph, applyFilters(graph, defaultFilters()), null, false, null, key);
    expect(edge(graph, view, key)).toMatchObject({ zIndex: 2, forceLabel: true, label: 'rejects' });
    expect(node(graph, view, 'actor:us')).toMatchObject({ forceLabel: true, zIndex: 1 });
    expect(node(graph, view, 'position:no-expansion')).toMatchObject({ forceLabel: true, zIndex: 1 });
    expect(node(graph, view, 'actor:russia')).toMatchObject({ color: FADED_NODE, label: '' });
    expect(edge(graph, view, 'actor:russia|demands|position:no-expansion')).toMatchObject({ color: FADED_EDGE });
  });

  test('gives way to a selected node', () => {
    const graph = displayGraph();
    const view = highlightView(graph, applyFilters(graph, defaultFilters()), 'actor:russia', false, null, 'actor:us|rejects|position:no-expansion');
    expect(view.focus).toBe('actor:russia');
    expect(view.selectedEdge).toBeNull();
  });

  test('asks for every label when few nodes are in view', () => {
    const graph = displayGraph();
    const view = highlightView(graph, applyFilters(graph, defaultFilters()), null, false);
    expect(node(graph, view, 'actor:nato')).toMatchObject({ forceLabel: true });
  });
});
