// Creates the PostgreSQL store's tables once, whoever comes first: replicas started together would otherwise race
// in CREATE … IF NOT EXISTS (which is not safe against a concurrent creator) and one of them would fail to start.
import type pg from 'pg';

/** One lock id for every kg schema change in a database. */
const SCHEMA_LOCK = 7_243_911;

export async function applySchema(pool: pg.Pool, ddl: string): Promise<void> {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    await c.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    await c.query(ddl);
    await c.query('COMMIT');
  } catch (err) {
    await c.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    c.release();
  }
}
