// Streaming JSON export in graphology's own serialization (what graph.import() and `kg serve --graph` read),
// written node by node so a large graph never has to be one string in memory.
import type { KgGraph } from '../graph/types.ts';
import { ChunkBuffer } from './xml.ts';

export function* writeJson(graph: KgGraph, chunkSize = 64 * 1024): Generator<string, void, undefined> {
  const buf = new ChunkBuffer(chunkSize);
  buf.push(`{"options":${JSON.stringify({ type: 'directed', multi: true, allowSelfLoops: false })},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`);
  let first = true;
  for (const key of graph.nodes()) {
    if (buf.push(`${first ? '' : ','}\n${JSON.stringify({ key, attributes: graph.getNodeAttributes(key) })}`)) yield buf.take();
    first = false;
  }
  buf.push('\n],"edges":[');
  first = true;
  for (const key of graph.edges()) {
    const item = { key, source: graph.source(key), target: graph.target(key), attributes: graph.getEdgeAttributes(key) };
    if (buf.push(`${first ? '' : ','}\n${JSON.stringify(item)}`)) yield buf.take();
    first = false;
  }
  buf.push('\n]}\n');
  yield buf.take();
}

export function jsonString(graph: KgGraph): string {
  return [...writeJson(graph)].join('');
}
