import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { runExport } from '../../src/cli/export.ts';
import { sampleGraph } from '../_helpers.ts';

const KG = fileURLToPath(new URL('../../bin/kg.mjs', import.meta.url));

function setup(): { dir: string; graph: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kg-export-'));
  const graph = join(dir, 'graph.json');
  writeFileSync(graph, JSON.stringify(sampleGraph().export()));
  return { dir, graph };
}

const DEFAULTS = { part: 'edges', gexfVersion: '1.3', time: 'events', layout: 'auto' };

describe('runExport', () => {
  test.for([
    ['gexf', '<gexf xmlns="http://gexf.net/1.3"'],
    ['graphml', '<graphml'],
    ['json', '"nodes":['],
    ['csv', 'key,source,target'],
  ])('writes %s', async ([format, marker]) => {
    const { dir, graph } = setup();
    const out = join(dir, `out.${format}`);
    await runExport({ ...DEFAULTS, graph, format: format!, out });
    expect(readFileSync(out, 'utf8')).toContain(marker);
  });

  test('writes the Neo4j import files into the folder --out', async () => {
    const { dir, graph } = setup();
    const out = join(dir, 'neo4j');
    await runExport({ ...DEFAULTS, graph, format: 'neo4j', out });
    expect(readdirSync(out).sort()).toEqual(['evidence.csv', 'nodes.csv', 'relationships.csv', 'sentences.csv']);
    expect(readFileSync(join(out, 'relationships.csv'), 'utf8').trim().split('\r\n')).toHaveLength(sampleGraph().size + 1);
  });

  test('should refuse standard output for the Neo4j files', async () => {
    const { graph } = setup();
    await expect(runExport({ ...DEFAULTS, graph, format: 'neo4j', out: '-' })).rejects.toThrow(expect.objectContaining({ code: 'USAGE' }));
  });

  test('applies filters and the csv part', async () => {
    const { dir, graph } = setup();
    const out = join(dir, 'n.csv');
    expect(await runExport({ ...DEFAULTS, graph, format: 'csv', part: 'nodes', relation: 'threatens', from: '2022-01-01', out })).toEqual({ nodes: 2, edges: 1 });
    expect(readFileSync(out, 'utf8').trim().split('\r\n')).toHaveLength(3);
  });

  test('writes GEXF 1.2draft when asked', async () => {
    const { dir, graph } = setup();
    await runExport({ ...DEFAULTS, graph, format: 'gexf', gexfVersion: '1.2', out: join(dir, 'g.gexf') });
    expect(readFileSync(join(dir, 'g.gexf'), 'utf8')).toContain('http://www.gexf.net/1.2draft');
  });

  test.for([
    [{ format: 'pdf' }, /--format/],
    [{ format: 'csv', part: 'rows' }, /--part/],
    [{ format: 'gexf', from: 'soon' }, /--from/],
    [{ format: 'gexf', time: 'later' }, /--time/],
  ] as Array<[Record<string, string>, RegExp]>)('throws USAGE naming the flag for %j', async ([flags, message]) => {
    const { dir, graph } = setup();
    await expect(runExport({ ...DEFAULTS, graph, format: 'gexf', out: join(dir, 'x'), ...flags })).rejects.toThrow(expect.objectContaining({ code: 'USAGE', message: expect.stringMatching(message) }));
  });

  test('throws NOT_FOUND for an unknown actor', async () => {
    const { dir, graph } = setup();
    await expect(runExport({ ...DEFAULTS, graph, format: 'gexf', actor: 'Atlantis', out: join(dir, 'x') })).rejects.toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});

describe('kg export', () => {
  test('writes the file and reports the counts', () => {
    const { dir, graph } = setup();
    const r = spawnSync(process.execPath, [KG, 'export', '--graph', graph, '--format', 'csv', '--out', join(dir, 'e.csv')], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('wrote 12 nodes and 16 edges');
  });

  test('exits 2 with a message naming the bad flag', () => {
    const { dir, graph } = setup();
    const r = spawnSync(process.execPath, [KG, 'export', '--graph', graph, '--format', 'pdf', '--out', join(dir, 'x')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/kg export: --format must be one of gexf, graphml, json, csv/);
  });
});
