import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ErrorResponse, MatrixResponse, ShiftsResponse, TimelineResponse } from '../../src/server/api-types.ts';
import { hasTool, runPython } from '../_helpers.ts';
import { stanceGraph } from '../_stance-graph.ts';
import { startServer, type TestServer } from './_server.ts';

const HAS_PYTHON = hasTool(['python3', '-c', 'import csv'], 'python3');

let server: TestServer;
beforeEach(async () => {
  server = await startServer({ base: stanceGraph() });
});
afterEach(async () => {
  await server.close();
});

async function get<T>(path: string, status = 200): Promise<T> {
  const res = await fetch(server.url + path);
  expect(res.status, `${path}: ${res.status}`).toBe(status);
  return (await res.json()) as T;
}

describe('GET /api/matrix', () => {
  test('answers rows, columns and cells with the people folded into their state', async () => {
    const m = await get<MatrixResponse>('/api/matrix');
    expect([m.rows.length, m.columns.length, m.cells.length, m.fold]).toEqual([5, 4, 13, true]);
    expect(m.ordering).toMatch(/average-linkage/);
    expect(m.rows.find((r) => r.key === 'actor:russia')?.members.map((x) => x.key)).toEqual(['actor:lavrov']);
  });

  test('keeps people apart with fold=false', async () => {
    const m = await get<MatrixResponse>('/api/matrix?fold=false');
    expect(m.rows.map((r) => r.key)).toContain('actor:lavrov');
  });

  test('orders the rows so that each bloc is one block', async () => {
    const rows = (await get<MatrixResponse>('/api/matrix')).rows.map((r) => r.label);
    const west = ['United States', 'United Kingdom', 'France'].map((l) => rows.indexOf(l)).sort();
    expect(west[2]! - west[0]!).toBe(2);
    expect(Math.abs(rows.indexOf('Russia') - rows.indexOf('Belarus'))).toBe(1);
  });

  test('applies the graph filters', async () => {
    const m = await get<MatrixResponse>('/api/matrix?relation=rejects&from=2022-02-01');
    expect(m.rows.map((r) => r.label).sort()).toEqual(['France', 'United Kingdom']);
    expect(m.cells.every((c) => Object.keys(c.counts).join() === 'rejects')).toBe(true);
  });

  test.for([
    ['fold=maybe', 'fold'],
    ['rows=0', 'rows'],
    ['columns=501', 'columns'],
    ['relation=likes', 'relation'],
    ['color=red', 'color'],
  ])('answers 400 naming the parameter for %s', async ([query, param]) => {
    const e = await get<ErrorResponse>(`/api/matrix?${query}`, 400);
    expect([e.error, e.param]).toEqual(['BAD_REQUEST', param]);
  });

  test('answers 404 for an unknown filter actor', async () => {
    expect((await get<ErrorResponse>('/api/matrix?actor=Atlantis', 404)).error).toBe('NOT_FOUND');
  });
});

describe('GET /api/export.matrix.csv', () => {
  test.skipIf(!HAS_PYTHON)("parses with Python's csv module into one row per cell with the same counts", async () => {
    const m = await get<MatrixResponse>('/api/matrix');
    const res = await fetch(`${server.url}/api/export.matrix.csv`);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/negotiation-kg-matrix\.csv/);
    const parsed = JSON.parse(runPython('import csv, json, sys; print(json.dumps(list(csv.DictReader(sys.stdin))))', await res.text())) as Array<Record<string, string>>;
    expect(parsed).toHaveLength(m.cells.length);
    for (const c of m.cells) {
      const row = parsed.find((r) => r.actor === m.rows[c.row]!.key && r.position === m.columns[c.column]!.key)!;
      expect(Number(row.evidenceCount)).toBe(c.evidence);
      expect(Number(row.rejects)).toBe(c.counts.rejects ?? 0);
      expect(Number(row.demands)).toBe(c.counts.demands ?? 0);
      expect([Number(row.rowIndex), Number(row.columnIndex), row.latestRelation, row.latestSentence]).toEqual([c.row, c.column, c.latest.relation, c.latest.text]);
    }
  });

  test('applies the same filters as the matrix', async () => {
    const text = await (await fetch(`${server.url}/api/export.matrix.csv?article=mar`)).text();
    expect(text.trim().split('\r\n')).toHaveLength(3);
  });
});

describe('GET /api/shifts', () => {
  test('lists the changed stances newest first and not the repeated ones', async () => {
    const s = await get<ShiftsResponse>('/api/shifts');
    expect(s.items.map((x) => `${x.actor.key} ${x.before.relations} → ${x.after.relations}`)).toEqual(['actor:russia rejects → accepts', 'actor:united-states threatens → imposes']);
    expect(s.items[0]!.before.events[0]!.text).toMatch(/Lavrov rejects Ceasefire/);
  });

  test('finds no shift for the state alone when people are kept apart', async () => {
    expect((await get<ShiftsResponse>('/api/shifts?fold=false')).total).toBe(1);
  });
});

describe('GET /api/timeline', () => {
  test("lists an actor's dated stances, its spokesman's included", async () => {
    const t = await get<TimelineResponse>('/api/timeline?actor=Russia');
    expect(t.items.map((e) => e.date)).toEqual(['2022-01-10', '2022-01-10', '2022-01-10', '2022-03-01']);
    expect(t.members.map((m) => m.key)).toEqual(['actor:lavrov']);
  });

  test('narrows to an actor–position pair', async () => {
    const t = await get<TimelineResponse>('/api/timeline?actor=actor:united-states&position=position:sanctions');
    expect(t.items.map((e) => e.relation)).toEqual(['threatens', 'imposes']);
  });

  test('answers 400 naming actor when neither actor nor position is given', async () => {
    expect((await get<ErrorResponse>('/api/timeline', 400)).param).toBe('actor');
  });

  test('answers 400 when from is after to', async () => {
    expect((await get<ErrorResponse>('/api/timeline?actor=Russia&from=2022-03-01&to=2022-01-01', 400)).param).toBe('from');
  });

  test('answers 404 for an unknown actor', async () => {
    expect((await get<ErrorResponse>('/api/timeline?actor=Atlantis', 404)).error).toBe('NOT_FOUND');
  });
});

describe('GET /api/openapi.json', () => {
  test('describes the stance endpoints with schemas that all resolve', async () => {
    const doc = await get<{ paths: Record<string, { get?: { parameters?: Array<{ name: string }> } }>; components: { schemas: Record<string, unknown> } }>('/api/openapi.json');
    expect(doc.paths['/api/matrix']?.get?.parameters?.map((p) => p.name)).toEqual(expect.arrayContaining(['actor', 'relation', 'from', 'to', 'article', 'kind', 'q', 'fold', 'rows', 'columns']));
    expect(doc.paths['/api/timeline']?.get?.parameters?.map((p) => p.name)).toEqual(expect.arrayContaining(['actor', 'position', 'fold']));
    const refs = [...JSON.stringify(doc).matchAll(/"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]!);
    expect(refs).toEqual(expect.arrayContaining(['Matrix', 'Shifts', 'Timeline', 'StanceEvent']));
    expect(refs.filter((r) => !(r in doc.components.schemas))).toEqual([]);
  });
});
