// The claims themselves in PostgreSQL: `kg load --db … --claims DIR` streams every claim file (Parquet of
// `kg build --emit parquet`, JSONL of `kg extract`) through DuckDB into kg_claims with COPY, one chunk at a time.
// The table's columns are the claims contract's (src/shards/rows.ts), declared once there.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { claimsSource, collectInputs } from '../shards/merge.ts';
import { openDuck } from '../shards/duckdb.ts';
import { CLAIM_COLUMNS } from '../shards/rows.ts';
import { copyInto, type CopyRow } from './pg-copy.ts';

const PG_TYPES: Record<string, string> = { VARCHAR: 'TEXT', BIGINT: 'BIGINT', INTEGER: 'INTEGER', DATE: 'DATE', BOOLEAN: 'BOOLEAN', 'VARCHAR[]': 'TEXT[]' };

const COLUMNS = Object.keys(CLAIM_COLUMNS);

// claim_id is not a key: a claim file given twice is the user's to notice (counts), not a failed load.
export const PG_CLAIMS_SCHEMA = `
CREATE TABLE IF NOT EXISTS kg_claims (${Object.entries(CLAIM_COLUMNS).map(([k, t]) => `${k} ${PG_TYPES[t]}`).join(', ')});
CREATE INDEX IF NOT EXISTS kg_claims_claim_id ON kg_claims (claim_id);
CREATE INDEX IF NOT EXISTS kg_claims_article ON kg_claims (article_id);
`;

/** DuckDB hands dates over as text (PostgreSQL parses them) and big integers as numbers. */
function selectList(): string {
  return Object.entries(CLAIM_COLUMNS)
    .map(([k, t]) => (t === 'DATE' ? `strftime(${k}, '%Y-%m-%d') AS ${k}` : t === 'BIGINT' ? `${k}::DOUBLE AS ${k}` : k))
    .join(', ');
}

/** Streams the claims of the given files and folders into kg_claims; returns how many. Runs in the caller's transaction. */
export async function copyClaims(c: pg.PoolClient, inputs: string[]): Promise<number> {
  const found = collectInputs(inputs);
  const tempDir = mkdtempSync(join(tmpdir(), 'kg-load-'));
  const duck = await openDuck({ tempDir, threads: 1 });
  let n = 0;
  try {
    const result = await duck.db.stream(`SELECT ${selectList()} FROM (${claimsSource(found)})`);
    async function* rows(): AsyncGenerator<CopyRow> {
      for await (const chunk of result.yieldRowObjectJs()) {
        for (const row of chunk) {
          n++;
          yield COLUMNS.map((k) => row[k] as CopyRow[number]);
        }
      }
    }
    await copyInto(c, 'kg_claims', rows(), COLUMNS);
  } finally {
    duck.close();
    rmSync(tempDir, { recursive: true, force: true });
  }
  return n;
}
