// The API's one error handler: maps KgError codes (and body-parser failures) to HTTP statuses and answers
// `{error, message}` (plus `param`, or `line`/`reason` for a malformed article); never a stack trace.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { ArticleFormatError, BadRequestError, KgError, type KgErrorCode } from '../errors.ts';
import type { ErrorCode, ErrorResponse } from './api-types.ts';

/** An HTTP-only failure (wrong media type, unknown route) with its own status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

const STATUS: Record<KgErrorCode, number> = {
  ARTICLE_FORMAT: 400,
  BAD_REQUEST: 400,
  NOT_FOUND: 404,
  TOO_LARGE: 413,
  CONFLICT: 409,
  USAGE: 400,
  LEXICON_INVALID: 500,
  GRAPH_INVALID: 500,
};

interface BodyParserError {
  type: string;
  status?: number;
  limit?: number;
  length?: number;
}

function isBodyParserError(err: unknown): err is BodyParserError {
  return typeof err === 'object' && err !== null && typeof (err as BodyParserError).type === 'string' && typeof (err as BodyParserError).status === 'number';
}

function toResponse(err: unknown): { status: number; body: ErrorResponse } | null {
  if (err instanceof ArticleFormatError) {
    return { status: STATUS[err.code], body: { error: err.code, message: err.message, line: err.line, reason: err.reason } };
  }
  if (err instanceof BadRequestError) {
    const body: ErrorResponse = { error: 'BAD_REQUEST', message: err.message };
    if (err.param) body.param = err.param;
    return { status: 400, body };
  }
  if (err instanceof KgError && STATUS[err.code] < 500) return { status: STATUS[err.code], body: { error: err.code, message: err.message } };
  if (err instanceof HttpError) return { status: err.status, body: { error: err.code, message: err.message } };
  if (isBodyParserError(err)) {
    if (err.type === 'entity.too.large') {
      const reason = `the request body is over the ${err.limit}-byte limit for one article; split it into several articles`;
      return { status: 413, body: { error: 'TOO_LARGE', message: `article:1: ${reason}`, line: 1, reason } };
    }
    if (err.type === 'entity.parse.failed') return { status: 400, body: { error: 'BAD_REQUEST', message: 'the request body is not valid JSON' } };
    if (err.type === 'encoding.unsupported' || err.type === 'charset.unsupported') {
      return { status: 415, body: { error: 'UNSUPPORTED_MEDIA_TYPE', message: 'send the article as UTF-8' } };
    }
    if (err.status && err.status >= 400 && err.status < 500) return { status: err.status, body: { error: 'BAD_REQUEST', message: `malformed request (${err.type})` } };
  }
  // Express's own client errors, e.g. a path parameter that is not valid percent-encoding ("/api/nodes/%").
  if (err instanceof URIError) return { status: 400, body: { error: 'BAD_REQUEST', message: 'the URL is not valid percent-encoding' } };
  const status = (err as { status?: unknown } | null)?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, body: { error: status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST', message: `malformed request (${status})` } };
  }
  return null;
}

export function errorHandler(logger?: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const known = toResponse(err);
    if (known) {
      res.status(known.status).json(known.body);
      return;
    }
    logger?.error({ err, method: req.method, url: req.originalUrl }, 'unhandled error');
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.status(500).json({ error: 'INTERNAL', message: 'internal error; the server log has the details' } satisfies ErrorResponse);
  };
}

/** Answers 404 JSON for an /api path no route matched. */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  // originalUrl: under app.use('/api') req.path has lost the /api prefix the caller sent.
  const path = req.originalUrl.split('?')[0]!.slice(0, 200);
  next(new HttpError(404, 'NOT_FOUND', `no endpoint ${req.method} ${path}; the API is described at /api/openapi.json`));
};
