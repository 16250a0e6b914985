// Persists the served graph and the raw text of every posted article under one folder: `graph.json` (the graph
// plus which articles were posted or deleted) and `articles/<id>.txt`, every write atomic and queued one at a time.
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { SerializedGraph } from 'graphology-types';
import { KgError } from '../errors.ts';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/types.ts';
import { TEMP_FILE, writeFileAtomic } from './atomic-write.ts';

export const STORE_FORMAT = 'negotiation-kg-store/1';

export interface StoreSnapshot {
  format: typeof STORE_FORMAT;
  /** digest of the built graph the store started from; a different one means the base was rebuilt */
  base: string | null;
  /** ids of articles posted over HTTP, oldest first (their text is in articles/<id>.txt) */
  posted: string[];
  /** ids of base articles deleted over HTTP */
  deleted: string[];
  graph: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
}

/** What one save changes beside the snapshot. */
export interface SaveChange {
  addArticle?: { id: string; text: string };
  removeArticle?: string;
}

/** Article ids become file names: keep them to a safe alphabet. */
export const ARTICLE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export class GraphStore {
  readonly dir: string;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(dir: string) {
    this.dir = dir;
  }

  get graphFile(): string {
    return join(this.dir, 'graph.json');
  }

  articleFile(id: string): string {
    if (!ARTICLE_ID.test(id)) throw new KgError('BAD_REQUEST', `store: "${id.slice(0, 100)}" is not a valid article id`);
    return join(this.dir, 'articles', `${id}.txt`);
  }

  /** Creates the folder, deletes temp files a crash left behind, and returns the saved snapshot (null when new). */
  async load(): Promise<StoreSnapshot | null> {
    await mkdir(join(this.dir, 'articles'), { recursive: true });
    for (const sub of [this.dir, join(this.dir, 'articles')]) {
      for (const name of await readdir(sub)) {
        if (TEMP_FILE.test(name)) await rm(join(sub, name), { force: true });
      }
    }
    let raw: string;
    try {
      raw = await readFile(this.graphFile, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch (err) {
      throw new KgError('GRAPH_INVALID', `store: ${this.graphFile} is not valid JSON (${(err as Error).message}); move it away to start from the built graph`, { cause: err });
    }
    const s = data as Partial<StoreSnapshot> | null;
    if (!s || s.format !== STORE_FORMAT || !Array.isArray(s.posted) || !Array.isArray(s.deleted) || typeof s.graph !== 'object' || !s.graph) {
      throw new KgError('GRAPH_INVALID', `store: ${this.graphFile} is not a ${STORE_FORMAT} file; move it away to start from the built graph`);
    }
    return s as StoreSnapshot;
  }

  async readArticle(id: string): Promise<string | null> {
    try {
      return await readFile(this.articleFile(id), 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  /**
   * Queues one save: a new article's text first, then the snapshot that lists it, then the removal of a deleted
   * article's text. The snapshot never names an article whose text is missing.
   */
  save(snapshot: StoreSnapshot, change: SaveChange = {}): Promise<void> {
    const run = async (): Promise<void> => {
      if (change.addArticle) await writeFileAtomic(this.articleFile(change.addArticle.id), change.addArticle.text);
      await writeFileAtomic(this.graphFile, JSON.stringify(snapshot));
      if (change.removeArticle) await rm(this.articleFile(change.removeArticle), { force: true });
    };
    const next = this.tail.then(run, run);
    this.tail = next.catch(() => {});
    return next;
  }

  /** Resolves once every queued save has finished. */
  async idle(): Promise<void> {
    await this.tail;
  }
}
