// COPY … FROM STDIN for the PostgreSQL store: rows become COPY's text format in 64 KB chunks and stream into the
// server with backpressure, so a load never holds a table's text in memory.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type CopyValue = string | number | bigint | boolean | null | undefined | readonly string[];
export type CopyRow = readonly CopyValue[];

const escapeText = (s: string) => s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');

/** An array literal ({"a","b"}): every element quoted, so commas, braces and NULL-like words stay text. */
function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

/** A value in COPY's text format: backslash, tab and line breaks escaped, null as \N. */
export function copyCell(v: CopyValue): string {
  if (v === null || v === undefined) return '\\N';
  if (Array.isArray(v)) return escapeText(arrayLiteral(v));
  if (typeof v === 'boolean') return v ? 't' : 'f';
  return escapeText(String(v));
}

const CHUNK = 1 << 16;

async function* copyText(rows: Iterable<CopyRow> | AsyncIterable<CopyRow>): AsyncGenerator<string> {
  let chunk = '';
  for await (const r of rows) {
    chunk += r.map(copyCell).join('\t') + '\n';
    if (chunk.length > CHUNK) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** Streams rows into `table` (columns in table order unless named) with COPY; the caller holds the transaction. */
export async function copyInto(c: pg.PoolClient, table: string, rows: Iterable<CopyRow> | AsyncIterable<CopyRow>, columns?: readonly string[]): Promise<void> {
  const cols = columns ? ` (${columns.join(', ')})` : '';
  await pipeline(Readable.from(copyText(rows)), c.query(copyFrom(`COPY ${table}${cols} FROM STDIN`)));
}
