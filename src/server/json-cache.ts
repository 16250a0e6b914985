// Serialized answers of the per-node endpoints, kept per served graph: a repeated question (the same actor's
// positions, the same node) is answered with stored bytes and ETag instead of rebuilding and re-encoding them.
import type { Request, Response } from 'express';
import { memo } from '../graph/queries/memo.ts';
import type { KgGraph } from '../graph/types.ts';

/** Bytes of answers kept per graph; the least recently used go first. */
export const JSON_CACHE_BYTES = 64 * 1024 * 1024;

interface Entry {
  body: Buffer;
  etag: string | undefined;
}

class JsonCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  get(key: string): Entry | undefined {
    const e = this.entries.get(key);
    if (e) {
      // Map order is insertion order: re-inserting marks the entry most recently used.
      this.entries.delete(key);
      this.entries.set(key, e);
    }
    return e;
  }

  set(key: string, e: Entry): void {
    if (e.body.length > JSON_CACHE_BYTES / 16) return;
    this.entries.set(key, e);
    this.bytes += e.body.length;
    for (const [k, old] of this.entries) {
      if (this.bytes <= JSON_CACHE_BYTES) break;
      this.entries.delete(k);
      this.bytes -= old.body.length;
    }
  }
}

/**
 * Sends `build()` as JSON, built once per `key` for this graph (the cache is dropped when the graph changes).
 * Errors thrown by `build` are not cached. The ETag is Express's own, computed once.
 */
export function sendCachedJson(req: Request, res: Response, graph: KgGraph, key: string, build: () => unknown): void {
  const cache = memo(graph, 'json-answers', () => new JsonCache());
  let entry = cache.get(key);
  if (!entry) {
    const body = Buffer.from(JSON.stringify(build()), 'utf8');
    const etagFn = req.app.get('etag fn') as ((body: Buffer, encoding?: string) => string) | undefined;
    entry = { body, etag: etagFn?.(body) };
    cache.set(key, entry);
  }
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  if (entry.etag) res.setHeader('ETag', entry.etag);
  res.send(entry.body);
}
