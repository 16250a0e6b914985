// The graph sigma draws (web/src/display-graph.ts): positions, edge shapes for parallel and conditional
// edges, and domain attributes left as the API sent them.
import { describe, expect, test } from 'vitest';
import { parallelCurvatures, toDisplayGraph } from '../../web/src/display-graph.ts';
import { GRAPH_RESPONSE, displayGraph } from './_graph.ts';

describe('toDisplayGraph', () => {
  test('draws conditional edges dashed and parallel edges curved', () => {
    const graph = displayGraph();
    expect(graph.getEdgeAttribute('actor:us|threatens|position:sanctions', 'type')).toBe('dashed');
    expect(graph.getEdgeAttribute('actor:us|meets|actor:russia', 'type')).toBe('curved');
    expect(graph.getEdgeAttribute('actor:russia|demands|position:no-expansion', 'type')).toBe('arrow');
  });

  test('starts from stored positions when the graph has them', () => {
    const data = structuredClone(GRAPH_RESPONSE);
    data.nodes[0].attributes.layout = { x: 12, y: -3 };
    const graph = toDisplayGraph(data);
    expect(graph.getNodeAttributes('actor:russia')).toMatchObject({ x: 12, y: -3 });
  });

  test('keeps earlier positions for nodes already drawn', () => {
    const graph = toDisplayGraph(structuredClone(GRAPH_RESPONSE), { previous: new Map([['actor:nato', { x: 5, y: 6 }]]) });
    expect(graph.getNodeAttributes('actor:nato')).toMatchObject({ x: 5, y: 6 });
  });

  test('gives every node a finite position and leaves domain attributes unchanged', () => {
    const graph = displayGraph();
    graph.forEachNode((_key, attrs) => expect(Number.isFinite(attrs.x) && Number.isFinite(attrs.y)).toBe(true));
    expect(graph.getNodeAttributes('actor:putin')).toMatchObject({ kind: 'actor', role: 'President', aliases: ['Putin'] });
  });
});

describe('parallelCurvatures', () => {
  test('bends two opposite edges to opposite sides so they do not overlap', () => {
    const curves = parallelCurvatures([
      { key: 'ab', source: 'a', target: 'b', conditional: false },
      { key: 'ba', source: 'b', target: 'a', conditional: false },
    ]);
    // edge-curve bends relative to each edge's own direction: equal curvatures on reversed edges lie on opposite sides.
    expect(curves.get('ab')).not.toBe(0);
    expect(curves.get('ab')).toBe(curves.get('ba'));
  });

  test('keeps a conditional edge straight among parallel ones', () => {
    const curves = parallelCurvatures([
      { key: 'x', source: 'a', target: 'b', conditional: false },
      { key: 'y', source: 'a', target: 'b', conditional: true },
    ]);
    expect(curves.get('y')).toBe(0);
    expect(curves.get('x')).not.toBe(0);
  });
});
