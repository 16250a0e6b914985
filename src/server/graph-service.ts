// The served graph and every change to it: rebuilds it at start from the built graph plus the store's rows, adds
// a posted article (parse, extract off the main thread, split, store in one transaction, then merge in memory),
// deletes one, and finds an article's sentences for display. Over a store several replicas share (PostgreSQL), it
// also applies the others' posts and deletes, and swaps in the graph a new `kg load` put there.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArticle, type Article } from '../article/parse.ts';
import { splitSentencesGradually, type Sentence } from '../article/sentences.ts';
import { ConflictError, KgError } from '../errors.ts';
import type { Claim } from '../extract/claims.ts';
import { articleMeta } from '../graph/article-meta.ts';
import { addArticle, addClaim, canonicalKey, createGraph } from '../graph/build.ts';
import { searchNodes, type SearchOptions } from '../graph/queries/search.ts';
import { foldText } from '../graph/queries/text.ts';
import type { NodesResponse } from '../graph/queries/types.ts';
import { EVIDENCE_IN_ANSWERS, edgeItem, nodeItem } from '../graph/queries/refs.ts';
import { removeArticle } from '../graph/remove-article.ts';
import type { ArticleMeta, KgGraph } from '../graph/types.ts';
import type { DeleteArticleResponse, PostArticleResponse } from './api-types.ts';
import { inSlices, runInSlices } from './slices.ts';
import { ARTICLE_ID, type ArticleStore, type NameIndex, type ReadSentence } from './store.ts';

export interface Extracted {
  claims: Claim[];
  warnings: string[];
  sentences?: Sentence[];
}

/** Turns one parsed article into claims; the server's runs on a worker thread (src/server/worker-extractor.ts). */
export type Extractor = (article: Article, text: string) => Extracted | Promise<Extracted>;

export const DEFAULT_MAX_ARTICLE_BYTES = 1024 * 1024;

export interface GraphServiceOptions {
  store: ArticleStore;
  /**
   * the built graph served under what was posted, and a digest of its file; `owned`: the service may change this
   * graph in place (it was loaded for it), else it works on a copy
   */
  base?: { graph: KgGraph; digest: string; owned?: boolean } | null;
  extract: Extractor;
  /** reads the base graph again after `kg load` replaced it in a shared database (PostgreSQL) */
  reloadBase?: () => Promise<{ graph: KgGraph; digest: string } | null>;
  /** the database's index of the base graph's names (PostgreSQL: pg_trgm); none: search scans the graph */
  names?: NameIndex;
  /** folders holding the base articles' `.txt` files, so their sentences can be shown */
  articleDirs?: string[];
  maxArticleBytes?: number;
  warn?: (message: string) => void;
  info?: (message: string) => void;
}

export function cloneGraph(graph: KgGraph): KgGraph {
  const copy = createGraph();
  copy.import(structuredClone(graph.export()));
  return copy;
}

export function digestOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Base articles' sentences, split once per id and kept (the few most recently shown). */
const BASE_SENTENCE_CACHE = 64;

export class GraphService {
  /** the served graph, changed in place by each write (a benchmark may set its own) */
  graph: KgGraph;
  /** posted article ids, by lower-case id (ids are unique without regard to case) */
  private postedIds = new Map<string, string>();
  private readonly options: GraphServiceOptions;
  private readonly baseSentences = new Map<string, ReadSentence[] | null>();
  /** stops listening to a shared store's changes */
  private unwatch: (() => Promise<void>) | null = null;
  /** a sync is queued: more notifications meanwhile need no second one */
  private syncQueued = false;
  /** nodes posted articles added or named (their names may differ from the name index's, which holds the base) */
  private touched = new Set<string>();
  private lock: Promise<unknown> = Promise.resolve();

  private constructor(options: GraphServiceOptions, graph: KgGraph) {
    this.options = options;
    this.graph = graph;
  }

  /** The extractor posted articles go through (also re-run to explain an edge: src/server/edge-rule.ts). */
  get extract(): Extractor {
    return this.options.extract;
  }

  get maxArticleBytes(): number {
    return this.options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  }

  get store(): ArticleStore {
    return this.options.store;
  }

  isPosted(id: string): boolean {
    return this.postedIds.get(id.toLowerCase()) === id;
  }

  get postedCount(): number {
    return this.postedIds.size;
  }

