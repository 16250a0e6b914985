// Builds the Express app from its dependencies (the graph service, a logger, CORS origins, the web app folder)
// without listening: security headers, request logs, the API routes, the browser app at /, one error handler.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { cors } from './cors.ts';
import { hostCheck, writeCheck, type WriteGuardOptions } from './write-guard.ts';
import { apiNotFound, errorHandler } from './errors.ts';
import type { GraphService } from './graph-service.ts';
import { openApiDocument } from './openapi.ts';
import { articleRoutes } from './routes/articles.ts';
import { edgeRuleRoutes } from './routes/edge-rule.ts';
import { exportRoutes } from './routes/export.ts';
import { graphRoutes } from './routes/graph.ts';
import { nodeRoutes } from './routes/nodes.ts';
import { pathRoutes } from './routes/paths.ts';
import { positionRoutes } from './routes/positions.ts';
import { stanceRoutes } from './routes/stances.ts';

export interface AppDeps {
  service: GraphService;
  /** request and error log; omit for none */
  logger?: Logger;
  /** origins allowed to call the API from a browser on another site; empty (the default) means CORS off */
  corsOrigins?: readonly string[];
  /** the built browser app; default web/dist in the package, served when it exists */
  webDir?: string | null;
  /** Host names answered and the write token; default: loopback names only, no token */
  guard?: WriteGuardOptions;
}

export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url));

const NO_WEB_APP = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>negotiation-kg</title></head>
<body><h1>negotiation-kg</h1><p>The browser app is not built (web/dist is missing). The HTTP API is running:
see <a href="/api/openapi.json">/api/openapi.json</a>, <a href="/api/stats">/api/stats</a>, <a href="/api/graph">/api/graph</a>.</p></body></html>`;

export function createApp({ service, logger, corsOrigins = [], webDir = DEFAULT_WEB_DIR, guard = {} }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // The web app runs ForceAtlas2 in a worker from a blob: URL and exports PNGs as blob:/data: images.
          'worker-src': ["'self'", 'blob:'],
          'img-src': ["'self'", 'data:', 'blob:'],
          // Over plain HTTP on a network address this made the browser ask for every script over https.
          'upgrade-insecure-requests': null,
        },
      },
      // HSTS over plain HTTP means nothing, or pins a name to https that does not serve it: sent only below.
      strictTransportSecurity: false,
    }),
  );
  app.use((req, res, next) => {
    if (req.secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  });
  if (logger) app.use(pinoHttp({ logger }));
  app.use(hostCheck(guard));
  if (corsOrigins.length) app.use(cors(corsOrigins));
  app.use(writeCheck({ ...guard, corsOrigins }));

  const openapi = openApiDocument();
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openapi);
  });
  app.use(graphRoutes(service));
  app.use(nodeRoutes(service));
  app.use(positionRoutes(service));
  app.use(pathRoutes(service));
  app.use(articleRoutes(service));
  app.use(edgeRuleRoutes(service));
  app.use(exportRoutes(service));
  app.use(stanceRoutes(service));
  app.use('/api', apiNotFound);

  if (webDir && existsSync(join(webDir, 'index.html'))) {
    app.use(express.static(webDir, { index: 'index.html' }));
    // Deep links into the single-page app (shared view URLs) get its page.
    app.get(/^\/(?!api\/).*/, (req, res, next) => {
      if (!req.accepts('html')) return next();
      res.sendFile(join(webDir, 'index.html'));
    });
  } else {
    app.get('/', (_req, res) => {
      res.type('html').send(NO_WEB_APP);
    });
  }
  app.use(errorHandler(logger));
  return app;
}
