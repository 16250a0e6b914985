// The exported figure (web/src/figure.ts, issue 12): the SVG carries the graph, a legend of the relations in
// view with their line styles, the caption with filters and dates, and the source credit.
import { describe, expect, test } from 'vitest';
import { captionLines, edgePattern, footerHeight, sceneToSvg, type Scene } from '../../web/src/figure.ts';
import { applyFilters } from '../../web/src/filters.ts';
import { allFilters, defaultFilters } from '../../web/src/ui-state.ts';
import { displayGraph } from './_graph.ts';

const scene: Scene = {
  width: 400,
  height: 300,
  nodes: [
    { x: 10, y: 10, r: 5, color: '#4263eb', label: 'Russia <script>' },
    { x: 200, y: 100, r: 4, color: '#a61e4d' },
  ],
  edges: [
    { x1: 10, y1: 10, x2: 200, y2: 100, color: '#d27800', width: 2, relation: 'demands', conditional: false },
    { x1: 200, y1: 100, x2: 10, y2: 10, color: '#694b0f', width: 2, relation: 'targets', conditional: false },
  ],
  relations: ['demands', 'targets'],
  caption: ['2 nodes, 2 edges. Filters: none.', 'Sources: 1 article from voanews.com (1).'],
};

describe('sceneToSvg', () => {
  const svg = sceneToSvg(scene);

  test('draws every node and edge, and labels only the labelled nodes, escaped', () => {
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg.match(/<line [^>]*stroke-width="2.0"/g)).toHaveLength(2);
    expect(svg).toContain('>Russia &lt;script&gt;</text>');
    expect(svg).not.toContain('<script>');
  });

  test('draws structure edges dotted and pressure edges solid, in the graph and the legend', () => {
    expect(svg).toMatch(/<line [^>]*stroke="#694b0f"[^>]*stroke-dasharray="2 3"/);
    expect(svg).not.toMatch(/<line [^>]*stroke="#d27800"[^>]*stroke-dasharray/);
    expect(svg).toContain('>demands</text>');
    expect(svg).toContain('>targets</text>');
  });

  test('writes the caption and the source credit under the graph', () => {
    expect(svg).toContain(`height="${300 + footerHeight(scene)}"`);
    expect(svg).toContain('Sources: 1 article from voanews.com (1).');
  });
});

describe('edgePattern', () => {
  test.for([
    ['demands', 1],
    ['offers', 2],
    ['targets', 3],
  ] as const)('gives a conditional %s edge a dash and %i dot(s): its family still shows', ([relation, dots]) => {
    const pattern = edgePattern(relation, true)!;
    expect([pattern.dot! > 0, pattern.dots]).toEqual([true, dots]);
  });
});

describe('captionLines', () => {
  test('says no filter is on when every filter is open, and credits the sources by host', () => {
    const graph = displayGraph();
    const visible = applyFilters(graph, allFilters());
    const [what, sources] = captionLines(graph, allFilters(), { nodes: visible.nodes.size, edges: visible.edges.size, edgeKeys: visible.edges });
    expect(what).toBe(`${graph.order} nodes, ${graph.size} edges; evidence dated 2022-01-10 to 2022-03-01. Filters: none.`);
    expect(sources).toBe('Sources: 2 articles from example.org (2). Made with negotiation-kg.');
  });

  test('names hidden relations, the actor and the dates', () => {
    const graph = displayGraph();
    const filters = { ...defaultFilters(), actor: 'actor:russia', from: '2022-01-01' };
    const visible = applyFilters(graph, filters);
    const [what] = captionLines(graph, filters, { nodes: visible.nodes.size, edges: visible.edges.size, edgeKeys: visible.edges });
    expect(what).toContain('hidden relations: represents; neighbourhood of Russia; evidence dated 2022-01-01 to …');
  });
});
