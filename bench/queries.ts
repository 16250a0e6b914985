// Query figures on the generated 100,000-node graph: point lookups under autocannon against a constant Express
// route in the same server (alternating rounds, medians), and p99 latency of neighbourhoods and paths.
import autocannon, { type Result } from 'autocannon';
import { startBenchServer, type BenchServer } from './server-child.ts';
import type { Row } from './table.ts';
import { fmt, median } from './stats.ts';

export interface QueryOptions {
  nodes: number;
  edges: number;
  rounds: number;
  /** seconds per autocannon run */
  duration: number;
  connections: number;
}

/** Cycles through `paths` so each request asks for a different node, as real traffic does. */
function cycling(paths: string[]) {
  let i = 0;
  return [{ method: 'GET', setupRequest: (req: { path?: string }) => ({ ...req, path: paths[i++ % paths.length]! }) }];
}

async function load(server: BenchServer, paths: string[], duration: number, connections: number): Promise<Result> {
  const r = await autocannon({ url: server.url, connections, duration, requests: cycling(paths) });
  // autocannon stops sending at the deadline but the server may still be answering queued requests: wait until a
  // request to the constant route comes back, so the next run starts on an idle server.
  for (let attempt = 0; ; attempt++) {
    try {
      await fetch(`${server.url}/bench/constant`, { headers: { connection: 'close' } });
      break;
    } catch (err) {
      if (attempt >= 20) throw new Error(`bench: the server stopped answering after ${paths[0]} …: ${String((err as Error & { cause?: Error }).cause ?? err)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  if (r.non2xx || r.errors || r.timeouts) throw new Error(`bench: ${paths[0]} … answered ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`);
  return r;
}

export async function benchQueries(o: QueryOptions, log: (s: string) => void): Promise<{ rows: Row[]; notes: string[] }> {
  log(`queries: generating ${o.nodes} nodes / ${o.edges} edges in the server process`);
  const server = await startBenchServer(o.nodes, o.edges);
  try {
    const enc = encodeURIComponent;
    const targets = {
      constant: ['/bench/constant'],
      node: server.keys.map((k) => `/api/nodes/${enc(k)}`),
      positions: server.actors.map((k) => `/api/actors/${enc(k)}/positions`),
    };
    const rps: Record<keyof typeof targets, number[]> = { constant: [], node: [], positions: [] };
    // Warm-up, so JIT compilation is not part of the first measured round.
    for (const paths of Object.values(targets)) await load(server, paths, 1, o.connections);
    for (let round = 0; round < o.rounds; round++) {
      for (const name of Object.keys(targets) as Array<keyof typeof targets>) {
        log(`queries: ${name} round ${round + 1}/${o.rounds}`);
        rps[name].push((await load(server, targets[name], o.duration, o.connections)).requests.average);
      }
    }
    const base = median(rps.constant);
    const workload = `${fmt(server.nodes, 0)} nodes / ${fmt(server.edges, 0)} edges, ${o.connections} connections, ${o.rounds}× ${o.duration} s`;
    const point = (figure: string, values: number[]): Row => {
      const m = median(values);
      return {
        figure,
        workload,
        result: `${fmt(m, 0)} req/s`,
        baseline: `constant route ${fmt(base, 0)} req/s`,
        ratio: `${fmt((100 * m) / base, 0)}%`,
        target: '≥ 50% of baseline',
        pass: m / base >= 0.5,
      };
    };
    const rows = [point('point query `/api/nodes/:key`', rps.node), point('point query `/api/actors/:key/positions`', rps.positions)];

    // Latency: one connection, so the percentiles are service times rather than queueing behind other requests.
    const latencyDuration = Math.max(2, o.duration);
    const latency = async (figure: string, paths: string[]): Promise<Row> => {
      log(`queries: ${figure}`);
      await load(server, paths, 1, 1);
      const r = await load(server, paths, latencyDuration, 1);
      return {
        figure,
        workload: `same graph, 1 connection, ${latencyDuration} s, ${fmt(r.requests.total, 0)} requests over ${paths.length} keys`,
        result: `p99 ${fmt(r.latency.p99, 0)} ms (p50 ${fmt(r.latency.p50, 0)} ms, max ${fmt(r.latency.max, 0)} ms)`,
        baseline: '–',
        ratio: '–',
        target: 'p99 < 50 ms',
        pass: r.latency.p99 < 50,
      };
    };
    const pairs = server.keys.slice(0, 1000).map((from, i) => `/api/paths?from=${enc(from)}&to=${enc(server.keys[server.keys.length - 1 - i]!)}`);
    rows.push(await latency('neighbourhood `/api/nodes/:key/neighbors?depth=2`', server.keys.map((k) => `/api/nodes/${enc(k)}/neighbors?depth=2`)));
    rows.push(await latency('paths `/api/paths?from=&to=`', pairs));

    // Every other read endpoint, so a slow one shows here even without a target of its own: the first request
    // (which builds the graph's per-graph index, if the endpoint has one) and the median of the next ones.
    log('queries: other endpoints');
    // The article list is asked for first (its first answer builds the article index), and gives ids to ask for.
    const listStarted = performance.now();
    const articleList = (await (await fetch(`${server.url}/api/articles?limit=20`)).json()) as { items: Array<{ id: string }> };
    const listFirst = performance.now() - listStarted;
    const articles = articleList.items.map((a) => a.id);
    const label = ((await (await fetch(`${server.url}/api/nodes/${enc(server.actors[0]!)}`)).json()) as { attributes: { label: string } }).attributes.label;
    const survey: Array<[string, (i: number) => string]> = [
      ['stats', () => '/api/stats'],
      ['articles', (i) => `/api/articles?limit=50&offset=${i * 50}`],
      ['article', (i) => `/api/articles/${enc(articles[i % articles.length]!)}`],
      ['search', (i) => `/api/nodes?q=${enc(label.slice(0, 3 + (i % 4)))}`],
      ['edges by relation', (i) => `/api/edges?relation=demands&limit=50&offset=${i * 50}`],
      ['edges of a source', (i) => `/api/edges?source=${enc(server.actors[i]!)}`],
      ['position', (i) => `/api/positions/${enc(server.keys.filter((k) => k.startsWith('position:'))[i]!)}`],
      ['graph of an actor', (i) => `/api/graph?actor=${enc(server.actors[i]!)}&fields=display`],
    ];
    const surveyed: string[] = [];
    for (const [name, path] of survey) {
      const times: number[] = [];
      for (let i = 0; i < 11; i++) {
        const started = performance.now();
        const res = await fetch(server.url + path(i));
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`bench: ${path(i)} answered ${res.status}`);
        times.push(performance.now() - started);
      }
      surveyed.push(`${name} ${fmt(median(times.slice(1)), 0)} ms (first ${fmt(name === 'articles' ? listFirst : times[0]!, 0)})`);
    }
    rows.push({
      figure: 'other read endpoints',
      workload: 'same graph, one request at a time, 10 after the first',
      result: `median: ${surveyed.join('; ')}`,
      baseline: '–',
      ratio: '–',
      target: 'report',
      pass: null,
    });
    const notes = [
      `Queries: the server runs in its own process (graph generated in ${fmt(server.generatedSeconds, 1)} s by bench/generate-graph.ts, seeded: 10% actors with skewed degree, demands and responses, every relation, 1–3 real evidence sentences per edge); autocannon runs in the bench process. The constant route is a bare Express handler mounted in front of createApp's app in that same server; the API runs without request logging. Point-query rounds alternate constant / nodes / positions and the table gives medians (req/s per round: constant ${rps.constant.map((v) => fmt(v, 0)).join(', ')}; nodes ${rps.node.map((v) => fmt(v, 0)).join(', ')}; positions ${rps.positions.map((v) => fmt(v, 0)).join(', ')}).`,
    ];
    return { rows, notes };
  } finally {
    await server.stop();
  }
}
