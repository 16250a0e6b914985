// The claims contract: one flat row per claim, the same columns in JSONL (`kg extract --stdin`) and Parquet
// (`kg build --emit parquet`), so that any engine reads them and shards merge without coordination.
import { createHash } from 'node:crypto';
import type { ActorRef, Claim, EndpointRef, PositionRef } from '../extract/claims.ts';
import { nodeKey } from '../graph/keys.ts';
import type { ActorType, ArticleMeta, NodeKind, Relation } from '../graph/types.ts';

/** The columns of one endpoint (source_… or target_…). */
interface EndpointColumns {
  id: string;
  label: string;
  kind: NodeKind;
  actor_type: ActorType | null;
  role: string | null;
  known: boolean | null;
  category: string | null;
  concept: string | null;
  surface: string | null;
  aliases: string[];
}

type Prefixed<P extends string, T> = { [K in keyof T as `${P}_${K & string}`]: T[K] };

export type ClaimRow = {
  claim_id: string;
  article_id: string;
  /** position of the article among the run's inputs: orders a merge exactly as `kg build` would */
  input_seq: number;
  /** position of the claim among its article's claims */
  claim_seq: number;
  date: string;
  month: string;
  article_title: string;
  article_url: string;
  article_sentences: number;
  sentence: number;
  sentence_text: string;
  relation: Relation;
  condition: string | null;
  strength: string | null;
  cameo: string | null;
  plover: string | null;
  rule: string;
  extractor_version: string;
} & Prefixed<'source', EndpointColumns> & Prefixed<'target', EndpointColumns>;

/** DuckDB types of the columns, in contract order: the Parquet schema and the JSONL reader's. */
const ENDPOINT_TYPES: Record<keyof EndpointColumns, string> = {
  id: 'VARCHAR', label: 'VARCHAR', kind: 'VARCHAR', actor_type: 'VARCHAR', role: 'VARCHAR', known: 'BOOLEAN',
  category: 'VARCHAR', concept: 'VARCHAR', surface: 'VARCHAR', aliases: 'VARCHAR[]',
};
const prefixed = (p: string) => Object.fromEntries(Object.entries(ENDPOINT_TYPES).map(([k, v]) => [`${p}_${k}`, v]));
export const CLAIM_COLUMNS: Record<keyof ClaimRow, string> = {
  claim_id: 'VARCHAR', article_id: 'VARCHAR', input_seq: 'BIGINT', claim_seq: 'INTEGER', date: 'DATE', month: 'VARCHAR',
  article_title: 'VARCHAR', article_url: 'VARCHAR', article_sentences: 'INTEGER', sentence: 'INTEGER', sentence_text: 'VARCHAR',
  relation: 'VARCHAR', ...prefixed('source'), ...prefixed('target'),
  condition: 'VARCHAR', strength: 'VARCHAR', cameo: 'VARCHAR', plover: 'VARCHAR', rule: 'VARCHAR', extractor_version: 'VARCHAR',
} as Record<keyof ClaimRow, string>;

/** Hash of article, sentence, source, relation, target: the same claim gets the same id on any machine. */
export function claimId(article: string, sentence: number, source: string, relation: Relation, target: string): string {
  return createHash('sha256').update([article, sentence, source, relation, target].join('\u0000')).digest('hex').slice(0, 32);
}

function endpointColumns(ref: EndpointRef): EndpointColumns {
  const actor = ref.ref === 'actor' ? ref : undefined;
  const pos = ref.ref === 'position' ? ref : undefined;
  return {
    id: nodeKey(ref),
    label: ref.label,
    kind: actor ? 'actor' : pos!.kind,
    actor_type: actor?.actorType ?? null,
    role: actor?.role ?? null,
    known: actor ? actor.known : null,
    category: pos?.category ?? null,
    concept: pos?.concept ?? null,
    surface: pos?.surface ?? null,
    aliases: actor?.aliases ?? [],
  };
}

function prefix<P extends string>(p: P, cols: EndpointColumns): Prefixed<P, EndpointColumns> {
  return Object.fromEntries(Object.entries(cols).map(([k, v]) => [`${p}_${k}`, v])) as Prefixed<P, EndpointColumns>;
}

export interface RowContext {
  meta: ArticleMeta;
  inputSeq: number;
  extractorVersion: string;
}

/** The rows of one article's claims, in extraction order. */
export function claimRows(claims: Claim[], ctx: RowContext): ClaimRow[] {
  const { meta } = ctx;
  return claims.map((c, i) => {
    const source = endpointColumns(c.source);
    const target = endpointColumns(c.target);
    return {
      claim_id: claimId(meta.id, c.evidence.sentence, source.id, c.relation, target.id),
      article_id: meta.id,
      input_seq: ctx.inputSeq,
      claim_seq: i,
      date: c.evidence.date,
      month: c.evidence.date.slice(0, 7),
      article_title: meta.title,
      article_url: meta.url,
      article_sentences: meta.sentences,
      sentence: c.evidence.sentence,
      sentence_text: c.evidence.text,
      relation: c.relation,
      ...prefix('source', source),
      ...prefix('target', target),
      condition: c.condition || null,
      strength: c.strength || null,
      cameo: c.cameo || null,
      plover: c.plover || null,
      rule: c.rule,
      extractor_version: ctx.extractorVersion,
    };
  });
}

/** The endpoint a row's columns describe, as extraction gave it (for merging nodes with the graph builder). */
export function endpointFromRow(row: Record<string, unknown>, p: 'source' | 'target'): EndpointRef {
  const get = (k: keyof EndpointColumns) => row[`${p}_${k}`];
  const key = get('id') as string;
  if (get('kind') === 'actor') {
    const ref: ActorRef = {
      ref: 'actor', id: key.slice('actor:'.length), label: get('label') as string, actorType: get('actor_type') as ActorType,
      aliases: (get('aliases') as string[] | null) ?? [], known: get('known') === true,
    };
    if (get('role')) ref.role = get('role') as string;
    return ref;
  }
  const ref: PositionRef = {
    ref: 'position', id: key.slice('position:'.length), label: get('label') as string,
    kind: get('kind') as 'demand' | 'response', category: get('category') as string,
  };
  if (get('concept')) ref.concept = get('concept') as string;
  if (get('surface')) ref.surface = get('surface') as string;
  return ref;
}
