import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, test } from 'vitest';
import { gexfString, writeGexf } from '../../src/export/gexf.ts';
import { AUTO_LAYOUT_MAX_NODES, layoutPositions, spiralPositions } from '../../src/export/layout.ts';
import { A, P, claim, hasTool, runPython, sampleGraph } from '../_helpers.ts';
import { addClaim } from '../../src/graph/build.ts';

const SCHEMA = fileURLToPath(new URL('../fixtures/gexf-1.3/gexf.rng', import.meta.url));
const HAS_XMLLINT = hasTool(['xmllint', '--version'], 'libxml2-utils');
const HAS_NETWORKX = hasTool(['python3', '-c', 'import networkx'], 'python3-networkx');

function validate13(xml: string): { ok: boolean; errors: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'kg-gexf-')), 'g.gexf');
  writeFileSync(file, xml);
  const r = spawnSync('xmllint', ['--noout', '--relaxng', SCHEMA, file], { encoding: 'utf8' });
  return { ok: r.status === 0, errors: r.stderr ?? String(r.error) };
}

/** A graph whose text carries everything XML must escape or drop. */
function awkwardGraph() {
  const g = sampleGraph();
  const odd = { ...A.russia, id: 'odd', label: 'A "quoted" <b>&</b> name\u0007 with a\nnewline', aliases: ['Ω\uD800'] };
  addClaim(g, claim('meets', odd, A.nato, 'geneva', 5));
  return g;
}

const NX_SUMMARY = `
import json, sys, networkx as nx
g = nx.read_gexf(sys.stdin.buffer) if sys.argv[-1] == 'gexf' else None
print(json.dumps({
  'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(), 'mode': g.graph.get('mode'),
  'node': {n: {k: v for k, v in d.items() if k not in ('viz',)} for n, d in g.nodes(data=True)},
  'edge': {d['id']: {k: v for k, v in d.items() if k not in ('viz',)} for _, _, d in g.edges(data=True)},
}))
`;

function readWithNetworkx(xml: string): {
  nodes: number;
  edges: number;
  mode: string;
  node: Record<string, Record<string, unknown>>;
  edge: Record<string, Record<string, unknown>>;
} {
  return JSON.parse(runPython(NX_SUMMARY.replace("sys.argv[-1] == 'gexf'", 'True'), xml));
}

