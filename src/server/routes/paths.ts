// GET /api/paths (every shortest path between two nodes, maxLength 1..8) and GET /api/edges (edges with their
// evidence by source, target, relation, dates and article), each with validated parameters.
import { Router } from 'express';
import { queryEdges } from '../../graph/queries/edges.ts';
import { shortestPaths } from '../../graph/queries/paths.ts';
import { BadRequestError } from '../../errors.ts';
import type { EdgesResponse, PathsResponse } from '../api-types.ts';
import type { GraphService } from '../graph-service.ts';
import { bool, idList, intIn, isoDate, keyParam, relations, validQuery } from '../validate.ts';

const PATHS_QUERY = {
  from: keyParam,
  to: keyParam,
  maxLength: intIn(1, 8).optional(),
  directed: bool.optional(),
  limit: intIn(1, 100).optional(),
};
const EDGES_QUERY = {
  source: keyParam.optional(),
  target: keyParam.optional(),
  relation: relations.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  article: idList.optional(),
  limit: intIn(1, 10000).optional(),
  offset: intIn(0, 1_000_000_000).optional(),
  evidence: intIn(1, 10_000).optional(),
  evidenceOffset: intIn(0, 1_000_000_000).optional(),
};

/** Evidence sentences per edge unless `evidence=` asks for another page size. */
export const DEFAULT_EDGE_EVIDENCE = 100;

export function pathRoutes(service: GraphService): Router {
  const router = Router();
  router.get('/api/paths', (req, res) => {
    const q = validQuery(req, PATHS_QUERY);
    res.json(shortestPaths(service.graph, q.from, q.to, { maxLength: q.maxLength ?? 6, directed: q.directed ?? false, limit: q.limit ?? 20 }) satisfies PathsResponse);
  });
  router.get('/api/edges', (req, res) => {
    const q = validQuery(req, EDGES_QUERY);
    if (q.from && q.to && q.from > q.to) throw new BadRequestError(`from: ${q.from} is after to (${q.to})`, 'from');
    const r = queryEdges(service.graph, {
      source: q.source,
      target: q.target,
      relations: q.relation,
      from: q.from,
      to: q.to,
      articles: q.article,
      limit: q.limit ?? 500,
      offset: q.offset ?? 0,
    });
    // One page of each edge's sentences (evidenceOffset, evidence): one edge can have tens of thousands.
    const from = q.evidenceOffset ?? 0;
    const size = q.evidence ?? DEFAULT_EDGE_EVIDENCE;
    const items = r.items.map((item) => {
      const all = item.attributes.evidence;
      if (from === 0 && all.length <= size) return item;
      return { ...item, attributes: { ...item.attributes, evidence: all.slice(from, from + size) }, evidenceTotal: all.length };
    });
    res.json({ items, total: r.total } satisfies EdgesResponse);
  });
  return router;
}
