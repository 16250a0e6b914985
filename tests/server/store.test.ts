// The SQLite article store: one transaction per write (a crash inside one leaves no trace of it), ids unique
// without regard to case, the JSON store of earlier versions carried over once, and the service on top of it.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { GraphService } from '../../src/server/graph-service.ts';
import { migrateJsonStore } from '../../src/server/migrate-store.ts';
import { SqliteStore, STORE_FILE, type WriteStep } from '../../src/server/sqlite-store.ts';
import type { StoredArticle } from '../../src/server/store.ts';
import { sampleGraph } from '../_helpers.ts';
import { articleText, ruleExtractor } from './_server.ts';

const WRITER = fileURLToPath(new URL('./_store-writer.ts', import.meta.url));

/** Runs the writer until it kills itself inside write number `at`, at `step`. */
function crashInside(dir: string, at: number, step: WriteStep, mode = 'post'): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir, String(at), step, mode], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(out.split('\n').filter(Boolean)) : reject(new Error(`writer exited on its own: ${err}`))));
  });
}

const stores: SqliteStore[] = [];
function open(dir: string): SqliteStore {
  const s = new SqliteStore(dir);
  stores.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
});

function article(id: string, text = articleText(id, ['Iran demands talks.'])): StoredArticle {
  const claims = ruleExtractor({ id, title: 't', date: '2024-01-02', url: 'u', paragraphs: [{ line: 4, text: 'Iran demands talks.' }] }).claims;
  return { meta: { id, title: `Title of ${id}`, date: '2024-01-02', url: `https://example.org/${id}`, sentences: 1 }, text, sentences: [{ text: 'Iran demands talks.', paragraph: 0 }], claims };
}

describe('SqliteStore', () => {
  // issue 10: the old crash test killed at timed moments and missed the write on a busy machine
  test.for(['article-row', 'sentences', 'claims'] as const)('keeps every acknowledged article and nothing of the one killed at %s', async (step) => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-crash-'));
    const acknowledged = await crashInside(dir, 3, step);
    expect(acknowledged).toEqual(['saved 0', 'saved 1', 'saved 2']);
    const store = open(dir);
    const { posted } = await store.load();
    expect(posted.map((p) => [p.meta.id, p.meta.sentences, p.claims.length])).toEqual([
      ['post0', 50, 50],
      ['post1', 50, 50],
      ['post2', 50, 50],
    ]);
    expect(await store.text('post3')).toBeNull();
  });

  test('keeps every acknowledged deletion and not the one killed inside its write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-crash-'));
    await crashInside(dir, 2, 'deleted-row', 'delete');
    expect((await open(dir).load()).deleted).toEqual(['base0', 'base1']);
  });

  test('keeps a posted article whole when the process is killed inside its deletion', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-crash-'));
    await crashInside(dir, 1, 'deleted-row', 'delete-posted');
    const store = open(dir);
    const { posted } = await store.load();
    expect(posted.map((p) => [p.meta.id, p.meta.sentences, p.claims.length])).toEqual([
      ['post1', 50, 50],
      ['post2', 50, 50],
    ]);
    expect(await store.text('post1')).not.toBeNull();
  });

  // issue 10: ids differing only in case collided on macOS and Windows disks
  test('refuses an id that differs from a stored one only in case', async () => {
    const store = open(mkdtempSync(join(tmpdir(), 'kg-store-')));
    await store.addArticle(article('talks'));
    await expect(store.addArticle(article('Talks'))).rejects.toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  test('removes a deleted article with its text, sentences and claims', async () => {
    const store = open(mkdtempSync(join(tmpdir(), 'kg-store-')));
    await store.addArticle(article('talks'));
    await store.deleteArticle('talks', true);
    expect(await store.text('talks')).toBeNull();
    expect(await store.sentences('talks', 0, 10)).toBeNull();
    expect((await store.load()).posted).toEqual([]);
  });

  test('pages a stored article\'s sentences', async () => {
    const store = open(mkdtempSync(join(tmpdir(), 'kg-store-')));
    const sentences = ['a.', 'b.', 'c.', 'd.'].map((text, i) => ({ text, paragraph: i >> 1 }));
    await store.addArticle({ ...article('long'), sentences });
    expect(await store.sentences('long', 1, 2)).toEqual({ items: [{ text: 'b.', paragraph: 0 }, { text: 'c.', paragraph: 1 }], total: 4 });
  });

  test('throws GRAPH_INVALID naming the file when it is not a database', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-store-'));
    writeFileSync(join(dir, STORE_FILE), 'not a database '.repeat(100));
    expect(() => new SqliteStore(dir)).toThrow(expect.objectContaining({ code: 'GRAPH_INVALID', message: expect.stringContaining(STORE_FILE) }));
  });
});

