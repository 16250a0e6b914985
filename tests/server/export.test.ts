import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ErrorResponse, GraphResponse } from '../../src/server/api-types.ts';
import { sampleGraph } from '../_helpers.ts';
import { startServer, type TestServer } from './_server.ts';

let server: TestServer;
beforeEach(async () => {
  server = await startServer({ base: sampleGraph() });
});
afterEach(async () => {
  await server.close();
});

describe('GET /api/export.*', () => {
  test.for([
    ['/api/export.gexf', 'application/gexf+xml', 'negotiation-kg.gexf', 'xmlns="http://gexf.net/1.3"'],
    ['/api/export.gexf?version=1.2', 'application/gexf+xml', 'negotiation-kg.gexf', 'xmlns="http://www.gexf.net/1.2draft"'],
    ['/api/export.gexf?layout=forceatlas2', 'application/gexf+xml', 'negotiation-kg.gexf', '<viz:position '],
    ['/api/export.graphml', 'application/graphml+xml', 'negotiation-kg.graphml', '<graphml'],
    ['/api/export.json', 'application/json', 'negotiation-kg.json', '"nodes":['],
    ['/api/export.csv?part=nodes', 'text/csv', 'negotiation-kg-nodes.csv', 'key,label,kind'],
    ['/api/export.csv?part=edges', 'text/csv', 'negotiation-kg-edges.csv', 'key,source,target'],
  ])('%s downloads with its type and file name', async ([path, type, file, marker]) => {
    const res = await fetch(server.url + path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain(type);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${file}"`);
    expect(await res.text()).toContain(marker);
  });

  test('applies the same filters as /api/graph', async () => {
    const graph = (await (await fetch(`${server.url}/api/graph?relation=threatens`)).json()) as GraphResponse;
    const json = (await (await fetch(`${server.url}/api/export.json?relation=threatens`)).json()) as GraphResponse;
    expect(json.edges.map((e) => e.key).sort()).toEqual(graph.edges.map((e) => e.key).sort());
    const csv = await (await fetch(`${server.url}/api/export.csv?relation=threatens`)).text();
    expect(csv.trim().split('\r\n')).toHaveLength(3);
    const gexf = await (await fetch(`${server.url}/api/export.gexf?relation=threatens`)).text();
    expect(gexf).toContain('<edges count="2">');
  });

  test.for([
    ['/api/export.gexf?version=2', 'version'],
    ['/api/export.gexf?time=sometimes', 'time'],
    ['/api/export.gexf?layout=random', 'layout'],
    ['/api/export.csv?part=rows', 'part'],
    ['/api/export.graphml?from=soon', 'from'],
  ])('%s answers 400 naming the parameter', async ([path, param]) => {
    const res = await fetch(server.url + path);
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorResponse).param).toBe(param);
  });
});
