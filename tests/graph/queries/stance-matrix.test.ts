import { describe, expect, test } from 'vitest';
import { stanceMatrix } from '../../../src/graph/queries/stance-matrix.ts';
import type { MatrixResponse } from '../../../src/graph/queries/stance-types.ts';
import { stanceGraph } from '../../_stance-graph.ts';

const labels = (m: MatrixResponse, side: 'rows' | 'columns'): string[] => m[side].map((x) => x.label);
const cell = (m: MatrixResponse, row: string, column: string) =>
  m.cells.find((c) => m.rows[c.row]!.label === row && m.columns[c.column]!.label === column);
const adjacent = (list: string[], group: string[]): boolean => {
  const at = group.map((g) => list.indexOf(g)).sort((a, b) => a - b);
  return at[0]! >= 0 && at[at.length - 1]! - at[0]! === group.length - 1;
};

describe('stanceMatrix', () => {
  test('folds a spokesman into the state he represents by default', () => {
    const m = stanceMatrix(stanceGraph());
    expect(labels(m, 'rows')).not.toContain('Sergei Lavrov');
    const russia = m.rows.find((r) => r.label === 'Russia')!;
    expect(russia.members.map((x) => x.label)).toEqual(['Sergei Lavrov']);
    expect(cell(m, 'Russia', 'Security guarantees')?.counts).toEqual({ demands: 1 });
  });

  test('keeps people apart from their state when fold is false', () => {
    const m = stanceMatrix(stanceGraph(), {}, { fold: false });
    expect(labels(m, 'rows')).toContain('Sergei Lavrov');
    expect(cell(m, 'Russia', 'Security guarantees')).toBeUndefined();
    expect(cell(m, 'Sergei Lavrov', 'Security guarantees')?.counts).toEqual({ demands: 1 });
    expect(m.rows.every((r) => r.members.length === 0)).toBe(true);
  });

  test('counts sentences per relation and names the latest stance with its sentence', () => {
    const m = stanceMatrix(stanceGraph());
    const france = cell(m, 'France', 'Ceasefire')!;
    expect(france.counts).toEqual({ demands: 1, rejects: 1 });
    expect(france.evidence).toBe(2);
    const russia = cell(m, 'Russia', 'Ceasefire')!;
    expect(russia.latest).toMatchObject({ relation: 'accepts', date: '2022-03-01', article: 'mar' });
    expect(russia.latest.text).toMatch(/^Russia accepts Ceasefire/);
    expect(russia.edges).toHaveLength(2);
  });

  test('puts the rows of each bloc side by side', () => {
    const rows = labels(stanceMatrix(stanceGraph()), 'rows');
    expect(rows).toHaveLength(5);
    expect(adjacent(rows, ['Russia', 'Belarus'])).toBe(true);
    expect(adjacent(rows, ['United States', 'United Kingdom', 'France'])).toBe(true);
  });

  test('puts positions held by the same actors side by side', () => {
    const columns = labels(stanceMatrix(stanceGraph()), 'columns');
    expect(columns).toHaveLength(4);
    expect(adjacent(columns, ['NATO non-expansion', 'Security guarantees'])).toBe(true);
  });

  test('orders the same graph the same way every time', () => {
    expect(stanceMatrix(stanceGraph())).toEqual(stanceMatrix(stanceGraph()));
  });

  test.for([
    [{ relations: ['demands' as const] }, ['Belarus', 'France', 'Russia'], 5],
    [{ from: '2022-02-01', to: '2022-02-28' }, ['France', 'United Kingdom'], 4],
    [{ articles: ['mar'] }, ['Russia', 'United States'], 2],
    [{ kinds: ['actor' as const, 'response' as const] }, ['France', 'Russia', 'United States'], 3],
    [{ actor: 'France' }, ['France'], 3],
  ] as const)('applies the graph filter %o', ([filter, rows, cells]) => {
    const m = stanceMatrix(stanceGraph(), filter);
    expect(labels(m, 'rows').sort()).toEqual(rows);
    expect(m.cells).toHaveLength(cells);
  });

  test('keeps the busiest rows and columns within the limits and counts them all in totals', () => {
    const m = stanceMatrix(stanceGraph(), {}, { rows: 2, columns: 2 });
    expect(labels(m, 'columns').sort()).toEqual(['NATO non-expansion', 'Security guarantees']);
    expect(m.rows).toHaveLength(2);
    expect(m.totals).toEqual({ rows: 5, columns: 4, cells: 13 });
  });

  test('throws NotFoundError for an unknown filter actor', () => {
    expect(() => stanceMatrix(stanceGraph(), { actor: 'Atlantis' })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});