describe('migrateJsonStore', () => {
  function legacyStore(): string {
    const dir = mkdtempSync(join(tmpdir(), 'kg-legacy-'));
    mkdirSync(join(dir, 'articles'));
    writeFileSync(join(dir, 'articles', 'old.txt'), articleText('old', ['Iran demands sanctions relief.']));
    writeFileSync(join(dir, 'graph.json'), JSON.stringify({ format: 'negotiation-kg-store/1', base: 'x', posted: ['old', 'lost'], deleted: ['ankara'], graph: { nodes: [], edges: [] } }));
    return dir;
  }

  test('carries posted articles and deletions over into the database', async () => {
    const dir = legacyStore();
    const store = open(dir);
    const m = await migrateJsonStore(dir, store, ruleExtractor);
    expect(m).toMatchObject({ posted: 1, deleted: 1, skipped: ['lost'] });
    const service = await GraphService.open({ store, base: { graph: sampleGraph(), digest: 'd' }, extract: ruleExtractor });
    expect(service.isPosted('old')).toBe(true);
    expect(service.graph.hasNode('actor:iran')).toBe(true);
    expect(service.graph.getAttribute('articles')!).not.toHaveProperty('ankara');
  });

  test('runs once: graph.json is kept under another name', async () => {
    const dir = legacyStore();
    const graphJson = readFileSync(join(dir, 'graph.json'), 'utf8');
    await migrateJsonStore(dir, open(dir), ruleExtractor);
    expect(existsSync(join(dir, 'graph.json'))).toBe(false);
    expect(readFileSync(join(dir, 'graph.json.migrated'), 'utf8')).toBe(graphJson);
    expect(await migrateJsonStore(dir, open(dir), ruleExtractor)).toBeNull();
  });
});

describe('GraphService', () => {
  test('reports what a post added even when the builder merges a person into an existing node (found by the fuzz test)', async () => {
    // "Blinken" under another id: the builder may file it under the existing "Antony Blinken" node.
    const blinken = { ref: 'actor' as const, id: 'a-blinken', label: 'Blinken', actorType: 'person' as const, aliases: [], known: false };
    const talks = { ref: 'position' as const, id: 'new-talks', label: 'new talks', kind: 'response' as const, category: 'x' };
    const service = await GraphService.open({
      store: open(mkdtempSync(join(tmpdir(), 'kg-store-'))),
      base: { graph: sampleGraph(), digest: 'd' },
      extract: (a) => ({ claims: [{ relation: 'offers', source: blinken, target: talks, evidence: { article: a.id, sentence: 0, text: 'x', date: a.date }, rule: 't' }], warnings: [] }),
    });
    const before = new Set(service.graph.nodes());
    const r = await service.postArticle(articleText('b', ['Blinken offers new talks.']), 'b');
    expect(r.added.nodes.map((n) => n.key).sort()).toEqual(service.graph.filterNodes((k) => !before.has(k)).sort());
    expect(r.added.edges.map((e) => e.key)).toEqual([`${r.added.edges[0]!.source}|offers|position:new-talks`]);
    expect(service.graph.hasNode(r.added.edges[0]!.source)).toBe(true);
  });

  test('leaves the served graph unchanged when storing fails', async () => {
    const store = open(mkdtempSync(join(tmpdir(), 'kg-store-')));
    store.addArticle = () => Promise.reject(new Error('disk full'));
    const service = await GraphService.open({ store, base: { graph: sampleGraph(), digest: 'd' }, extract: ruleExtractor });
    const before = JSON.stringify(service.graph.export());
    await expect(service.postArticle(articleText('x', ['Iran demands talks.']), 'x')).rejects.toThrow('disk full');
    expect(JSON.stringify(service.graph.export())).toBe(before);
    expect(service.postedCount).toBe(0);
  });

  // issue 10: every write rewrote the whole graph JSON
  test('writes one article\'s rows per post, never the graph', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-store-'));
    const service = await GraphService.open({ store: open(dir), base: { graph: sampleGraph(), digest: 'd' }, extract: ruleExtractor });
    await service.postArticle(articleText('x', ['Iran demands talks.']), 'x');
    expect(existsSync(join(dir, 'graph.json'))).toBe(false);
    expect((await service.store.load()).posted.map((p) => p.meta.id)).toEqual(['x']);
  });
});
