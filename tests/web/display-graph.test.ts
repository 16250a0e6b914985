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

  test('restores what the compact display payload leaves out: edge keys, evidence dates, first and last dates', () => {
    const compact = structuredClone(GRAPH_RESPONSE);
    // A dated sentence from another day than its article's keeps its date in the payload.
    compact.edges[2]!.attributes.evidence[0]!.date = '2022-01-11';
    const full = structuredClone(compact);
    for (const edge of compact.edges) {
      delete (edge as { key?: string }).key;
      const attrs = edge.attributes as Partial<typeof edge.attributes>;
      delete attrs.firstDate;
      delete attrs.lastDate;
      attrs.evidence = attrs.evidence!.map((ev) => (ev.date === compact.attributes.articles?.[ev.article]?.date ? { ...ev, date: undefined as unknown as string } : ev));
    }
    const graph = toDisplayGraph(compact);
    for (const edge of full.edges) {
      expect(graph.hasEdge(edge.key!)).toBe(true);
      const attrs = graph.getEdgeAttributes(edge.key!);
      expect(attrs.evidence).toEqual(edge.attributes.evidence);
      expect([attrs.firstDate, attrs.lastDate]).toEqual([
        edge.attributes.evidence.map((ev) => ev.date).sort()[0],
        edge.attributes.evidence.map((ev) => ev.date).sort().at(-1),
      ]);
    }
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
