// `kg serve --graph graph.json --port N`: serves the graph, its HTTP API and the browser app, keeping posted
// articles in the store folder so a restart serves what was posted before.
import type { AddressInfo } from 'node:net';
import type { Command } from 'commander';
import { KgError } from '../errors.ts';
import { networkWarning } from '../server/write-guard.ts';

interface ServeFlags {
  graph?: string;
  port?: string;
  host: string;
  store: string;
  articles?: string[];
  lexicon?: string;
  cors?: string;
  maxArticleBytes: string;
  allowedHost: string[];
  token?: string;
}

function parsePort(raw: string): number {
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) throw new KgError('USAGE', `--port must be a whole number from 0 to 65535, got "${raw}"`);
  return port;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the graph over HTTP (API at /api, OpenAPI at /api/openapi.json) and the browser app at /')
    .option('-g, --graph <file>', 'graph JSON built by `kg build` (default: start empty)')
    .option('-p, --port <n>', 'port (default: $PORT or 3000)')
    .option('--host <host>', 'interface to listen on (0.0.0.0 for every interface: set --token then)', '127.0.0.1')
    .option('--allowed-host <name...>', 'more host names to answer as besides localhost and --host (e.g. the machine\'s name on the network)', [])
    .option('--token <token>', 'write token: POST and DELETE need "Authorization: Bearer <token>" (also $KG_TOKEN)')
    .option('-s, --store <dir>', 'folder keeping posted articles and the served graph', 'graph-data/store')
    .option('-a, --articles <dirs...>', 'folders with the built articles (*.txt), to show their sentences')
    .option('--lexicon <dir>', 'lexicon folder for posted articles (default: graph-data/lexicon)')
    .option('--cors <origins>', 'comma-separated origins allowed to call the API from other sites ("*" for any); default: CORS off (also $KG_CORS_ORIGINS)')
    .option('--max-article-bytes <n>', 'largest article accepted by POST /api/articles', String(1024 * 1024))
    .action(async (flags: ServeFlags) => {
      // The server (express, pino) is loaded only by this command.
      const [{ pino }, { serve }] = await Promise.all([import('pino'), import('../server/main.ts')]);
      const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });
      try {
        const port = parsePort(flags.port ?? process.env.PORT ?? '3000');
        const maxArticleBytes = Number(flags.maxArticleBytes);
        if (!Number.isInteger(maxArticleBytes) || maxArticleBytes < 100) throw new KgError('USAGE', `--max-article-bytes must be a whole number of at least 100, got "${flags.maxArticleBytes}"`);
        const corsOrigins = (flags.cors ?? process.env.KG_CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
        const running = await serve({
          graph: flags.graph,
          port,
          store: flags.store,
          articleDirs: flags.articles,
          lexicon: flags.lexicon,
          corsOrigins,
          maxArticleBytes,
          logger,
          host: flags.host,
          allowedHosts: flags.allowedHost,
          token: flags.token ?? (process.env.KG_TOKEN || undefined),
        });
        const { port: actual } = running.server.address() as AddressInfo;
        const g = running.service.graph;
        logger.info(`serving ${g.order} nodes, ${g.size} edges at http://localhost:${actual} (API: /api, OpenAPI: /api/openapi.json)`);
        const warning = networkWarning(flags.host, actual, flags.token ?? process.env.KG_TOKEN);
        if (warning) logger.warn(warning);
        const stop = (signal: string): void => {
          logger.info(`${signal}: closing`);
          running.close().then(
            () => process.exit(0),
            () => process.exit(1),
          );
        };
        process.once('SIGINT', () => stop('SIGINT'));
        process.once('SIGTERM', () => stop('SIGTERM'));
      } catch (err) {
        const message = err instanceof KgError ? err.message : (err as NodeJS.ErrnoException).code === 'EADDRINUSE' ? `port already in use: ${(err as Error).message}` : String(err);
        console.error(`kg serve: ${message}`);
        process.exitCode = err instanceof KgError && err.code === 'USAGE' ? 2 : 1;
      }
    });
}
