// Starts the HTTP server: loads the built graph, opens the SQLite store (carrying a JSON store over once),
// extracts posted articles on a worker thread, listens, and closes cleanly on SIGINT/SIGTERM.
import type { Server } from 'node:http';
import { pino, type Logger } from 'pino';
import { createApp } from './app.ts';
import { GraphService } from './graph-service.ts';
import { loadGraphFile } from './load-graph.ts';
import { migrateJsonStore } from './migrate-store.ts';
import { SqliteStore } from './sqlite-store.ts';
import type { ArticleStore } from './store.ts';
import { KgError } from '../errors.ts';
import type { KgGraph } from '../graph/types.ts';
import { workerExtractor } from './worker-extractor.ts';
import type { WriteGuardOptions } from './write-guard.ts';

export interface ServeOptions extends WriteGuardOptions {
  /** built graph JSON; omitted: start from an empty graph */
  graph?: string;
  /** PostgreSQL URL: the graph loaded there by `kg load --db`, and the posted articles, instead of --graph and --store */
  db?: string;
  port: number;
  host?: string;
  store: string;
  /** folders with the base articles' text, for GET /api/articles/:id */
  articleDirs?: string[];
  lexicon?: string;
  corsOrigins?: string[];
  maxArticleBytes?: number;
  webDir?: string | null;
  logger?: Logger;
}

/** The graph `kg load --db` put in PostgreSQL, held in memory: every query answers from it as from a file. */
async function baseFromPg(url: string): Promise<{ graph: KgGraph; digest: string; owned: true }> {
  const loaded = await (await import('./pg-graph.ts')).readGraphFromPg(url);
  if (!loaded) throw new KgError('GRAPH_INVALID', 'the database holds no graph yet; load one with `kg load --db <url> --graph graph.json`');
  return { ...loaded, owned: true };
}

export async function serve(o: ServeOptions): Promise<{ server: Server; service: GraphService; close(): Promise<void> }> {
  const logger = o.logger ?? pino({ level: process.env.LOG_LEVEL ?? 'info' });
  // Loaded for the service alone: it changes the graph in place instead of copying it.
  const base = o.db ? await baseFromPg(o.db) : o.graph ? { ...(await loadGraphFile(o.graph)), owned: true } : null;
  const store: ArticleStore = o.db ? await (await import('./pg-store.ts')).PgStore.open(o.db) : new SqliteStore(o.store);
  const extractor = workerExtractor(o.lexicon);
  let service: GraphService;
  try {
    const migrated = store instanceof SqliteStore ? await migrateJsonStore(o.store, store, extractor.extract) : null;
    if (migrated) {
      // Extracted just now against this built graph: no need to extract them again on open.
      await store.rebase(base?.digest ?? null, new Map());
      const skipped = migrated.skipped.length ? `; skipped ${migrated.skipped.length} whose text was missing or unreadable (${migrated.skipped.slice(0, 5).join(', ')})` : '';
      logger.warn(
        `store: carried the JSON store over into ${store.location}: ${migrated.posted} posted articles, ${migrated.deleted} deletions${skipped}. ` +
          `The old graph.json is kept as ${migrated.kept}; from now on ${store.location} is the file to back up.`,
      );
    }
    service = await GraphService.open({
      store,
      base,
      ...(o.db ? { names: new (await import('./pg-search.ts')).PgNameIndex(o.db), reloadBase: async () => (await import('./pg-graph.ts')).readGraphFromPg(o.db!) } : {}),
      info: (message) => logger.info(message),
      extract: extractor.extract,
      articleDirs: o.articleDirs,
      maxArticleBytes: o.maxArticleBytes,
      warn: (message) => logger.warn(message),
    });
  } catch (err) {
    // The database and the worker would keep the process alive.
    await Promise.all([store.close(), extractor.close()]);
    throw err;
  }
  const host = o.host ?? '127.0.0.1';
  const app = createApp({
    service,
    logger,
    corsOrigins: o.corsOrigins,
    ...(o.webDir !== undefined ? { webDir: o.webDir } : {}),
    guard: { host, allowedHosts: o.allowedHosts, token: o.token },
  });
  let server: Server;
  try {
    server = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(o.port, host, (err?: Error) => (err ? reject(err) : resolve(s)));
      s.once('error', reject);
    });
  } catch (err) {
    // The port is taken: the database and the worker would keep the process alive.
    await Promise.all([service.close(), extractor.close()]);
    throw err;
  }
  const close = async (): Promise<void> => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await service.close();
    await extractor.close();
  };
  return { server, service, close };
}