  /**
   * The built graph, minus the stored deletions, plus every stored article's claims. When the built graph
   * changed since the claims were extracted (`npm start` rebuilds it), the posted articles are extracted again.
   */
  static async open(options: GraphServiceOptions): Promise<GraphService> {
    const service = await GraphService.build(options);
    if (options.store.watch) {
      service.unwatch = await options.store.watch({
        onChange: () => service.requestSync(),
        onGraph: () => service.requestReload(),
        onError: (err) => options.warn?.(`store: lost the connection that hears of other servers' changes (${err.message}); reconnecting`),
      });
    }
    return service;
  }

  private static async build(options: GraphServiceOptions): Promise<GraphService> {
    const base = options.base;
    const service = new GraphService(options, !base ? createGraph() : base.owned ? base.graph : cloneGraph(base.graph));
    const contents = await options.store.load();
    const digest = options.base?.digest ?? null;
    for (const id of contents.deleted) if (articleMeta(service.graph, id)) removeArticle(service.graph, id);
    let posted = contents.posted;
    if (contents.base !== digest) posted = await service.extractAgain(posted, digest);
    for (const { meta, claims } of posted) await service.apply(meta, claims);
    return service;
  }

  /**
   * `kg load` replaced the graph in the shared database: serve the new one, with the posted articles and deletions
   * on it (extracted again, as at start), in place of the old. Without `reloadBase` the server can only say so.
   */
  requestReload(): Promise<void> {
    const reloadBase = this.options.reloadBase;
    if (!reloadBase) {
      this.options.warn?.('kg load replaced the graph in the database: restart this server to serve the new one');
      return Promise.resolve();
    }
    return this.exclusive(async () => {
      const base = await reloadBase();
      if (!base) return;
      const fresh = await GraphService.build({ ...this.options, base: { ...base, owned: true } });
      this.graph = fresh.graph;
      this.postedIds = fresh.postedIds;
      this.touched = fresh.touched;
      this.baseSentences.clear();
      this.options.info?.(`serving the graph kg load put in the database: ${this.graph.order} nodes, ${this.graph.size} edges`);
    }).catch((err: Error) => this.options.warn?.(`could not load the new graph from the database (${err.message}); still serving the old one`));
  }

  /** Applies, after the writes queued before it, what other replicas posted and deleted; one sync per burst. */
  requestSync(): Promise<void> {
    if (this.syncQueued) return this.lock.then(() => {});
    this.syncQueued = true;
    return this.exclusive(async () => {
      this.syncQueued = false;
      await this.sync();
    }).catch((err: Error) => this.options.warn?.(`store: could not read other servers' changes (${err.message}); will retry at the next one`));
  }

  private async sync(): Promise<void> {
    for (const change of (await this.options.store.changes?.()) ?? []) {
      if (change.op === 'post') {
        // Already here (a delete of it was missed): the served graph keeps the one it has.
        if (this.sameId(change.meta.id) === undefined) await this.apply(change.meta, change.claims);
      } else if (articleMeta(this.graph, change.id)) {
        removeArticle(this.graph, change.id);
        this.postedIds.delete(change.id.toLowerCase());
        this.baseSentences.delete(change.id);
      }
    }
  }

  private async extractAgain(posted: Array<{ meta: ArticleMeta; claims: Claim[] }>, digest: string | null): Promise<Array<{ meta: ArticleMeta; claims: Claim[] }>> {
    const again = new Map<string, { meta: ArticleMeta; claims: Claim[] }>();
    const dropped: string[] = [];
    for (const { meta } of posted) {
      try {
        const text = await this.options.store.text(meta.id);
        if (text === null) throw new KgError('GRAPH_INVALID', 'its stored text is missing');
        const article = this.parse(text, meta.id);
        const { claims } = await this.options.extract(article, text);
        again.set(meta.id, { meta, claims });
      } catch (err) {
        dropped.push(meta.id);
        this.options.warn?.(`store: posted article "${meta.id}" could not be extracted again and is dropped: ${(err as Error).message}`);
      }
    }
    if (dropped.length) await this.options.store.drop(dropped);
    await this.options.store.rebase(digest, again);
    return [...again.values()];
  }

