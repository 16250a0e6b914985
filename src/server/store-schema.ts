// The article store's tables, declared once for both databases: the SQLite store (src/server/sqlite-store.ts) and
// the PostgreSQL store (src/server/pg-store.ts) create them from this list, each in its own dialect. A declarative
// list rather than a query builder: both stores' queries are few and dialect-bound (better-sqlite3 runs them
// synchronously in slices, PostgreSQL batches through unnest), so only the tables needed sharing.

export type Dialect = 'sqlite' | 'postgres';

/** `id`: an autoincrementing row number; `ref`: a column holding another table's `id`. */
type ColumnType = 'text' | 'integer' | 'json' | 'id' | 'ref';

export interface Column {
  name: string;
  type: ColumnType;
  /** NULL allowed (default: not) */
  nullable?: true;
  /** the table a `ref` column points to (its rows go when that row goes) */
  references?: string;
  /** unique without regard to case (article ids, as on macOS or Windows file names) */
  uniqueNoCase?: true;
  /** only this dialect has the column: SQLite's rowid plays the row number PostgreSQL needs a column for */
  only?: Dialect;
}

export interface Table {
  /** the name in each dialect: in PostgreSQL the store shares the database with the graph, so its names say whose */
  name: Record<Dialect, string>;
  columns: Column[];
  primaryKey: string[];
  /** only this dialect has the table */
  only?: Dialect;
}

export const STORE_TABLES: readonly Table[] = [
  { name: { sqlite: 'settings', postgres: 'kg_settings' }, columns: [{ name: 'key', type: 'text' }, { name: 'value', type: 'text' }], primaryKey: ['key'] },
  {
    name: { sqlite: 'articles', postgres: 'kg_posted' },
    columns: [
      { name: 'seq', type: 'id' },
      { name: 'id', type: 'text', uniqueNoCase: true },
      { name: 'title', type: 'text' },
      { name: 'date', type: 'text' },
      { name: 'url', type: 'text' },
      { name: 'text', type: 'text' },
    ],
    primaryKey: ['seq'],
  },
  {
    name: { sqlite: 'sentences', postgres: 'kg_posted_sentences' },
    columns: [
      { name: 'article', type: 'ref', references: 'articles' },
      { name: 'idx', type: 'integer' },
      { name: 'text', type: 'text' },
      // The reader breaks the text here; null for a sentence stored before paragraphs were kept whose text no longer tells.
      { name: 'paragraph', type: 'integer', nullable: true },
    ],
    primaryKey: ['article', 'idx'],
  },
  {
    name: { sqlite: 'claims', postgres: 'kg_posted_claims' },
    columns: [{ name: 'article', type: 'ref', references: 'articles' }, { name: 'idx', type: 'integer' }, { name: 'claim', type: 'json' }],
    primaryKey: ['article', 'idx'],
  },
  {
    name: { sqlite: 'deleted', postgres: 'kg_deleted' },
    columns: [{ name: 'seq', type: 'id', only: 'postgres' }, { name: 'id', type: 'text' }],
    primaryKey: ['id'],
  },
  {
    // Replicas sharing one database read each other's writes from this log (src/server/pg-store.ts changes()).
    name: { sqlite: 'changes', postgres: 'kg_changes' },
    columns: [{ name: 'seq', type: 'id' }, { name: 'op', type: 'text' }, { name: 'id', type: 'text' }],
    primaryKey: ['seq'],
    only: 'postgres',
  },
];

/** The tables and columns a dialect has, in declaration order. */
export function tablesFor(dialect: Dialect): Array<{ name: string; columns: Column[]; table: Table }> {
  return STORE_TABLES.filter((t) => !t.only || t.only === dialect).map((table) => ({
    name: table.name[dialect],
    columns: table.columns.filter((c) => !c.only || c.only === dialect),
    table,
  }));
}

const TYPES: Record<Dialect, Record<Exclude<ColumnType, 'id'>, string>> = {
  sqlite: { text: 'TEXT', integer: 'INTEGER', json: 'TEXT', ref: 'INTEGER' },
  // json, not jsonb: json keeps the text as written, so answers stay byte for byte those of SQLite.
  postgres: { text: 'TEXT', integer: 'INTEGER', json: 'JSON', ref: 'BIGINT' },
};

function byLogicalName(name: string): Table {
  const t = STORE_TABLES.find((x) => x.name.sqlite === name);
  if (!t) throw new Error(`store-schema: no table "${name}"`);
  return t;
}

function columnSql(dialect: Dialect, table: Table, c: Column): string {
  const soleKey = table.primaryKey.length === 1 && table.primaryKey[0] === c.name;
  if (c.type === 'id') {
    if (dialect === 'sqlite') return `${c.name} INTEGER PRIMARY KEY AUTOINCREMENT`;
    return `${c.name} BIGSERIAL${soleKey ? ' PRIMARY KEY' : ''}`;
  }
  let sql = `${c.name} ${TYPES[dialect][c.type]}${c.nullable ? '' : ' NOT NULL'}`;
  if (soleKey) sql += ' PRIMARY KEY';
  if (c.uniqueNoCase && dialect === 'sqlite') sql += ' UNIQUE COLLATE NOCASE';
  if (c.references) sql += ` REFERENCES ${byLogicalName(c.references).name[dialect]}(seq) ON DELETE CASCADE`;
  return sql;
}

/** CREATE TABLE / INDEX … IF NOT EXISTS for every table of the dialect: safe to run on every open. */
export function storeDdl(dialect: Dialect): string {
  const out: string[] = [];
  for (const { name, columns, table } of tablesFor(dialect)) {
    const defs = columns.map((c) => columnSql(dialect, table, c));
    if (table.primaryKey.length > 1) defs.push(`PRIMARY KEY (${table.primaryKey.join(', ')})`);
    // A composite key is the row's identity in SQLite too: no separate rowid to keep.
    const suffix = dialect === 'sqlite' && table.primaryKey.length > 1 ? ' WITHOUT ROWID' : '';
    out.push(`CREATE TABLE IF NOT EXISTS ${name} (\n  ${defs.join(',\n  ')}\n)${suffix};`);
    for (const c of columns) {
      if (c.uniqueNoCase && dialect === 'postgres') out.push(`CREATE UNIQUE INDEX IF NOT EXISTS ${name}_${c.name} ON ${name} (lower(${c.name}));`);
    }
  }
  return out.join('\n');
}
