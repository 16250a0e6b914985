// The stance matrix as CSV (RFC 4180, one row per non-empty cell: the tidy "long" form R and pandas pivot from),
// with the rows' and columns' seriated positions so a pivot keeps the blocs together.
import type { MatrixResponse } from '../graph/queries/stance-types.ts';
import { POSITION_RELATIONS } from '../graph/types.ts';
import { csvRow } from './csv.ts';
import { ChunkBuffer } from './xml.ts';

export const MATRIX_CSV_HEADER = [
  'actor', 'actorLabel', 'rowIndex', 'position', 'positionLabel', 'positionKind', 'columnIndex',
  ...POSITION_RELATIONS, 'evidenceCount', 'latestRelation', 'latestDate', 'latestArticle', 'latestSentence',
];

export function* writeMatrixCsv(m: MatrixResponse, chunkSize = 64 * 1024): Generator<string, void, undefined> {
  const buf = new ChunkBuffer(chunkSize);
  buf.push(csvRow(MATRIX_CSV_HEADER));
  for (const c of m.cells) {
    const row = m.rows[c.row]!;
    const column = m.columns[c.column]!;
    const counts = POSITION_RELATIONS.map((r) => c.counts[r] ?? 0);
    const line = [row.key, row.label, c.row, column.key, column.label, column.kind, c.column, ...counts, c.evidence, c.latest.relation, c.latest.date, c.latest.article, c.latest.text];
    if (buf.push(csvRow(line))) yield buf.take();
  }
  yield buf.take();
}
