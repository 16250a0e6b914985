// Writes one shard's claims and articles as zstd Parquet: rows go to a JSONL spill file as they come (nothing
// held in memory), DuckDB converts it to Parquet under a temporary name, and a rename publishes it, so a
// reader never sees half a file and a retried shard replaces its output whole. Claims are hive-partitioned by
// month (DIR/claims/month=YYYY-MM/claims-I-of-N.parquet, the month in the path only, as Spark and BigQuery expect
// it), articles in DIR/articles/: each folder is one dataset of one schema for any engine.
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, renameSync, rmdirSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleMeta } from '../graph/types.ts';
import type { DuckDBConnection } from '@duckdb/node-api';
import { jsonColumns, openDuck, sqlString } from './duckdb.ts';
import { CLAIM_COLUMNS, type ClaimRow } from './rows.ts';

export const ARTICLE_COLUMNS = { article_id: 'VARCHAR', input_seq: 'BIGINT', date: 'DATE', url: 'VARCHAR', title: 'VARCHAR', sentences: 'INTEGER' };

export interface ShardOutputs {
  /** one file per month with claims, in month order */
  claims: string[];
  articles: string;
}

/** A month's partition folder. */
const MONTH_FOLDER = /^month=(\d{4}-\d{2})$/;

export class ClaimsWriter {
  private readonly articlesFile: string;
  private readonly claimsName: string;
  private readonly spill: { claims: string; articles: string };
  private readonly fds: { claims: number; articles: number };
  claims = 0;
  articles = 0;

  private readonly claimsDir: string;

  constructor(outDir: string, name: string) {
    this.articlesFile = join(outDir, 'articles', `articles-${name}.parquet`);
    this.claimsDir = join(outDir, 'claims');
    this.claimsName = `claims-${name}.parquet`;
    mkdirSync(join(outDir, 'articles'), { recursive: true });
    mkdirSync(this.claimsDir, { recursive: true });
    const tag = `${process.pid}.tmp`;
    this.spill = { claims: join(this.claimsDir, `.${this.claimsName}.${tag}.jsonl`), articles: `${this.articlesFile}.${tag}.jsonl` };
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
    const duck = await openDuck({ tempDir: join(this.claimsDir, '..'), threads: 1 });
    try {
      const claims = await this.convertClaims(duck.db);
      const tmp = `${this.articlesFile}.${process.pid}.tmp`;
      await duck.db.run(`COPY (${this.readSpill(this.spill.articles, ARTICLE_COLUMNS)} ORDER BY input_seq) TO ${sqlString(tmp)} (FORMAT parquet, COMPRESSION zstd)`);
      renameSync(tmp, this.articlesFile);
      return { claims, articles: this.articlesFile };
    } finally {
      duck.close();
      this.removeSpill();
    }
  }

  /** Drops everything written so far (a failed shard leaves no files behind). */
  abort(): void {
    this.closeFds();
    this.removeSpill();
  }

  private readSpill(spill: string, columns: Record<string, string>): string {
    return `SELECT ${Object.keys(columns).join(', ')} FROM read_json(${sqlString(spill)}, format = 'newline_delimited', columns = ${jsonColumns(columns)})`;
  }

  /**
   * DuckDB writes the partitions into a temporary folder; each month's file is then renamed into its partition,
   * and this shard's files in months it no longer has are removed, so a retry leaves exactly its new output.
   */
  private async convertClaims(db: DuckDBConnection): Promise<string[]> {
    const tmpDir = join(this.claimsDir, `.${this.claimsName}.${process.pid}.tmp`);
    rmSync(tmpDir, { recursive: true, force: true });
    const published: string[] = [];
    try {
      if (this.claims > 0) {
        await db.run(`COPY (${this.readSpill(this.spill.claims, CLAIM_COLUMNS)} ORDER BY input_seq, claim_seq)
          TO ${sqlString(tmpDir)} (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (month), FILENAME_PATTERN 'part{i}')`);
      }
      const written = existsSync(tmpDir) ? readdirSync(tmpDir).filter((d) => MONTH_FOLDER.test(d)).sort() : [];
      for (const month of written) {
        const parts = readdirSync(join(tmpDir, month)).sort();
        if (parts.length !== 1) throw new Error(`DuckDB wrote ${parts.length} files for ${month}, expected one`);
        mkdirSync(join(this.claimsDir, month), { recursive: true });
        const out = join(this.claimsDir, month, this.claimsName);
        renameSync(join(tmpDir, month, parts[0]!), out);
        published.push(out);
      }
      const kept = new Set(written);
      for (const month of readdirSync(this.claimsDir).filter((d) => MONTH_FOLDER.test(d) && !kept.has(d))) {
        rmSync(join(this.claimsDir, month, this.claimsName), { force: true });
        if (!readdirSync(join(this.claimsDir, month)).length) rmdirSync(join(this.claimsDir, month));
      }
      return published;
    } finally {
      rmSync(tmpDir, { recursive: true, force: true });
    }
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
