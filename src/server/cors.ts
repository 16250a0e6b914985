// CORS, off unless origins are configured: answers preflights and sets Access-Control-Allow-Origin only for
// the listed origins (or any, with "*"), so a browser on another site cannot read or change the graph by default.
import type { RequestHandler } from 'express';

export function cors(origins: readonly string[]): RequestHandler {
  const any = origins.includes('*');
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin && (any || origins.includes(origin))) {
      res.setHeader('Access-Control-Allow-Origin', any ? '*' : origin);
      res.vary('Origin');
      if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST, DELETE');
        res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization');
        res.setHeader('Access-Control-Max-Age', '600');
        res.status(204).end();
        return;
      }
    }
    next();
  };
}
