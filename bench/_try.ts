import { generateGraph } from './generate-graph.ts';
const t = performance.now();
const g = generateGraph({ nodes: 100000, edges: 500000 });
console.log(g.order, g.size, ((performance.now() - t) / 1000).toFixed(1), 's', (process.memoryUsage().rss / 2 ** 20).toFixed(0), 'MiB');