  /** Runs graph changes one at a time, so two posts of one id never both pass the duplicate check. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.lock.then(fn, fn);
    this.lock = next.catch(() => {});
    return next;
  }

  private parse(text: string | Buffer, id: string | undefined): Article {
    const article = parseArticle(text, `${id ?? 'article'}.txt`, { maxBytes: this.maxArticleBytes });
    if (!id) {
      // No id given: the date and a digest of the text, so posting the same text twice is caught as a duplicate.
      article.id = `${article.date.replace(/-/g, '')}_${digestOf(typeof text === 'string' ? text : text.toString('utf8')).slice(0, 12)}`;
    }
    return article;
  }

  /** The id of an article in the graph that equals `id` without regard to case. */
  private sameId(id: string): string | undefined {
    const posted = this.postedIds.get(id.toLowerCase());
    if (posted !== undefined) return posted;
    if (articleMeta(this.graph, id)) return id;
    const lower = id.toLowerCase();
    return Object.keys(this.graph.getAttribute('articles') ?? {}).find((a) => a.toLowerCase() === lower);
  }

  /**
   * Merges one article's claims into the served graph and says what was new (the builder may merge keys), in
   * slices of a few milliseconds: a 1 MB article's 37,000 claims took 170 ms in one piece.
   */
  private async apply(meta: ArticleMeta, claims: Claim[]): Promise<PostArticleResponse['added']> {
    const nodes: string[] = [];
    const edges = new Set<string>();
    const reinforced = new Set<string>();
    const onNode = ({ key }: { key: string }) => nodes.push(key);
    this.graph.on('nodeAdded', onNode);
    this.postedIds.set(meta.id.toLowerCase(), meta.id);
    try {
      addArticle(this.graph, meta, []);
      await inSlices(claims, (c) => {
        const had = this.graph.size;
        const key = addClaim(this.graph, c);
        if (key === null) {
          this.touched.add(canonicalKey(this.graph, c.source));
          return;
        }
        this.touched.add(this.graph.source(key)).add(this.graph.target(key));
        if (this.graph.size > had) edges.add(key);
        else if (!edges.has(key) && this.graph.getEdgeAttribute(key, 'evidence').at(-1) === c.evidence) reinforced.add(key);
      });
    } finally {
      for (const n of nodes) this.touched.add(n);
      this.graph.off('nodeAdded', onNode);
      // addArticle and addClaim write attributes in place: announce it, so views of the graph (memo) are rebuilt.
      this.graph.setAttribute('articles', this.graph.getAttribute('articles'));
    }
    return {
      nodes: nodes.map((n) => nodeItem(this.graph, n)),
      edges: [...edges].map((e) => edgeItem(this.graph, e, EVIDENCE_IN_ANSWERS)),
      reinforced: [...reinforced],
    };
  }

  /**
   * Searches node names: with a name index, among its candidates and the nodes posted articles touched (the
   * answer a full scan gives, without one); else over the whole graph.
   */
  async search(options: Omit<SearchOptions, 'among'>): Promise<NodesResponse> {
    const folded = foldText(options.q ?? '');
    const names = this.options.names;
    if (!names || !folded) return searchNodes(this.graph, options);
    const keys = await names.candidates(folded);
    return searchNodes(this.graph, { ...options, among: [...keys, ...this.touched] });
  }

  /** Parses, extracts (off the main thread), stores in one transaction, then merges into the served graph. */
  postArticle(text: string | Buffer, id?: string): Promise<PostArticleResponse> {
    if (id !== undefined && !ARTICLE_ID.test(id)) {
      return Promise.reject(new KgError('BAD_REQUEST', `id: "${id.slice(0, 100)}" is not a valid article id; use 1-128 letters, digits, ".", "_" or "-", starting with a letter or digit`));
    }
    return this.exclusive(async () => {
      const article = this.parse(text, id);
      const source = typeof text === 'string' ? text : text.toString('utf8');
      const taken = this.sameId(article.id);
      if (taken !== undefined) {
        const how = taken === article.id ? '' : ` as "${taken}" (ids are unique without regard to case)`;
        throw new ConflictError(`article "${article.id}" is already in the graph${how}; DELETE /api/articles/${taken} first to replace it`);
      }
      const extracted = await this.options.extract(article, source);
      const sentences = await runInSlices(splitSentencesGradually(article));
      const meta: ArticleMeta = { id: article.id, title: article.title, date: article.date, url: article.url, sentences: sentences.length };
      const stored = sentences.map(({ text: t, paragraph }) => ({ text: t, paragraph }));
      await this.options.store.addArticle({ meta, text: source, sentences: stored, claims: extracted.claims });
      return { article: meta, added: await this.apply(meta, extracted.claims), warnings: extracted.warnings };
    });
  }

