// The served graph and every change to it: opens it from the built graph plus the store, adds a posted article
// (parse, extract, merge into a copy, persist, then swap), deletes one, and finds an article's text for display.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArticle, type Article } from '../article/parse.ts';
import { splitSentences, type Sentence } from '../article/sentences.ts';
import { KgError } from '../errors.ts';
import type { Claim } from '../extract/claims.ts';
import { addArticle, createGraph } from '../graph/build.ts';
import { edgeItem, nodeItem } from '../graph/queries/refs.ts';
import { removeArticle } from '../graph/remove-article.ts';
import type { ArticleMeta, KgGraph } from '../graph/types.ts';
import type { DeleteArticleResponse, PostArticleResponse } from './api-types.ts';
import { ConflictError } from '../errors.ts';
import { ARTICLE_ID, STORE_FORMAT, type GraphStore, type StoreSnapshot } from './store.ts';

export interface Extracted {
  claims: Claim[];
  warnings: string[];
  sentences?: Sentence[];
}

/** Turns one parsed article into claims (the real one wraps extractArticle with a loaded lexicon). */
export type Extractor = (article: Article) => Extracted;

export const DEFAULT_MAX_ARTICLE_BYTES = 1024 * 1024;

export interface GraphServiceOptions {
  store: GraphStore;
  /** the built graph served under what was posted, and a digest of its file */
  base?: { graph: KgGraph; digest: string } | null;
  extract: Extractor;
  /** folders holding the base articles' `.txt` files, so their sentences can be shown */
  articleDirs?: string[];
  maxArticleBytes?: number;
  warn?: (message: string) => void;
}

export function cloneGraph(graph: KgGraph): KgGraph {
  const copy = createGraph();
  copy.import(structuredClone(graph.export()));
  return copy;
}

