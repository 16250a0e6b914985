// Search over PostgreSQL's copy of the built graph: kg_nodes.names holds each node's folded label and aliases
// (src/server/pg-graph.ts) under a pg_trgm GIN index, so "contains the folded query" is an index lookup there.
import pg from 'pg';
import type { NameIndex } from './store.ts';

/** LIKE's wildcards and escape taken literally (folded text has none, but the index must not trust that). */
const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export class PgNameIndex implements NameIndex {
  private readonly pool: pg.Pool;

  constructor(url: string) {
    this.pool = new pg.Pool({ connectionString: url, max: 2 });
  }

  async candidates(foldedQuery: string): Promise<string[]> {
    const { rows } = await this.pool.query<{ key: string }>('SELECT key FROM kg_nodes WHERE names LIKE $1', [`%${likeLiteral(foldedQuery)}%`]);
    return rows.map((r) => r.key);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
