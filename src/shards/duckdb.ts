// Opens DuckDB (in process, from the npm package) for one job, with its spill folder beside the job's output,
// and quotes the literals the SQL here builds (file names given by the user).
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

export interface DuckJob {
  db: DuckDBConnection;
  close(): void;
}

export interface DuckOptions {
  /** where DuckDB spills what does not fit in memory */
  tempDir: string;
  /** e.g. "1GB"; DuckDB's default is 80% of RAM */
  memoryLimit?: string;
  threads?: number;
}

export async function openDuck(options: DuckOptions): Promise<DuckJob> {
  const instance = await DuckDBInstance.create(':memory:', {
    temp_directory: options.tempDir,
    preserve_insertion_order: 'false',
    ...(options.memoryLimit ? { memory_limit: options.memoryLimit } : {}),
    ...(options.threads ? { threads: String(options.threads) } : {}),
  });
  const db = await instance.connect();
  return {
    db,
    close: () => {
      db.closeSync();
      instance.closeSync();
    },
  };
}

/** A SQL string literal. */
export function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** `read_json` arguments for a JSONL file of the given columns. */
export function jsonColumns(columns: Record<string, string>): string {
  return `{${Object.entries(columns).map(([k, v]) => `${k}: ${sqlString(v)}`).join(', ')}}`;
}
