import { describe, expect, test } from 'vitest';
import { graphmlString, writeGraphml } from '../../src/export/graphml.ts';
import { addClaim } from '../../src/graph/build.ts';
import { A, claim, hasTool, runPython, sampleGraph } from '../_helpers.ts';

const HAS_NETWORKX = hasTool(['python3', '-c', 'import networkx'], 'python3-networkx');

const NX_GRAPHML = `
import json, sys, networkx as nx
g = nx.read_graphml(sys.stdin.buffer)
print(json.dumps({
  'multi': g.is_multigraph(), 'directed': g.is_directed(),
  'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(),
  'node': {n: d for n, d in g.nodes(data=True)},
  'edge': {d['id']: d for _, _, d in g.edges(data=True)} if not g.is_multigraph() else {k: d for _, _, k, d in g.edges(keys=True, data=True)},
}))
`;

describe('writeGraphml', () => {
  test('declares typed keys for every attribute before the graph', () => {
    const xml = graphmlString(sampleGraph());
    expect(xml.indexOf('<key id="e_evidenceCount" for="edge" attr.name="evidenceCount" attr.type="int"/>')).toBeLessThan(xml.indexOf('<graph '));
    expect(xml).toContain('edgedefault="directed"');
  });

  test('yields the document in chunks', () => {
    expect([...writeGraphml(sampleGraph(), 256)].length).toBeGreaterThan(3);
  });

  test.skipIf(!HAS_NETWORKX)('loads in NetworkX with the same node and edge counts and attributes', () => {
    const g = sampleGraph();
    // a second relation between the same pair makes parallel edges, which must survive
    addClaim(g, claim('accuses', A.us, A.russia, 'ankara', 1));
    const nx = JSON.parse(runPython(NX_GRAPHML, graphmlString(g)));
    expect([nx.directed, nx.multi, nx.nodes, nx.edges]).toEqual([true, true, g.order, g.size]);
    g.forEachNode((key, a) => expect(nx.node[key]).toMatchObject({ label: a.label, kind: a.kind, degree: g.degree(key) }));
    g.forEachEdge((key, a) => {
      expect(nx.edge[key]).toMatchObject({ relation: a.relation, evidenceCount: a.evidence.length, firstDate: a.firstDate, firstSentence: a.evidence[0]!.text });
      if (a.condition) expect(nx.edge[key].condition).toBe(a.condition);
    });
  });
});
