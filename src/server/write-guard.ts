// Who may talk to the server: only requests whose Host is a name the server answers as (against DNS rebinding),
// and writes (POST, DELETE) only from the page's own origin or an allowed CORS origin, with the write token when
// one is set, so that a web page on another site cannot add or delete articles through the user's browser.
import { timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import type { RequestHandler } from 'express';
import { HttpError } from './errors.ts';

export interface WriteGuardOptions {
  /** the address the server listens on (its name is answered) */
  host?: string;
  /** more host names to answer as (--allowed-host), e.g. the machine's name on the network */
  allowedHosts?: string[];
  /** when set, POST and DELETE need `Authorization: Bearer <token>` */
  token?: string;
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];
const WILDCARDS = new Set(['0.0.0.0', '::', '']);

/** True for an address that only this machine can reach. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\./.test(h);
}

/** The loud start-up warning for a server reachable from the network without a write token; null otherwise. */
export function networkWarning(host: string, port: number, token: string | undefined): string | null {
  if (isLoopback(host) || token) return null;
  return (
    `WARNING: listening on ${host}, reachable from the network, WITHOUT a write token: anyone who can reach port ${port} ` +
    'can add and delete articles. Start with --token <secret> (or KG_TOKEN) to require it for writes.'
  );
}

/** The host name of a Host header or URL authority, lower-case, without port or IPv6 brackets. */
function hostName(authority: string): string {
  const m = /^\[([^\]]*)\](?::\d*)?$/.exec(authority) ?? /^([^:]*)(?::\d*)?$/.exec(authority);
  return (m?.[1] ?? authority).toLowerCase().replace(/\.$/, '');
}

/**
 * Refuses (403) a request whose Host is not one of: localhost, 127.0.0.1, [::1], the --host value, the
 * --allowed-host names. An IP address is always answered: DNS rebinding needs a name the attacker controls.
 */
export function hostCheck(o: WriteGuardOptions): RequestHandler {
  const names = new Set([...LOOPBACK_NAMES, ...(o.allowedHosts ?? []), ...(o.host && !WILDCARDS.has(o.host) ? [o.host] : [])].map((n) => hostName(n)));
  return (req, _res, next) => {
    const header = req.headers.host;
    if (header === undefined) return next();
    const name = hostName(header);
    if (names.has(name) || isIP(name)) return next();
    next(new HttpError(403, 'FORBIDDEN', `Host "${header.slice(0, 100)}" is not a name this server answers as; start kg serve with --allowed-host ${name.slice(0, 100)} to allow it`));
  };
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * On writes: refuses a cross-site `Origin` (or `Sec-Fetch-Site` when no Origin is sent) unless the origin is
 * allowed by --cors, and, with a token set, a request without `Authorization: Bearer <token>` (401).
 */
export function writeCheck(o: WriteGuardOptions & { corsOrigins?: readonly string[] }): RequestHandler {
  const cors = new Set(o.corsOrigins ?? []);
  const token = o.token ? Buffer.from(o.token) : null;
  return (req, _res, next) => {
    if (!WRITES.has(req.method)) return next();
    const origin = req.headers.origin;
    const site = req.headers['sec-fetch-site'];
    if (origin !== undefined) {
      if (!sameOrigin(origin, req.headers.host) && !cors.has('*') && !cors.has(origin)) {
        return next(new HttpError(403, 'FORBIDDEN', `writes from the page at ${origin.slice(0, 100)} are refused: only this server's own pages may add or delete articles (allow another site with --cors ${origin.slice(0, 100)})`));
      }
    } else if (site === 'cross-site' || site === 'same-site') {
      return next(new HttpError(403, 'FORBIDDEN', 'writes from another site are refused: only this server\'s own pages may add or delete articles'));
    }
    if (token) {
      const m = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '');
      const given = m ? Buffer.from(m[1]!.trim()) : null;
      if (!given || given.length !== token.length || !timingSafeEqual(given, token)) {
        return next(new HttpError(401, 'UNAUTHORIZED', 'this server needs its write token to add or delete articles: send "Authorization: Bearer <token>" (the token kg serve was started with, --token or KG_TOKEN)'));
      }
    }
    next();
  };
}

/** The Origin names the same host and port the request was sent to (http or https). */
function sameOrigin(origin: string, host: string | undefined): boolean {
  if (!host) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host.toLowerCase() === host.toLowerCase();
  } catch {
    return false; // "null" (sandboxed pages, file:) and anything unparsable
  }
}
