// GET /api/articles, GET /api/articles/:id (sentences and the edges each produced), POST /api/articles
// (text/plain in the article format, or JSON) and DELETE /api/articles/:id.
import express, { Router, type Request } from 'express';
import { z } from 'zod';
import { ArticleFormatError, BadRequestError, NotFoundError } from '../../errors.ts';
import { articleMeta } from '../../graph/article-meta.ts';
import { memo } from '../../graph/queries/memo.ts';
import { EVIDENCE_IN_ANSWERS, edgeItem, list, page } from '../../graph/queries/refs.ts';
import type { List } from '../../graph/queries/types.ts';
import type { KgGraph } from '../../graph/types.ts';
import type { ArticleDetailResponse, ArticlesResponse, ArticleSentence, ArticleSummary, DeleteArticleResponse, PostArticleResponse } from '../api-types.ts';
import { HttpError } from '../errors.ts';
import type { GraphService } from '../graph-service.ts';
import { invalidUtf8Offset } from '../utf8.ts';
import { intIn, keyParam, validParams, validQuery } from '../validate.ts';

/** Edge keys per article, and per sentence index within it; built once per graph (a scan of every edge's evidence). */
function evidenceIndex(graph: KgGraph): Map<string, Map<number, string[]>> {
  return memo(graph, 'article-evidence-index', () => buildEvidenceIndex(graph));
}

function buildEvidenceIndex(graph: KgGraph): Map<string, Map<number, string[]>> {
  const index = new Map<string, Map<number, string[]>>();
  graph.forEachEdge((key, a) => {
    for (const ev of a.evidence) {
      let byArticle = index.get(ev.article);
      if (!byArticle) index.set(ev.article, (byArticle = new Map()));
      const keys = byArticle.get(ev.sentence) ?? [];
      if (!keys.includes(key)) keys.push(key);
      byArticle.set(ev.sentence, keys);
    }
  });
  return index;
}

function summary(service: GraphService, id: string, bySentence: Map<number, string[]> | undefined): ArticleSummary {
  const meta = articleMeta(service.graph, id)!;
  const edges = new Set([...(bySentence?.values() ?? [])].flat());
  return { ...meta, edges: edges.size, posted: service.isPosted(id) };
}

/** Every article's summary, newest first, once per graph (`posted` is set per answer: it is the service's). */
function articleSummaries(service: GraphService): ArticleSummary[] {
  const graph = service.graph;
  return memo(graph, 'article-summaries', () => {
    const index = evidenceIndex(graph);
    return Object.keys(graph.getAttribute('articles') ?? {})
      .map((id) => summary(service, id, index.get(id)))
      .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  });
}

/** JSON body: the whole article as `text`, or its parts. */
const jsonArticle = z.union([
  z.strictObject({ id: z.string().optional(), text: z.string({ error: 'text: must be the article in the article format' }) }),
  z.strictObject({
    id: z.string().optional(),
    title: z.string(),
    date: z.string(),
    url: z.string(),
    body: z.union([z.string(), z.array(z.string())]),
  }),
]);

/** A body that is not UTF-8 is refused naming the first bad byte, as `kg build` refuses such a file. */
function checkUtf8(buf: Buffer): void {
  const at = invalidUtf8Offset(buf);
  if (at >= 0) {
    const line = buf.subarray(0, at).toString('latin1').split('\n').length;
    throw new ArticleFormatError('article', line, `byte ${at} (0x${buf[at]!.toString(16).padStart(2, '0')}) is not UTF-8: save the article as UTF-8 plain text`);
  }
}

const POST_QUERY = {
  id: z.string().max(200, 'must be at most 200 characters').optional(),
  dryRun: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
};
const DETAIL_QUERY = { offset: intIn(0, 1_000_000_000).optional(), limit: intIn(1, 10_000).optional() };
const LIST_QUERY = { limit: intIn(1, 10000).optional(), offset: intIn(0, 1_000_000_000).optional() };
export const DEFAULT_SENTENCES_LIMIT = 1000;

