// The graph sigma draws (web/src/display-graph.ts): positions, edge shapes for parallel and conditional
// edges, and domain attributes left as the API sent them.
import { describe, expect, test } from 'vitest';
import type { SerializedGraph } from 'graphology-types';
import { toDisplayPayload } from '../../src/server/display-payload.ts';
import { parallelCurvatures, toDisplayGraph } from '../../web/src/display-graph.ts';
import { GRAPH_RESPONSE, displayGraph } from './_graph.ts';

describe('toDisplayGraph', () => {
  test('bends parallel edges of a solid family', () => {
    const data = structuredClone(GRAPH_RESPONSE);
    for (const e of data.edges) if (e.attributes.relation === 'meets') e.attributes.relation = 'accuses';
    const graph = toDisplayGraph(data);
    expect(graph.getEdgeAttribute('actor:us|meets|actor:russia', 'type')).toBe('curved');
  });

  test('draws conditional edges in their family\'s dash-dot and patterned parallel ones beside each other', () => {
    const graph = displayGraph();
    expect(graph.getEdgeAttribute('actor:us|threatens|position:sanctions', 'type')).toBe('conditional-solid');
    // Two meets edges between the same actors: both dashed, one in the middle, the other drawn beside it.
    const meets = ['actor:us|meets|actor:russia', 'actor:russia|meets|actor:us'].map((key) => graph.getEdgeAttributes(key));
    expect(meets.map((m) => m.type)).toEqual(['dashed', 'dashed']);
    expect(meets.map((m) => m.offset !== 0).sort()).toEqual([false, true]);
    expect(graph.getEdgeAttribute('actor:russia|demands|position:no-expansion', 'type')).toBe('arrow');
  });

  test('draws straight edges in their relation family\'s line style (issue 12)', () => {
    const graph = displayGraph();
    expect(graph.getEdgeAttribute('actor:us|rejects|position:no-expansion', 'type')).toBe('arrow');
    expect(graph.getEdgeAttribute('actor:putin|offers|position:sanctions', 'type')).toBe('dashed');
    expect(graph.getEdgeAttribute('position:no-expansion|targets|actor:nato', 'type')).toBe('dotted');
  });

  test('starts from stored positions when the graph has them', () => {
    const data = structuredClone(GRAPH_RESPONSE);
    data.nodes[0]!.attributes.layout = { x: 12, y: -3 };
    const graph = toDisplayGraph(data);
    expect(graph.getNodeAttributes('actor:russia')).toMatchObject({ x: 12, y: -3 });
  });

  test('keeps earlier positions for nodes already drawn', () => {
    const graph = toDisplayGraph(structuredClone(GRAPH_RESPONSE), { previous: new Map([['actor:nato', { x: 5, y: 6 }]]) });
    expect(graph.getNodeAttributes('actor:nato')).toMatchObject({ x: 5, y: 6 });
  });

  test("builds the same graph from the server's compact display form as from the full serialization, less sentence text", () => {
    const data = structuredClone(GRAPH_RESPONSE);
    // A dated sentence from another day than its article's keeps its own date through the compact form.
    data.edges[2]!.attributes.evidence[0]!.date = '2022-01-11';
    data.edges[2]!.attributes.firstDate = data.edges[2]!.attributes.lastDate = '2022-01-11';
    // An edge whose key is not the usual source|relation|target keeps it.
    data.edges[1]!.key = 'custom-key';
    const full = toDisplayGraph(structuredClone(data));
    const compact = toDisplayPayload(structuredClone(data) as unknown as SerializedGraph);
    const graph = toDisplayGraph(compact);
    expect(graph.order).toBe(full.order);
    expect(graph.edges()).toEqual(full.edges());
    expect(graph.hasEdge('custom-key')).toBe(true);
    full.forEachEdge((edge, attrs) => {
      const withoutText = { ...attrs, evidence: attrs.evidence.map(({ text: _text, ...ev }) => ev) };
      expect(graph.getEdgeAttributes(edge)).toEqual(withoutText);
    });
    full.forEachNode((node, attrs) => expect(graph.getNodeAttributes(node)).toEqual(attrs));
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

  // issue 12: a curve is drawn solid, and colour alone does not tell every family apart under colour blindness
  test('keeps an edge of a dashed or dotted family straight among solid parallel ones', () => {
    const curves = parallelCurvatures([
      { key: 'solid', source: 'a', target: 'b', conditional: false, patterned: false },
      { key: 'dotted', source: 'b', target: 'a', conditional: false, patterned: true },
    ]);
    expect(curves.get('dotted')).toBe(0);
    expect(curves.get('solid')).not.toBe(0);
  });
});