describe('writeGexf', () => {
  test.skipIf(!HAS_XMLLINT).for(['events', 'cumulative', 'static'] as const)('1.3 export with time=%s validates against the GEXF 1.3 schema', (time) => {
    const r = validate13(gexfString(sampleGraph(), { time }));
    expect(r.errors).toMatch(/validates/);
    expect(r.ok).toBe(true);
  });

  test.skipIf(!HAS_XMLLINT)('1.3 export of text with quotes, markup, control characters and lone surrogates validates', () => {
    expect(validate13(gexfString(awkwardGraph())).ok).toBe(true);
  });

  test('declares every attribute with its type before <nodes>', () => {
    const xml = gexfString(sampleGraph());
    const nodesAt = xml.indexOf('<nodes');
    for (const id of ['kind', 'actorType', 'degree', 'relation', 'cameo', 'plover', 'condition', 'strength', 'evidenceCount', 'firstSentence']) {
      const at = xml.indexOf(`<attribute id="${id}"`);
      expect(at, id).toBeGreaterThan(0);
      expect(at, id).toBeLessThan(nodesAt);
    }
    expect(xml).toContain('<attribute id="evidenceCount" title="evidenceCount" type="integer"/>');
  });

  test('writes dynamic mode with one spell per evidence date on edges', () => {
    const g = sampleGraph();
    addClaim(g, claim('meets', A.us, A.russia, 'geneva', 5));
    const xml = gexfString(g);
    expect(xml).toContain('mode="dynamic" timeformat="date" start="2019-11-25" end="2022-01-10"');
    expect(xml).toMatch(/<edge id="actor:united-states\|meets\|actor:russia"[^\n]*<spells><spell start="2019-11-25" end="2019-11-25"\/><spell start="2022-01-10" end="2022-01-10"\/><\/spells>/);
  });

  test('writes open-ended spells from the first date in cumulative mode', () => {
    expect(gexfString(sampleGraph(), { time: 'cumulative' })).toMatch(/<edge id="actor:united-states\|meets\|actor:russia"[^\n]*<spells><spell start="2019-11-25"\/><\/spells>/);
  });

  test('writes no spells in static mode', () => {
    const xml = gexfString(sampleGraph(), { time: 'static' });
    expect(xml).toContain('mode="static"');
    expect(xml).not.toContain('<spell');
  });

  test('colours nodes by kind and sizes them by degree', () => {
    const xml = gexfString(sampleGraph(), { layout: 'none' });
    expect(xml).toMatch(/<node id="position:sanctions"[^\n]*<viz:color r="166" g="30" b="77"\/><viz:size value="9.2"\/><\/node>/);
  });

  test('uses stored layout positions when every node has one', () => {
    const g = sampleGraph();
    g.forEachNode((key) => g.setNodeAttribute(key, 'layout', { x: key.length, y: -1 }));
    expect(gexfString(g)).toContain('<node id="actor:nato" label="NATO">');
    expect(gexfString(g)).toMatch(/<node id="actor:nato"[^\n]*<viz:position x="10" y="-1" z="0"\/>/);
  });

  test('lays nodes out with ForceAtlas2 at distinct, finite positions', () => {
    const xml = gexfString(sampleGraph());
    const positions = [...xml.matchAll(/<viz:position x="([^"]+)" y="([^"]+)"/g)].map((m) => `${m[1]},${m[2]}`);
    expect(positions).toHaveLength(12);
    expect(new Set(positions).size).toBe(12);
    expect(positions.every((p) => p.split(',').every((v) => Number.isFinite(Number(v))))).toBe(true);
  });

  test('computes ForceAtlas2 on layout=forceatlas2 even when positions are stored', () => {
    const g = sampleGraph();
    g.forEachNode((key) => g.setNodeAttribute(key, 'layout', { x: key.length, y: -1 }));
    const xml = gexfString(g, { layout: 'forceatlas2' });
    expect(xml).not.toMatch(/<node id="actor:nato"[^\n]*<viz:position x="10" y="-1" z="0"\/>/);
    expect([...xml.matchAll(/<viz:position /g)]).toHaveLength(12);
  });

  test('places a graph above the ForceAtlas2 size on a deterministic spiral, best-connected nodes in the middle', () => {
    const g = sampleGraph();
    for (let i = 0; g.order <= AUTO_LAYOUT_MAX_NODES; i++) {
      g.addNode(`position:p${i}`, { kind: 'demand', label: `p${i}`, aliases: [], category: 'test' });
      g.addDirectedEdgeWithKey(`actor:russia|demands|position:p${i}`, 'actor:russia', `position:p${i}`, { relation: 'demands', evidence: [], firstDate: '2022-01-10', lastDate: '2022-01-10' });
    }
    const positions = layoutPositions(g);
    expect(positions).toEqual(spiralPositions(g));
    expect(positions.size).toBe(g.order);
    expect(positions.get('actor:russia')).toEqual({ x: 0, y: 0 });
    expect(new Set([...positions.values()].map((p) => `${p.x},${p.y}`)).size).toBe(g.order);
    const xml = gexfString(g);
    expect([...xml.matchAll(/<viz:position /g)]).toHaveLength(g.order);
  });

  test('yields several chunks that together form the document', () => {
    const chunks = [...writeGexf(sampleGraph(), { chunkSize: 512, modified: '2024-01-01', layout: 'none' })];
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.join('')).toBe(gexfString(sampleGraph(), { modified: '2024-01-01', layout: 'none' }));
  });

  test('round-trips through graphology-gexf with the same nodes, edges and attributes', () => {
    const g = sampleGraph();
    const back = parse(Graph.MultiDirectedGraph, gexfString(g, { version: '1.3' }));
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    expect(back.getNodeAttribute('actor:russia', 'label')).toBe('Russia');
    expect(back.getEdgeAttributes('actor:russia|threatens|position:military-response')).toMatchObject({
      relation: 'threatens',
      condition: 'if NATO expands east',
      evidenceCount: 1,
    });
  });

  test.skipIf(!HAS_NETWORKX)('1.2draft export loads in NetworkX with the same node and edge counts', () => {
    const g = sampleGraph();
    const nx = readWithNetworkx(gexfString(g, { version: '1.2draft' }));
    expect([nx.nodes, nx.edges, nx.mode]).toEqual([g.order, g.size, 'dynamic']);
  });

  test.skipIf(!HAS_NETWORKX)('1.2draft export carries node and edge attributes into NetworkX', () => {
    const g = awkwardGraph();
    const nx = readWithNetworkx(gexfString(g, { version: '1.2draft' }));
    g.forEachNode((key, a) => {
      expect(nx.node[key]).toMatchObject({ label: a.label.replace('\u0007', ''), kind: a.kind, degree: g.degree(key) });
    });
    g.forEachEdge((key, a) => {
      const e = nx.edge[key]!;
      expect(e).toMatchObject({ relation: a.relation, evidenceCount: a.evidence.length, firstSentence: a.evidence[0]!.text, weight: a.evidence.length });
      if (a.condition) expect(e.condition).toBe(a.condition);
      if (a.plover) expect(e.plover).toBe(a.plover);
    });
  });
});

// Keep fixtures referenced so a rename shows up in the type check.
void P;