function articleFromRequest(req: Request): { text: string | Buffer; id?: string } {
  const { id } = validQuery(req, POST_QUERY);
  if (Buffer.isBuffer(req.body) && req.is('text/plain')) {
    const charset = /charset=([^;]+)/i.exec(req.headers['content-type'] ?? '')?.[1]?.trim().toLowerCase().replace(/"/g, '');
    if (charset && charset !== 'utf-8' && charset !== 'utf8' && charset !== 'us-ascii') {
      throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', `send the article as UTF-8 (charset=${charset.slice(0, 40)} is not read)`);
    }
    checkUtf8(req.body);
    return { text: req.body, id };
  }
  if (req.is('application/json')) {
    const r = jsonArticle.safeParse(req.body);
    if (!r.success) {
      throw new BadRequestError('body: send {"text": "<article>"} or {"title", "date", "url", "body"} (all strings; body may be an array of paragraphs)', 'body');
    }
    const b = r.data;
    const bodyId = b.id ?? id;
    if ('text' in b) return { text: b.text, id: bodyId };
    const paragraphs = Array.isArray(b.body) ? b.body : [b.body];
    return { text: [b.title, b.date.replace(/-/g, ''), b.url, ...paragraphs].join('\n'), id: bodyId };
  }
  throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'send the article as text/plain (the article format) or application/json');
}

export function articleRoutes(service: GraphService): Router {
  const router = Router();
  const text = express.raw({ type: 'text/plain', limit: service.maxArticleBytes });
  // JSON escapes can double an article's size; the article's own size is checked after parsing.
  const json = express.json({ limit: service.maxArticleBytes * 2 + 64 * 1024, strict: true, verify: (_req, _res, buf) => checkUtf8(buf) });

  router.get('/api/articles', (req, res) => {
    const q = validQuery(req, LIST_QUERY);
    const all = articleSummaries(service);
    const offset = q.offset ?? 0;
    const items = all.slice(offset, offset + (q.limit ?? 1000)).map((a) => ({ ...a, posted: service.isPosted(a.id) }));
    res.json({ items, total: all.length } satisfies ArticlesResponse);
  });

  router.get('/api/articles/:id', async (req, res) => {
    const { id } = validParams(req, { id: keyParam });
    const q = validQuery(req, DETAIL_QUERY);
    const offset = q.offset ?? 0;
    const limit = q.limit ?? DEFAULT_SENTENCES_LIMIT;
    const graph = service.graph;
    if (!articleMeta(graph, id)) throw new NotFoundError(`article "${id.slice(0, 100)}" is not in the graph; list articles with GET /api/articles`);
    const bySentence = evidenceIndex(graph).get(id) ?? new Map<number, string[]>();
    const stored = await service.sentences(id, offset, limit);
    let sentences: List<ArticleSentence>;
    if (stored) {
      const items = stored.items.map(({ text: t, paragraph }, k) => ({
        index: offset + k,
        ...(paragraph === null ? {} : { paragraph }),
        text: t,
        edges: bySentence.get(offset + k) ?? [],
      }));
      sentences = { items, total: stored.total };
    } else {
      // The text is not available: the sentences that are evidence, from the edges.
      // Each edge's list read once: looking each sentence up in a list of thousands was quadratic.
      const texts = new Map<number, string>();
      for (const key of new Set([...bySentence.values()].flat())) {
        for (const ev of graph.getEdgeAttribute(key, 'evidence')) if (ev.article === id) texts.set(ev.sentence, ev.text);
      }
      sentences = page([...texts].sort((a, b) => a[0] - b[0]).map(([index, t]) => ({ index, text: t, edges: bySentence.get(index) ?? [] })), offset, limit);
    }
    // The edges of this page's sentences, each with its first evidence sentences only (one can have thousands).
    const edgeKeys = [...new Set(sentences.items.flatMap((s) => s.edges))].sort();
    const body: ArticleDetailResponse = {
      article: summary(service, id, bySentence),
      sentencesFrom: stored ? 'text' : 'evidence',
      sentences,
      edges: list(edgeKeys.map((k) => edgeItem(graph, k, EVIDENCE_IN_ANSWERS))),
    };
    res.json(body);
  });

  router.post('/api/articles', text, json, async (req, res) => {
    const { text: articleText, id } = articleFromRequest(req);
    if (req.query.dryRun === 'true') {
      res.json((await service.previewArticle(articleText, id)) satisfies PostArticleResponse);
      return;
    }
    const result = await service.postArticle(articleText, id);
    res.status(201).location(`/api/articles/${encodeURIComponent(result.article.id)}`).json(result satisfies PostArticleResponse);
  });

  router.delete('/api/articles/:id', async (req, res) => {
    const { id } = validParams(req, { id: keyParam });
    validQuery(req, {});
    res.json((await service.deleteArticle(id)) satisfies DeleteArticleResponse);
  });
  return router;
}
