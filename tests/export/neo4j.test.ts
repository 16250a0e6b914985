// Neo4j import files: headers in neo4j-admin's format, every relationship and evidence link pointing at
// rows that exist, and sentences (which hold `;`, quotes and commas) read back exactly as in the graph.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { addClaim } from '../../src/graph/build.ts';
import type { KgGraph } from '../../src/graph/types.ts';
import { NEO4J_ARRAY_DELIMITER, NEO4J_FILES, writeNeo4j } from '../../src/export/neo4j.ts';
import { A, claim, P, sampleGraph } from '../_helpers.ts';

const TRICKY = 'Russia said it wants guarantees; NATO said "no", again, flatly.';

let dir: string;
let graph: KgGraph;

function writeAll(g: KgGraph): void {
  for (const file of NEO4J_FILES) writeFileSync(join(dir, file), [...writeNeo4j(g, file)].join(''));
}

/** Reads a file as neo4j-admin does by default: comma-separated, `"` quotes doubled inside quoted fields. */
async function read(file: string): Promise<Record<string, string>[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  try {
    const sql = `SELECT * FROM read_csv('${join(dir, file)}', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')`;
    return (await db.runAndReadAll(sql)).getRowObjectsJS() as Record<string, string>[];
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-neo4j-'));
  graph = sampleGraph();
  addClaim(graph, { ...claim('demands', A.russia, P.noExpansion, 'geneva', 7), evidence: { article: 'geneva', sentence: 7, text: TRICKY, date: '2022-01-10' } });
  writeAll(graph);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeNeo4j', () => {
  // neo4j-admin header fields: name[:type][(group)] with the special :ID, :LABEL, :START_ID, :END_ID, :TYPE.
  const FIELD = /^(?:[A-Za-z][A-Za-z0-9_]*)?(?::(?:ID|START_ID|END_ID)\([A-Za-z]+\)|:LABEL|:TYPE|:(?:int|long|boolean|date|string)(?:\[\])?)?$/;

  test.for([...NEO4J_FILES])('writes %s with a header neo4j-admin reads', (file) => {
    const header = readFileSync(join(dir, file), 'utf8').split('\r\n')[0]!.split(',');
    for (const field of header) expect(field).toMatch(FIELD);
    expect(header.some((f) => f.startsWith(':ID') || f.includes(':ID(') || f.startsWith(':START_ID'))).toBe(true);
  });

  test('gives every node and sentence a unique id', async () => {
    const nodes = await read('nodes.csv');
    expect(new Set(nodes.map((n) => n['id:ID(Node)'])).size).toBe(graph.order);
    const sentences = await read('sentences.csv');
    expect(new Set(sentences.map((s) => s['id:ID(Sentence)'])).size).toBe(sentences.length);
  });

  test('points every relationship and evidence link at nodes, sentences and relationships that exist', async () => {
    const nodes = new Set((await read('nodes.csv')).map((n) => n['id:ID(Node)']));
    const sentences = new Set((await read('sentences.csv')).map((s) => s['id:ID(Sentence)']));
    const rels = await read('relationships.csv');
    expect(rels.length).toBe(graph.size);
    for (const r of rels) expect([nodes.has(r[':START_ID(Node)']), nodes.has(r[':END_ID(Node)'])]).toEqual([true, true]);
    const keys = new Set(rels.map((r) => r.key));
    const evidence = await read('evidence.csv');
    expect(evidence.length).toBe(graph.reduceEdges((n, _k, a) => n + a.evidence.length, 0));
    for (const e of evidence) expect([sentences.has(e[':START_ID(Sentence)']), nodes.has(e[':END_ID(Node)']), keys.has(e.edge)]).toEqual([true, true, true]);
  });

  test('keeps a sentence holding ; quotes and commas whole in one cell', async () => {
    const sentences = await read('sentences.csv');
    expect(sentences.find((s) => s['id:ID(Sentence)'] === 'geneva#7')?.text).toBe(TRICKY);
  });

  test('writes aliases as one array cell split by U+001F', async () => {
    const russia = (await read('nodes.csv')).find((n) => n['id:ID(Node)'] === 'actor:russia')!;
    expect(russia['aliases:string[]']!.split(NEO4J_ARRAY_DELIMITER)).toEqual(graph.getNodeAttribute('actor:russia', 'aliases'));
  });

  test('should refuse an alias holding the array delimiter', () => {
    graph.setNodeAttribute('actor:russia', 'aliases', [`Mos${NEO4J_ARRAY_DELIMITER}cow`]);
    expect(() => [...writeNeo4j(graph, 'nodes.csv')]).toThrow(expect.objectContaining({ code: 'GRAPH_INVALID' }));
  });
});
