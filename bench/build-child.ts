// Child process used only when `kg build` itself cannot start (the CLI is mid-change in a shared checkout): the
// same loader call `kg build` makes, buildFromInputs with worker threads, writing graph JSON to --out.
import { writeFileSync } from 'node:fs';
import { buildFromInputs } from '../src/loader/build.ts';

const [dir, out, workers] = process.argv.slice(2);
const result = await buildFromInputs([dir!], { workers: Number(workers) });
writeFileSync(out!, JSON.stringify(result.graph.export()));
console.log(JSON.stringify({ articles: result.articles.length, failures: result.failures.length, nodes: result.graph.order, edges: result.graph.size }));
