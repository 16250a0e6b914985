// Streaming GraphML writer: every attribute declared as a typed <key> (what NetworkX, yEd and Cytoscape read),
// one <node> per node and one <edge> per edge with its id, so parallel edges of different relations survive.
import type { EdgeAttributes, KgGraph, NodeAttributes } from '../graph/types.ts';
import { ChunkBuffer, xmlAttr, xmlText } from './xml.ts';

type KeyType = 'string' | 'int' | 'double' | 'boolean';
interface Key<T> {
  name: string;
  type: KeyType;
  value: (a: T) => string | number | boolean | undefined;
}

export const NODE_KEYS: Array<Key<NodeAttributes & { degree: number }>> = [
  { name: 'label', type: 'string', value: (a) => a.label },
  { name: 'kind', type: 'string', value: (a) => a.kind },
  { name: 'actorType', type: 'string', value: (a) => (a.kind === 'actor' ? a.actorType : undefined) },
  { name: 'role', type: 'string', value: (a) => (a.kind === 'actor' ? a.role : undefined) },
  { name: 'known', type: 'boolean', value: (a) => (a.kind === 'actor' ? a.known : undefined) },
  { name: 'category', type: 'string', value: (a) => (a.kind !== 'actor' ? a.category : undefined) },
  { name: 'concept', type: 'string', value: (a) => (a.kind !== 'actor' ? a.concept : undefined) },
  { name: 'aliases', type: 'string', value: (a) => (a.aliases.length ? a.aliases.join('; ') : undefined) },
  { name: 'degree', type: 'int', value: (a) => a.degree },
];

export const EDGE_KEYS: Array<Key<EdgeAttributes>> = [
  { name: 'relation', type: 'string', value: (a) => a.relation },
  { name: 'cameo', type: 'string', value: (a) => a.cameo },
  { name: 'plover', type: 'string', value: (a) => a.plover },
  { name: 'condition', type: 'string', value: (a) => a.condition },
  { name: 'strength', type: 'string', value: (a) => a.strength },
  { name: 'evidenceCount', type: 'int', value: (a) => a.evidence.length },
  { name: 'weight', type: 'double', value: (a) => a.evidence.length },
  { name: 'firstSentence', type: 'string', value: (a) => a.evidence[0]?.text },
  { name: 'firstDate', type: 'string', value: (a) => a.firstDate },
  { name: 'lastDate', type: 'string', value: (a) => a.lastDate },
  { name: 'articles', type: 'string', value: (a) => [...new Set(a.evidence.map((e) => e.article))].join('; ') },
];

function data<T>(prefix: string, keys: Array<Key<T>>, attrs: T): string {
  let out = '';
  for (const k of keys) {
    const v = k.value(attrs);
    if (v === undefined || v === '') continue;
    out += `<data key="${prefix}${k.name}">${xmlText(String(v))}</data>`;
  }
  return out;
}

export function* writeGraphml(graph: KgGraph, chunkSize = 64 * 1024): Generator<string, void, undefined> {
  const buf = new ChunkBuffer(chunkSize);
  const decl = (forWhat: 'node' | 'edge', prefix: string, keys: Array<Key<never>>): string =>
    keys.map((k) => `  <key id="${prefix}${k.name}" for="${forWhat}" attr.name="${k.name}" attr.type="${k.type}"/>\n`).join('');
  buf.push(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      decl('node', 'n_', NODE_KEYS as Array<Key<never>>) +
      decl('edge', 'e_', EDGE_KEYS as Array<Key<never>>) +
      '  <graph id="negotiation-kg" edgedefault="directed">\n',
  );
  for (const key of graph.nodes()) {
    const a = graph.getNodeAttributes(key);
    if (buf.push(`    <node id="${xmlAttr(key)}">${data('n_', NODE_KEYS, { ...a, degree: graph.degree(key) })}</node>\n`)) yield buf.take();
  }
  for (const key of graph.edges()) {
    const a = graph.getEdgeAttributes(key);
    const line = `    <edge id="${xmlAttr(key)}" source="${xmlAttr(graph.source(key))}" target="${xmlAttr(graph.target(key))}">${data('e_', EDGE_KEYS, a)}</edge>\n`;
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
