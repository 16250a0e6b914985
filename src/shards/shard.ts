// Deterministic sharding: the I-th of N shards holds the articles whose id hashes to I, so N runners given
// the same inputs split them without talking to each other, and a retried shard holds the same articles.
import { KgError } from '../errors.ts';

export interface Shard {
  /** 0-based, as Kubernetes' JOB_COMPLETION_INDEX */
  index: number;
  count: number;
}

export const WHOLE: Shard = { index: 0, count: 1 };

/** "2/7" → { index: 2, count: 7 }; the index is 0-based. */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index >= count) {
    throw new KgError('USAGE', `--shard must be I/N with 0 <= I < N (e.g. 0/4 for the first of four shards), got "${text}"`);
  }
  return { index, count };
}

/** FNV-1a over the id's UTF-16 code units: fast, and the same in every runtime. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function inShard(articleId: string, shard: Shard): boolean {
  return shard.count === 1 || fnv1a(articleId) % shard.count === shard.index;
}

/** File names of a shard's outputs: sorting them sorts the shards. */
export function shardName(shard: Shard): string {
  const w = String(shard.count - 1).length;
  return `${String(shard.index).padStart(w, '0')}-of-${shard.count}`;
}
