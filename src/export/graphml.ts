// Streaming GraphML writer: every attribute declared as a typed <key> (what NetworkX, yEd and Cytoscape read),
// one <node> per node and one <edge> per edge with its id, so parallel edges of different relations survive.
import type { EdgeAttributes, KgGraph } from '../graph/types.ts';
import { EDGE_COLUMNS, NODE_COLUMNS, type Column, type ColumnType, type NodeRow } from './columns.ts';
import { ChunkBuffer, xmlAttr, xmlText } from './xml.ts';

// GraphML's names for the neutral column types.
const GRAPHML_TYPES: Record<ColumnType, string> = { string: 'string', integer: 'int', double: 'double', boolean: 'boolean' };

// GEXF carries the label and the weight natively; GraphML needs them as keys.
const NODE_KEYS: Array<Column<NodeRow>> = [{ id: 'label', type: 'string', value: (a) => a.label }, ...NODE_COLUMNS];
const EDGE_KEYS: Array<Column<EdgeAttributes>> = [...EDGE_COLUMNS, { id: 'weight', type: 'double', value: (a) => a.evidence.length }];

function data<T>(prefix: string, keys: Array<Column<T>>, attrs: T, id: string): string {
  let out = '';
  for (const k of keys) {
    const v = k.value(attrs, id);
    if (v === undefined || v === '') continue;
    out += `<data key="${prefix}${k.id}">${xmlText(String(v))}</data>`;
  }
  return out;
}

export function* writeGraphml(graph: KgGraph, chunkSize = 64 * 1024): Generator<string, void, undefined> {
  const buf = new ChunkBuffer(chunkSize);
  const decl = (forWhat: 'node' | 'edge', prefix: string, keys: Array<Column<never>>): string =>
    keys.map((k) => `  <key id="${prefix}${k.id}" for="${forWhat}" attr.name="${k.id}" attr.type="${GRAPHML_TYPES[k.type]}"/>\n`).join('');
  buf.push(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      decl('node', 'n_', NODE_KEYS as Array<Column<never>>) +
      decl('edge', 'e_', EDGE_KEYS as Array<Column<never>>) +
      '  <graph id="negotiation-kg" edgedefault="directed">\n',
  );
  for (const key of graph.nodes()) {
    const a = graph.getNodeAttributes(key);
    if (buf.push(`    <node id="${xmlAttr(key)}">${data('n_', NODE_KEYS, { ...a, degree: graph.degree(key) }, key)}</node>\n`)) yield buf.take();
  }
  for (const key of graph.edges()) {
    const a = graph.getEdgeAttributes(key);
    const line = `    <edge id="${xmlAttr(key)}" source="${xmlAttr(graph.source(key))}" target="${xmlAttr(graph.target(key))}">${data('e_', EDGE_KEYS, a, key)}</edge>\n`;
    if (buf.push(line)) yield buf.take();
  }
  buf.push('  </graph>\n</graphml>\n');
  yield buf.take();
}

export function graphmlString(graph: KgGraph): string {
  let out = '';
  for (const chunk of writeGraphml(graph)) out += chunk;
  return out;
}
