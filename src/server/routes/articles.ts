// GET /api/articles, GET /api/articles/:id (sentences and the edges each produced), POST /api/articles
// (text/plain in the article format, or JSON) and DELETE /api/articles/:id.
import express, { Router, type Request } from 'express';
import { z } from 'zod';
import { parseArticle } from '../../article/parse.ts';
import { splitSentences } from '../../article/sentences.ts';
import { BadRequestError, NotFoundError } from '../../errors.ts';
import { memo } from '../../graph/queries/memo.ts';
import { edgeItem, list } from '../../graph/queries/refs.ts';
import type { KgGraph } from '../../graph/types.ts';
import type { ArticleDetailResponse, ArticlesResponse, ArticleSentence, ArticleSummary, DeleteArticleResponse, PostArticleResponse } from '../api-types.ts';
import { HttpError } from '../errors.ts';
import type { GraphService } from '../graph-service.ts';
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
  const meta = service.graph.getAttribute('articles')![id]!;
  const edges = new Set([...(bySentence?.values() ?? [])].flat());
  return { ...meta, edges: edges.size, posted: service.posted.has(id) };
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

const POST_QUERY = {
  id: z.string().max(200, 'must be at most 200 characters').optional(),
  dryRun: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
};

function articleFromRequest(req: Request): { text: string; id?: string } {
  const { id } = validQuery(req, POST_QUERY);
  if (typeof req.body === 'string' && req.is('text/plain')) return { text: req.body, id };
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
  const text = express.text({ type: 'text/plain', limit: service.maxArticleBytes });
  // JSON escapes can double an article's size; the article's own size is checked after parsing.
  const json = express.json({ limit: service.maxArticleBytes * 2 + 64 * 1024, strict: true });

  router.get('/api/articles', (req, res) => {
    const q = validQuery(req, { limit: intIn(1, 10000).optional(), offset: intIn(0, 1_000_000_000).optional() });
    const all = articleSummaries(service);
    const offset = q.offset ?? 0;
    const items = all.slice(offset, offset + (q.limit ?? 1000)).map((a) => ({ ...a, posted: service.posted.has(a.id) }));
    res.json({ items, total: all.length } satisfies ArticlesResponse);
  });

  router.get('/api/articles/:id', async (req, res) => {
    const { id } = validParams(req, { id: keyParam });
    validQuery(req, {});
    const graph = service.graph;
    if (!graph.getAttribute('articles')?.[id]) throw new NotFoundError(`article "${id.slice(0, 100)}" is not in the graph; list articles with GET /api/articles`);
    const bySentence = evidenceIndex(graph).get(id) ?? new Map<number, string[]>();
    const edgeKeys = [...new Set([...bySentence.values()].flat())].sort();
    const raw = await service.articleText(id);
    let sentences: ArticleSentence[] | null = null;
    if (raw !== null) {
      try {
        sentences = splitSentences(parseArticle(raw, `${id}.txt`)).map((s) => ({ index: s.index, paragraph: s.paragraph, text: s.text, edges: bySentence.get(s.index) ?? [] }));
      } catch {
        sentences = null; // the file changed into something unreadable: fall back to the evidence
      }
    }
    const sentencesFrom = sentences ? 'text' : 'evidence';
    if (!sentences) {
      const texts = new Map<number, string>();
      for (const key of edgeKeys) {
        for (const ev of graph.getEdgeAttribute(key, 'evidence')) if (ev.article === id) texts.set(ev.sentence, ev.text);
      }
      sentences = [...texts].sort((a, b) => a[0] - b[0]).map(([index, t]) => ({ index, text: t, edges: bySentence.get(index) ?? [] }));
    }
    const body: ArticleDetailResponse = {
      article: summary(service, id, bySentence),
      sentencesFrom,
      sentences: list(sentences),
      edges: list(edgeKeys.map((k) => edgeItem(graph, k))),
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
