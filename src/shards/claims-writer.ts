// Writes one shard's claims and articles as zstd Parquet: rows go to a JSONL spill file as they come (nothing
// held in memory), DuckDB converts it to Parquet under a temporary name, and a rename publishes it, so a
// reader never sees half a file and a retried shard replaces its output whole.
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleMeta } from '../graph/types.ts';
import { jsonColumns, openDuck, sqlString } from './duckdb.ts';
import { CLAIM_COLUMNS, type ClaimRow } from './rows.ts';

export const ARTICLE_COLUMNS = { article_id: 'VARCHAR', input_seq: 'BIGINT', date: 'DATE', url: 'VARCHAR', title: 'VARCHAR', sentences: 'INTEGER' };

export interface ShardOutputs {
  claims: string;
  articles: string;
}

export function shardOutputs(outDir: string, name: string): ShardOutputs {
  return { claims: join(outDir, `claims-${name}.parquet`), articles: join(outDir, `articles-${name}.parquet`) };
}

export class ClaimsWriter {
  readonly files: ShardOutputs;
  private readonly spill: { claims: string; articles: string };
  private readonly fds: { claims: number; articles: number };
  claims = 0;
  articles = 0;

  constructor(outDir: string, name: string) {
    this.files = shardOutputs(outDir, name);
    const tag = `${process.pid}.tmp`;
    this.spill = { claims: `${this.files.claims}.${tag}.jsonl`, articles: `${this.files.articles}.${tag}.jsonl` };
    this.fds = { claims: openSync(this.spill.claims, 'w'), articles: openSync(this.spill.articles, 'w') };
  }

  add(meta: ArticleMeta, inputSeq: number, rows: ClaimRow[]): void {
    writeSync(this.fds.articles, JSON.stringify({ article_id: meta.id, input_seq: inputSeq, date: meta.date, url: meta.url, title: meta.title, sentences: meta.sentences }) + '\n');
    this.articles++;
    if (!rows.length) return;
    writeSync(this.fds.claims, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    this.claims += rows.length;
  }

  /** Converts the spill files to Parquet and publishes them. */
  async finish(): Promise<ShardOutputs> {
    this.closeFds();
    const duck = await openDuck({ tempDir: join(this.files.claims, '..'), threads: 1 });
    try {
      await this.convert(duck.db, this.spill.claims, CLAIM_COLUMNS, this.files.claims, 'input_seq, claim_seq');
      await this.convert(duck.db, this.spill.articles, ARTICLE_COLUMNS, this.files.articles, 'input_seq');
    } finally {
      duck.close();
      this.removeSpill();
    }
    return this.files;
  }

  /** Drops everything written so far (a failed shard leaves no files behind). */
  abort(): void {
    this.closeFds();
    this.removeSpill();
  }

  private async convert(db: import('@duckdb/node-api').DuckDBConnection, spill: string, columns: Record<string, string>, out: string, order: string): Promise<void> {
    const tmp = `${out}.${process.pid}.tmp`;
    const cols = Object.keys(columns).join(', ');
    await db.run(
      `COPY (SELECT ${cols} FROM read_json(${sqlString(spill)}, format = 'newline_delimited', columns = ${jsonColumns(columns)}) ORDER BY ${order})
       TO ${sqlString(tmp)} (FORMAT parquet, COMPRESSION zstd)`,
    );
    renameSync(tmp, out);
  }

  private closeFds(): void {
    for (const fd of [this.fds.claims, this.fds.articles]) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
    }
  }

  private removeSpill(): void {
    rmSync(this.spill.claims, { force: true });
    rmSync(this.spill.articles, { force: true });
  }
}
