// Reads a graph JSON file written by `kg build` (graphology's serialization) into a KgGraph, with its digest,
// answering GRAPH_INVALID naming the file and the problem when it is not one.
import { readFile } from 'node:fs/promises';
import { KgError } from '../errors.ts';
import { createGraph } from '../graph/build.ts';
import type { KgGraph } from '../graph/types.ts';
import { digestOf } from './graph-service.ts';

export async function loadGraphFile(file: string): Promise<{ graph: KgGraph; digest: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const hint = code === 'ENOENT' ? '; build it first with `kg build <articles> --out <file>`' : '';
    throw new KgError('GRAPH_INVALID', `${file}: cannot read the graph (${code ?? (err as Error).message})${hint}`, { cause: err });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new KgError('GRAPH_INVALID', `${file}: not valid JSON (${(err as Error).message}); rebuild it with \`kg build\``, { cause: err });
  }
  const graph = createGraph();
  try {
    graph.import(data as Parameters<KgGraph['import']>[0]);
  } catch (err) {
    throw new KgError('GRAPH_INVALID', `${file}: not a graph in graphology's serialization (${(err as Error).message}); rebuild it with \`kg build\``, { cause: err });
  }
  return { graph, digest: digestOf(text) };
}
