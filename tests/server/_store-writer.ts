// Child process for the crash test: saves ever-larger snapshots to a store in a loop, each naming one more
// posted article, and reports each save on stdout, until the parent kills it with SIGKILL.
import { buildGraph } from '../../src/graph/build.ts';
import { GraphStore, STORE_FORMAT } from '../../src/server/store.ts';
import type { Claim } from '../../src/extract/claims.ts';

const dir = process.argv[2]!;
const store = new GraphStore(dir);
await store.load();
const claims: Claim[] = [];
for (let i = 0; i < 6000; i++) {
  claims.push({
    relation: 'demands',
    source: { ref: 'actor', id: `a${i}`, label: `Actor ${i}`, actorType: 'state', aliases: [], known: false },
    target: { ref: 'position', id: `p${i}`, label: `Position ${i}`, kind: 'demand', category: 'x' },
    evidence: { article: 'base', sentence: i, text: `Actor ${i} demands position ${i}. `.repeat(4), date: '2024-01-01' },
    rule: 'test',
  });
}
const graph = buildGraph([{ meta: { id: 'base', title: 't', date: '2024-01-01', url: 'u', sentences: 6000 }, claims }]);
const posted: string[] = [];
for (let n = 0; ; n++) {
  const id = `post${n}`;
  posted.push(id);
  await store.save({ format: STORE_FORMAT, base: null, posted: [...posted], deleted: [], graph: graph.export() }, { addArticle: { id, text: `article ${n}\n`.repeat(2000) } });
  process.stdout.write(`saved ${n}\n`);
}
