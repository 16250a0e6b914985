// Starts the HTTP server: loads the built graph, opens the store, loads the lexicon for posted articles,
// listens on the port, and closes cleanly on SIGINT/SIGTERM (in-flight saves finish first).
import type { Server } from 'node:http';
import { pino, type Logger } from 'pino';
import { extractArticle } from '../extract/extract-article.ts';
import { loadLexicon } from '../extract/lexicon.ts';
import { createApp } from './app.ts';
import { GraphService } from './graph-service.ts';
import { loadGraphFile } from './load-graph.ts';
import { GraphStore } from './store.ts';

export interface ServeOptions {
  /** built graph JSON; omitted: start from an empty graph */
  graph?: string;
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

export async function serve(o: ServeOptions): Promise<{ server: Server; service: GraphService; close(): Promise<void> }> {
  const logger = o.logger ?? pino({ level: process.env.LOG_LEVEL ?? 'info' });
  const base = o.graph ? await loadGraphFile(o.graph) : null;
  const lexicon = loadLexicon(o.lexicon);
  const store = new GraphStore(o.store);
  const service = await GraphService.open({
    store,
    base,
    extract: (article) => extractArticle(article, lexicon),
    articleDirs: o.articleDirs,
    maxArticleBytes: o.maxArticleBytes,
    warn: (message) => logger.warn(message),
  });
  const app = createApp({ service, logger, corsOrigins: o.corsOrigins, ...(o.webDir !== undefined ? { webDir: o.webDir } : {}) });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(o.port, o.host ?? '127.0.0.1', (err?: Error) => (err ? reject(err) : resolve(s)));
    s.once('error', reject);
  });
  const close = async (): Promise<void> => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await store.idle();
  };
  return { server, service, close };
}
