// Reads the store format before SQLite (`graph.json` listing posted and deleted ids, `articles/<id>.txt` holding
// each posted text) so it can be carried over once; nothing writes this format any more.
import { existsSync } from 'node:fs';
import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { KgError } from '../errors.ts';
import { ARTICLE_ID } from './store.ts';

export const LEGACY_STORE_FORMAT = 'negotiation-kg-store/1';

export interface LegacyStore {
  /** posted articles, oldest first; text null when its file is missing */
  posted: Array<{ id: string; text: string | null }>;
  deleted: string[];
}

function graphFile(dir: string): string {
  return join(dir, 'graph.json');
}

/** The old store in `dir`, or null when there is none. */
export async function readLegacyStore(dir: string): Promise<LegacyStore | null> {
  const file = graphFile(dir);
  if (!existsSync(file)) return null;
  let data: { format?: unknown; posted?: unknown; deleted?: unknown } | null;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new KgError('GRAPH_INVALID', `store: ${file} is not valid JSON (${(err as Error).message}); move it away to start without it`, { cause: err });
  }
  if (!data || data.format !== LEGACY_STORE_FORMAT || !Array.isArray(data.posted) || !Array.isArray(data.deleted)) {
    throw new KgError('GRAPH_INVALID', `store: ${file} is not a ${LEGACY_STORE_FORMAT} file; move it away to start without it`);
  }
  const ids = (list: unknown[]) => list.filter((id): id is string => typeof id === 'string' && ARTICLE_ID.test(id));
  const posted = await Promise.all(
    ids(data.posted).map(async (id) => ({ id, text: await readFile(join(dir, 'articles', `${id}.txt`), 'utf8').catch(() => null) })),
  );
  return { posted, deleted: ids(data.deleted) };
}

/** Renames `graph.json` once its content is in the database, so it is carried over only once (and kept). */
export async function retireLegacyStore(dir: string): Promise<string> {
  const to = `${graphFile(dir)}.migrated`;
  await rename(graphFile(dir), to);
  return to;
}