export function digestOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export class GraphService {
  graph: KgGraph;
  readonly posted: Set<string>;
  readonly deleted: Set<string>;
  private readonly options: GraphServiceOptions;
  private readonly baseDigest: string | null;
  private lock: Promise<unknown> = Promise.resolve();

  private constructor(options: GraphServiceOptions, graph: KgGraph, posted: string[], deleted: string[]) {
    this.options = options;
    this.graph = graph;
    this.posted = new Set(posted);
    this.deleted = new Set(deleted);
    this.baseDigest = options.base?.digest ?? null;
  }

  /** The extractor posted articles go through (also re-run to explain an edge: src/server/edge-rule.ts). */
  get extract(): Extractor {
    return this.options.extract;
  }

  get maxArticleBytes(): number {
    return this.options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  }

  /**
   * The saved graph when it was built on the same base; otherwise the base with the stored deletions and
   * posted articles replayed (the base was rebuilt, e.g. by `npm start`), saved back at once.
   */
  static async open(options: GraphServiceOptions): Promise<GraphService> {
    const snapshot = await options.store.load();
    const baseGraph = options.base?.graph ?? createGraph();
    const digest = options.base?.digest ?? null;
    if (snapshot && snapshot.base === digest) {
      const graph = createGraph();
      graph.import(snapshot.graph);
      return new GraphService(options, graph, snapshot.posted, snapshot.deleted);
    }
    const service = new GraphService(options, cloneGraph(baseGraph), [], []);
    if (snapshot) await service.replay(snapshot);
    if (snapshot || digest !== null) await options.store.save(service.snapshot());
    return service;
  }

  private async replay(snapshot: StoreSnapshot): Promise<void> {
    const articles = this.graph.getAttribute('articles') ?? {};
    for (const id of snapshot.deleted) {
      if (articles[id]) {
        removeArticle(this.graph, id);
        this.deleted.add(id);
      }
    }
    for (const id of snapshot.posted) {
      const text = await this.options.store.readArticle(id);
      try {
        if (text === null) throw new KgError('GRAPH_INVALID', 'its stored text is missing');
        this.merge(this.graph, this.parse(text, id));
        this.posted.add(id);
      } catch (err) {
        this.options.warn?.(`store: posted article "${id}" could not be added again and is dropped: ${(err as Error).message}`);
      }
    }
  }

  snapshot(): StoreSnapshot {
    return { format: STORE_FORMAT, base: this.baseDigest, posted: [...this.posted], deleted: [...this.deleted], graph: this.graph.export() };
  }

  /** Runs graph changes one at a time, so two posts never both copy the same graph and lose one. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.lock.then(fn, fn);
    this.lock = next.catch(() => {});
    return next;
  }

  private parse(text: string, id: string | undefined): Article {
    const article = parseArticle(text, `${id ?? 'article'}.txt`, { maxBytes: this.maxArticleBytes });
    if (!id) {
      // No id given: the date and a digest of the text, so posting the same text twice is caught as a duplicate.
      article.id = `${article.date.replace(/-/g, '')}_${digestOf(text).slice(0, 12)}`;
    }
    return article;
  }

  /** Extracts and merges; returns what was new, found by comparing before and after (the builder may merge keys). */
  private merge(graph: KgGraph, article: Article): PostArticleResponse {
    const extracted = this.options.extract(article);
    const sentences = extracted.sentences?.length ?? splitSentences(article).length;
    const meta: ArticleMeta = { id: article.id, title: article.title, date: article.date, url: article.url, sentences };
    const nodesBefore = new Set(graph.nodes());
    const evidenceBefore = new Map<string, number>();
    graph.forEachEdge((key, a) => evidenceBefore.set(key, a.evidence.length));
    addArticle(graph, meta, extracted.claims);
    const newNodes = graph.filterNodes((key) => !nodesBefore.has(key));
    const newEdges: string[] = [];
    const reinforced: string[] = [];
    graph.forEachEdge((key, a) => {
      const before = evidenceBefore.get(key);
      if (before === undefined) newEdges.push(key);
      else if (a.evidence.length > before) reinforced.push(key);
    });
    return {
      article: meta,
      added: { nodes: newNodes.map((n) => nodeItem(graph, n)), edges: newEdges.map((e) => edgeItem(graph, e)), reinforced },
      warnings: extracted.warnings,
    };
  }

  /** Parses, extracts, merges and persists one article. The served graph changes only once it is saved. */
  postArticle(text: string, id?: string): Promise<PostArticleResponse> {
    if (id !== undefined && !ARTICLE_ID.test(id)) {
      return Promise.reject(new KgError('BAD_REQUEST', `id: "${id.slice(0, 100)}" is not a valid article id; use 1-128 letters, digits, ".", "_" or "-", starting with a letter or digit`));
    }
    return this.exclusive(async () => {
      const article = this.parse(text, id);
      if (this.graph.getAttribute('articles')?.[article.id]) {
        throw new ConflictError(`article "${article.id}" is already in the graph; DELETE /api/articles/${article.id} first to replace it`);
      }
      const next = cloneGraph(this.graph);
      const result = this.merge(next, article);
      const posted = new Set(this.posted).add(article.id);
      const deleted = new Set(this.deleted);
      deleted.delete(article.id);
      await this.options.store.save(
        { format: STORE_FORMAT, base: this.baseDigest, posted: [...posted], deleted: [...deleted], graph: next.export() },
        { addArticle: { id: article.id, text } },
      );
      this.commit(next, posted, deleted);
      return result;
    });
  }

  /** What posting the article would add, on a copy of the graph: nothing is stored (POST /api/articles?dryRun=true). */
  previewArticle(text: string, id?: string): Promise<PostArticleResponse> {
    return this.exclusive(async () => {
      const article = this.parse(text, id);
      if (this.graph.getAttribute('articles')?.[article.id]) {
        throw new ConflictError(`article "${article.id}" is already in the graph; DELETE /api/articles/${article.id} first to replace it`);
      }
      return this.merge(cloneGraph(this.graph), article);
    });
  }

  /** Removes an article and what only it supported, and persists the result. */
  deleteArticle(id: string): Promise<DeleteArticleResponse> {
    return this.exclusive(async () => {
      const next = cloneGraph(this.graph);
      const removed = removeArticle(next, id);
      const posted = new Set(this.posted);
      const wasPosted = posted.delete(id);
      const deleted = new Set(this.deleted);
      if (!wasPosted) deleted.add(id);
      await this.options.store.save(
        { format: STORE_FORMAT, base: this.baseDigest, posted: [...posted], deleted: [...deleted], graph: next.export() },
        wasPosted ? { removeArticle: id } : {},
      );
      this.commit(next, posted, deleted);
      return { article: removed.article, removed: { nodes: removed.nodes, edges: removed.edges, evidence: removed.evidence } };
    });
  }

  private commit(graph: KgGraph, posted: Set<string>, deleted: Set<string>): void {
    this.graph = graph;
    this.posted.clear();
    for (const p of posted) this.posted.add(p);
    this.deleted.clear();
    for (const d of deleted) this.deleted.add(d);
  }

  /** The article's text: stored when posted, else `<id>.txt` in one of the article folders; null when unknown. */
  async articleText(id: string): Promise<string | null> {
    if (!ARTICLE_ID.test(id)) return null;
    if (this.posted.has(id)) return this.options.store.readArticle(id);
    for (const dir of this.options.articleDirs ?? []) {
      try {
        return await readFile(join(dir, `${id}.txt`), 'utf8');
      } catch {
        // not in this folder
      }
    }
    return null;
  }
}
