// Child process: one GEXF export of the generated graph to a file, by `stream` (src/export/gexf.ts, chunks
// written with backpressure) or `graphology` (graphology-gexf's writer, one string). Prints time and peak RSS.
import { once } from 'node:events';
import { createWriteStream, statSync, writeFileSync } from 'node:fs';
import { write as graphologyGexf } from 'graphology-gexf';
import { writeGexf } from '../src/export/gexf.ts';
import { generateGraph } from './generate-graph.ts';
import { peakRss } from './stats.ts';

const [writer, nodes, edges, out, layout] = process.argv.slice(2);
const graph = generateGraph({ nodes: Number(nodes), edges: Number(edges) });
global.gc?.();
const graphRss = peakRss();
const start = performance.now();
if (writer === 'stream') {
  const ws = createWriteStream(out!);
  for (const chunk of writeGexf(graph, { layout: layout === 'auto' ? 'auto' : 'none' })) {
    if (!ws.write(chunk)) await once(ws, 'drain');
  }
  ws.end();
  await once(ws, 'finish');
} else if (writer === 'graphology') {
  writeFileSync(out!, graphologyGexf(graph));
} else {
  throw new Error(`gexf-child: writer must be stream or graphology, got ${writer}`);
}
const seconds = (performance.now() - start) / 1000;
console.log(JSON.stringify({ seconds, graphRss, peakRss: peakRss(), bytes: statSync(out!).size }));
