import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildFromInputs } from '../../src/loader/build.ts';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { loadLexicon } from '../../src/extract/lexicon.ts';
import type { KgGraph } from '../../src/graph/types.ts';
import type { ActorPositionsResponse, ArticleDetailResponse, ArticlesResponse, EdgesResponse, PostArticleResponse, StatsResponse } from '../../src/server/api-types.ts';
import { createApp } from '../../src/server/app.ts';
import { GraphService } from '../../src/server/graph-service.ts';
import { SqliteStore } from '../../src/server/sqlite-store.ts';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { hasTool, runPython } from '../_helpers.ts';

// The shipped corpus (graph-data/articles) through the real extractor: what `npm start` serves.
const ARTICLES = fileURLToPath(new URL('../../graph-data/articles', import.meta.url));
const FIRST = '000_1b6febaad030ac13';
const LATER = fileURLToPath(new URL('../../graph-data/articles/20250314_8010842.txt', import.meta.url));
const SCHEMA = fileURLToPath(new URL('../fixtures/gexf-1.3/gexf.rng', import.meta.url));
const HAS_XMLLINT = hasTool(['xmllint', '--version'], 'libxml2-utils');
const HAS_NETWORKX = hasTool(['python3', '-c', 'import networkx'], 'python3-networkx');

let base: KgGraph;
let server: Server;
let url: string;

beforeAll(async () => {
  base = (await buildFromInputs([join(ARTICLES, `${FIRST}.txt`)], { workers: 0 })).graph;
  const lexicon = loadLexicon();
  const service = await GraphService.open({
    store: new SqliteStore(mkdtempSync(join(tmpdir(), 'kg-real-'))),
    base: { graph: base, digest: 'first' },
    extract: (a) => extractArticle(a, lexicon),
    articleDirs: [ARTICLES],
  });
  server = createApp({ service, webDir: null }).listen(0, '127.0.0.1');
  await new Promise<void>((r) => server.once('listening', () => r()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
});

const get = async <T>(path: string): Promise<T> => (await fetch(url + path)).json() as Promise<T>;

describe('the API over the first article', () => {
  test("lists Russia's demands, including those its representatives voiced, with evidence from the article", async () => {
    const r = await get<ActorPositionsResponse>('/api/actors/Russia/positions');
    expect(r.byRelation.demands ?? 0).toBeGreaterThan(0);
    expect(r.representatives.length).toBeGreaterThan(0);
    for (const s of r.holds.items) expect(s.evidence.every((e) => e.article === FIRST && e.date === '2022-01-10')).toBe(true);
  });

  test('shows every sentence of the article, each evidence sentence linked to its edges', async () => {
    const r = await get<ArticleDetailResponse>(`/api/articles/${FIRST}`);
    expect(r.sentencesFrom).toBe('text');
    expect(r.sentences.total).toBe(r.article.sentences);
    const linked = r.sentences.items.filter((s) => s.edges.length);
    expect(linked.length).toBeGreaterThan(5);
    for (const s of linked) {
      for (const key of s.edges) {
        const edge = r.edges.items.find((e) => e.key === key)!;
        expect(edge.attributes.evidence.some((ev) => ev.sentence === s.index && ev.text === s.text)).toBe(true);
      }
    }
  });

  // issue 12: the reader ran every paragraph together
  test('gives each sentence of a built article the paragraph it stands in', async () => {
    const r = await get<ArticleDetailResponse>(`/api/articles/${FIRST}?limit=10000`);
    const lines = readFileSync(join(ARTICLES, `${FIRST}.txt`), 'utf8').split('\n').slice(3).filter((l) => l.trim());
    const paragraphs = lines.map((_, p) => r.sentences.items.filter((s) => s.paragraph === p).map((s) => s.text).join(' '));
    expect(paragraphs).toEqual(lines.map((l) => l.trim()));
  });

  test('merges a posted VOA story and then removes it without a trace', async () => {
    const before = await get<StatsResponse>('/api/stats');
    const listBefore = await get<ArticlesResponse>('/api/articles');
    const edgesBefore = await get<EdgesResponse>('/api/edges?limit=5');
    const res = await fetch(`${url}/api/articles?id=g7-2025`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: readFileSync(LATER, 'utf8') });
    const added = (await res.json()) as PostArticleResponse;
    expect(res.status).toBe(201);
    expect(added.added.edges.length).toBeGreaterThan(0);
    // Answers kept per graph (stats, the article list, edges newest first) follow the new graph.
    const after = await get<StatsResponse>('/api/stats');
    expect(after.dateRange).toEqual({ from: '2022-01-10', to: '2025-03-14' });
    const listAfter = await get<ArticlesResponse>('/api/articles');
    expect(listAfter.total).toBe(listBefore.total + 1);
    expect(listAfter.items[0]).toMatchObject({ id: 'g7-2025', posted: true });
    expect((await get<EdgesResponse>('/api/edges?limit=5')).items[0]!.attributes.lastDate).toBe('2025-03-14');
    await fetch(`${url}/api/articles/g7-2025`, { method: 'DELETE' });
    expect(await get<StatsResponse>('/api/stats')).toEqual(before);
    expect(await get<ArticlesResponse>('/api/articles')).toEqual(listBefore);
    expect(await get<EdgesResponse>('/api/edges?limit=5')).toEqual(edgesBefore);
  });
});

describe('exports of the shipped corpus', () => {
  let corpus: KgGraph;
  beforeAll(async () => {
    corpus = (await buildFromInputs([ARTICLES], { workers: 0 })).graph;
  }, 60_000);

  test.skipIf(!HAS_XMLLINT)('GEXF 1.3 validates against the schema', async () => {
    const { gexfString } = await import('../../src/export/gexf.ts');
    const file = join(mkdtempSync(join(tmpdir(), 'kg-real-')), 'corpus.gexf');
    writeFileSync(file, gexfString(corpus));
    const r = spawnSync('xmllint', ['--noout', '--relaxng', SCHEMA, file], { encoding: 'utf8' });
    expect(r.stderr).toMatch(/validates/);
  });

  test.skipIf(!HAS_NETWORKX)('GEXF 1.2draft and GraphML load in NetworkX with the same counts', async () => {
    const { gexfString } = await import('../../src/export/gexf.ts');
    const { graphmlString } = await import('../../src/export/graphml.ts');
    const count = (reader: string, doc: string) => JSON.parse(runPython(`import json,sys,networkx as nx\ng=nx.${reader}(sys.stdin.buffer)\nprint(json.dumps([g.number_of_nodes(), g.number_of_edges()]))`, doc));
    expect(count('read_gexf', gexfString(corpus, { version: '1.2draft', layout: 'none' }))).toEqual([corpus.order, corpus.size]);
    expect(count('read_graphml', graphmlString(corpus))).toEqual([corpus.order, corpus.size]);
  });
});