  /**
   * What posting the article would add, worked out on a copy of the graph: nothing is stored and the served graph
   * is untouched (POST /api/articles?dryRun=true; the explorer warns before storing an article that yields nothing).
   */
  previewArticle(text: string | Buffer, id?: string): Promise<PostArticleResponse> {
    return this.exclusive(async () => {
      const article = this.parse(text, id);
      const source = typeof text === 'string' ? text : text.toString('utf8');
      const taken = this.sameId(article.id);
      if (taken !== undefined) {
        throw new ConflictError(`article "${article.id}" is already in the graph; DELETE /api/articles/${taken} first to replace it`);
      }
      const extracted = await this.options.extract(article, source);
      const meta: ArticleMeta = { id: article.id, title: article.title, date: article.date, url: article.url, sentences: extracted.sentences?.length ?? 0 };
      const copy = cloneGraph(this.graph);
      const nodesBefore = new Set(copy.nodes());
      const evidenceBefore = new Map<string, number>();
      copy.forEachEdge((key, a) => evidenceBefore.set(key, a.evidence.length));
      addArticle(copy, meta, extracted.claims);
      const edges: string[] = [];
      const reinforced: string[] = [];
      copy.forEachEdge((key, a) => {
        const before = evidenceBefore.get(key);
        if (before === undefined) edges.push(key);
        else if (a.evidence.length > before) reinforced.push(key);
      });
      const added = {
        nodes: copy.filterNodes((key) => !nodesBefore.has(key)).map((n) => nodeItem(copy, n)),
        edges: edges.map((e) => edgeItem(copy, e, EVIDENCE_IN_ANSWERS)),
        reinforced,
      };
      return { article: meta, added, warnings: extracted.warnings };
    });
  }

  /** Removes an article and what only it supported, after the store has recorded it. */
  deleteArticle(id: string): Promise<DeleteArticleResponse> {
    return this.exclusive(async () => {
      const article = articleMeta(this.graph, id);
      if (!article) throw new KgError('NOT_FOUND', `article "${id.slice(0, 100)}" is not in the graph; list articles with GET /api/articles`);
      const posted = this.isPosted(id);
      await this.options.store.deleteArticle(id, posted);
      const removed = removeArticle(this.graph, id);
      this.postedIds.delete(id.toLowerCase());
      this.baseSentences.delete(id);
      return { article: removed.article, removed: { nodes: removed.nodes, edges: removed.edges, evidence: removed.evidence } };
    });
  }

  /**
   * One page of an article's sentences and their total: stored at ingestion for posted articles; for built ones
   * split once from `<id>.txt` in an article folder and kept. Null when the text is not available.
   */
  async sentences(id: string, offset: number, limit: number): Promise<{ items: ReadSentence[]; total: number } | null> {
    if (!ARTICLE_ID.test(id)) return null;
    if (this.isPosted(id)) return this.options.store.sentences(id, offset, limit);
    let all = this.baseSentences.get(id);
    if (all === undefined) {
      all = await this.baseArticleSentences(id);
      if (this.baseSentences.size >= BASE_SENTENCE_CACHE) this.baseSentences.delete(this.baseSentences.keys().next().value!);
      this.baseSentences.set(id, all);
    }
    return all && { items: all.slice(offset, offset + limit), total: all.length };
  }

  /** An article's text: stored when posted, else `<id>.txt` in one of the article folders; null when unknown. */
  async articleText(id: string): Promise<string | null> {
    if (!ARTICLE_ID.test(id)) return null;
    if (this.isPosted(id)) return this.options.store.text(id);
    for (const dir of this.options.articleDirs ?? []) {
      try {
        return await readFile(join(dir, `${id}.txt`), 'utf8');
      } catch {
        // not in this folder
      }
    }
    return null;
  }

  private async baseArticleSentences(id: string): Promise<ReadSentence[] | null> {
    for (const dir of this.options.articleDirs ?? []) {
      let raw: Buffer;
      try {
        raw = await readFile(join(dir, `${id}.txt`));
      } catch {
        continue; // not in this folder
      }
      try {
        return (await runInSlices(splitSentencesGradually(parseArticle(raw, `${id}.txt`)))).map(({ text, paragraph }) => ({ text, paragraph }));
      } catch {
        return null; // the file changed into something unreadable: the caller falls back to the evidence
      }
    }
    return null;
  }

  async close(): Promise<void> {
    await this.unwatch?.();
    await this.lock;
    await Promise.all([this.options.store.close(), this.options.names?.close()]);
  }
}
