import { describe, expect, test } from 'vitest';
import { MATRIX_CSV_HEADER, writeMatrixCsv } from '../../src/export/matrix-csv.ts';
import { stanceMatrix } from '../../src/graph/queries/stance-matrix.ts';
import { stanceGraph } from '../_stance-graph.ts';

describe('writeMatrixCsv', () => {
  test('writes a header and one CRLF row per non-empty cell', () => {
    const m = stanceMatrix(stanceGraph());
    const lines = [...writeMatrixCsv(m)].join('').split('\r\n');
    expect(lines[0]).toBe(MATRIX_CSV_HEADER.join(','));
    expect(lines.slice(1, -1)).toHaveLength(m.cells.length);
    expect(lines.at(-1)).toBe('');
  });

  test('quotes a sentence holding commas and quotes', () => {
    const m = stanceMatrix(stanceGraph(), { articles: ['mar'] });
    const cell = m.cells[0]!;
    cell.latest.text = 'He said "no", then yes.';
    expect([...writeMatrixCsv(m)].join('')).toContain(',"He said ""no"", then yes."\r\n');
  });
});
