// What the server keeps of posted and deleted articles, behind one small interface so that another database can
// stand in for SQLite: each change is one call (one transaction), and the graph is rebuilt from what load() returns.
import type { Claim } from '../extract/claims.ts';
import type { ArticleMeta } from '../graph/types.ts';

/** Article ids become file names and URL segments: keep them to a safe alphabet. */
export const ARTICLE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** A sentence of a posted article and its 0-based paragraph, which the article reader breaks on. */
export interface StoredSentence {
  text: string;
  paragraph: number;
}

/** A sentence as read back: `paragraph` is null for an article stored before paragraphs were kept whose text no longer tells. */
export interface ReadSentence {
  text: string;
  paragraph: number | null;
}

/** A posted article as ingestion produced it: its text, its sentences and its claims. */
export interface StoredArticle {
  meta: ArticleMeta;
  text: string;
  sentences: StoredSentence[];
  claims: Claim[];
}

export interface StoreContents {
  /** digest of the built graph the claims were extracted against; a different one means the base was rebuilt */
  base: string | null;
  /** posted articles, oldest first, with the claims to merge */
  posted: Array<{ meta: ArticleMeta; claims: Claim[] }>;
  /** ids of base articles deleted over HTTP */
  deleted: string[];
}

export interface ArticleStore {
  /** Where the data lives, for messages ("graph-data/store/store.sqlite"). */
  readonly location: string;
  load(): Promise<StoreContents>;
  /** Adds a posted article in one transaction; an id that differs only in case from a stored one is refused. */
  addArticle(article: StoredArticle): Promise<void>;
  /** Removes a posted article with its rows, or records a base article as deleted, in one transaction. */
  deleteArticle(id: string, posted: boolean): Promise<void>;
  /** Records a new base digest and the claims of every posted article extracted again against it. */
  rebase(base: string | null, claims: Map<string, { meta: ArticleMeta; claims: Claim[] }>): Promise<void>;
  /** Removes posted articles that could not be extracted again (their rows go with them). */
  drop(ids: string[]): Promise<void>;
  /** A posted article's text, or null. */
  text(id: string): Promise<string | null>;
  /** One page of a posted article's sentences and their total, or null for an article not stored. */
  sentences(id: string, offset: number, limit: number): Promise<{ items: ReadSentence[]; total: number } | null>;
  close(): Promise<void>;
  /** A store several server replicas share: the posts and deletes other processes committed since load() or the last call. */
  changes?(): Promise<RemoteChange[]>;
  /** …and a way to hear of them as they commit; resolves to a function that stops listening. */
  watch?(handlers: { onChange: () => void; onGraph: () => void; onError: (err: Error) => void }): Promise<() => Promise<void>>;
}

/** A change another replica committed to a shared store. */
export type RemoteChange = { op: 'post'; meta: ArticleMeta; claims: Claim[] } | { op: 'delete'; id: string };

/**
 * A database's index of the built graph's node names (pg_trgm on PostgreSQL): the keys of base nodes whose folded
 * label or alias contains the folded query, a superset the search then ranks as it ranks a full scan.
 */
export interface NameIndex {
  candidates(foldedQuery: string): Promise<string[]>;
  close(): Promise<void>;
}
