import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { createGraph } from '../../src/graph/build.ts';
import { GraphService } from '../../src/server/graph-service.ts';
import { GraphStore, STORE_FORMAT, type SaveChange, type StoreSnapshot } from '../../src/server/store.ts';
import { sampleGraph } from '../_helpers.ts';
import { articleText, ruleExtractor } from './_server.ts';

const WRITER = fileURLToPath(new URL('./_store-writer.ts', import.meta.url));

/** Runs the writer until it has reported `saves` saves plus a random extra delay, then SIGKILLs it. */
function killMidWrite(dir: string, saves: number, extraMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let seen = 0;
    let killed = false;
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.on('data', (d: Buffer) => {
      seen += d.toString().split('\n').filter((l) => l.startsWith('saved')).length;
      if (seen >= saves && !killed) {
        killed = true;
        setTimeout(() => child.kill('SIGKILL'), extraMs);
      }
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited on its own: ${stderr}`))));
  });
}

describe('GraphStore', () => {
  test('loads a consistent snapshot after the writing process is killed mid-write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-crash-'));
    // Kill at varied moments until at least one kill has demonstrably landed inside a write (a temp file left).
    let midWrite = 0;
    for (let attempt = 0; attempt < 10 && (attempt < 2 || midWrite === 0); attempt++) {
      await killMidWrite(dir, 1 + (attempt % 3), (attempt * 17) % 50);
      const leftovers = [...readdirSync(dir), ...readdirSync(join(dir, 'articles'))].filter((f) => f.endsWith('.tmp'));
      if (leftovers.length) midWrite++;
      const store = new GraphStore(dir);
      const snapshot = await store.load();
      expect(snapshot).not.toBeNull();
      expect(snapshot!.posted.length).toBeGreaterThanOrEqual(1);
      expect(snapshot!.posted).toEqual(snapshot!.posted.map((_, i) => `post${i}`));
      for (const id of snapshot!.posted) expect(await store.readArticle(id)).not.toBeNull();
      const graph = createGraph();
      graph.import(snapshot!.graph);
      expect(graph.order).toBe(12000);
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    }
    expect(midWrite, 'no kill landed inside a write in 10 attempts').toBeGreaterThan(0);
  }, 120_000);

  test('deletes temp files a crash left behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-store-'));
    const store = new GraphStore(dir);
    await store.load();
    writeFileSync(join(dir, '.graph.json.999.0.tmp'), '{"half');
    await new GraphStore(dir).load();
    expect(existsSync(join(dir, '.graph.json.999.0.tmp'))).toBe(false);
  });

  test('throws GRAPH_INVALID naming the file when graph.json is not JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-store-'));
    writeFileSync(join(dir, 'graph.json'), '{"format": ');
    await expect(new GraphStore(dir).load()).rejects.toThrow(expect.objectContaining({ code: 'GRAPH_INVALID', message: expect.stringContaining('graph.json') }));
  });

  test('runs saves one at a time in the order they were queued', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-store-'));
    const store = new GraphStore(dir);
    await store.load();
    const snap = (n: number): StoreSnapshot => ({ format: STORE_FORMAT, base: null, posted: [`p${n}`], deleted: [], graph: createGraph().export() });
    await Promise.all(Array.from({ length: 20 }, (_, n) => store.save(snap(n))));
    expect((await store.load())!.posted).toEqual(['p19']);
  });
});

describe('GraphService', () => {
  test('reports what a post added even when the builder merges a person into an existing node (found by the fuzz test)', async () => {
    // "Blinken" under another id: the builder may file it under the existing "Antony Blinken" node.
    const blinken = { ref: 'actor' as const, id: 'a-blinken', label: 'Blinken', actorType: 'person' as const, aliases: [], known: false };
    const talks = { ref: 'position' as const, id: 'new-talks', label: 'new talks', kind: 'response' as const, category: 'x' };
    const service = await GraphService.open({
      store: new GraphStore(mkdtempSync(join(tmpdir(), 'kg-store-'))),
      base: { graph: sampleGraph(), digest: 'd' },
      extract: (a) => ({ claims: [{ relation: 'offers', source: blinken, target: talks, evidence: { article: a.id, sentence: 0, text: 'x', date: a.date }, rule: 't' }], warnings: [] }),
    });
    const before = new Set(service.graph.nodes());
    const r = await service.postArticle(articleText('b', ['Blinken offers new talks.']), 'b');
    expect(r.added.nodes.map((n) => n.key).sort()).toEqual(service.graph.filterNodes((k) => !before.has(k)).sort());
    expect(r.added.edges.map((e) => e.key)).toEqual([`${r.added.edges[0]!.source}|offers|position:new-talks`]);
    expect(service.graph.hasNode(r.added.edges[0]!.source)).toBe(true);
  });

  test('leaves the served graph unchanged when saving fails', async () => {
    class FailingStore extends GraphStore {
      override save(_s: StoreSnapshot, _c?: SaveChange): Promise<void> {
        return Promise.reject(new Error('disk full'));
      }
    }
    const dir = mkdtempSync(join(tmpdir(), 'kg-store-'));
    const service = await GraphService.open({ store: new FailingStore(dir), base: null, extract: ruleExtractor });
    service.graph.import(sampleGraph().export());
    const before = JSON.stringify(service.graph.export());
    await expect(service.postArticle(articleText('x', ['Iran demands talks.']), 'x')).rejects.toThrow('disk full');
    expect(JSON.stringify(service.graph.export())).toBe(before);
    expect(service.posted.size).toBe(0);
  });
});
