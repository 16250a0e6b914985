// GET /api/nodes (search labels and aliases), GET /api/nodes/:key (details with edges grouped by relation, paged),
// GET /api/nodes/:key/evidence (sentences behind its details) and GET /api/nodes/:key/neighbors (depth ≤ 3, paged).
import { Router } from 'express';
import { z } from 'zod';
import { DEFAULT_NEIGHBORS_LIMIT, neighbors } from '../../graph/queries/neighbors.ts';
import { evidenceTexts } from '../../graph/queries/evidence-texts.ts';
import { DEFAULT_EDGES_PER_RELATION, nodeDetail } from '../../graph/queries/node-detail.ts';
import { resolveNode } from '../../graph/queries/resolve.ts';
import type { EvidenceTextsResponse, NeighborsResponse, NodeDetailResponse, NodesResponse } from '../api-types.ts';
import type { GraphService } from '../graph-service.ts';
import { sendCachedJson } from '../json-cache.ts';
import { intIn, KEY_PARAMS, kinds, NO_PARAMS, relations, validParams, validQuery } from '../validate.ts';

// Shapes at module level: validQuery compiles each once.
const SEARCH_QUERY = {
  q: z.preprocess((v) => (Array.isArray(v) ? v.join(' ') : v), z.string().max(200, 'must be at most 200 characters')).optional(),
  kind: kinds.optional(),
  limit: intIn(1, 1000).optional(),
  offset: intIn(0, 1_000_000_000).optional(),
};
const DETAIL_QUERY = { limit: intIn(1, 10_000).optional() };
const NEIGHBORS_QUERY = {
  depth: intIn(1, 3).optional(),
  relation: relations.optional(),
  direction: z.enum(['in', 'out', 'both'], { error: 'must be in, out or both' }).optional(),
  limit: intIn(1, 10_000).optional(),
};

export function nodeRoutes(service: GraphService): Router {
  const router = Router();
  router.get('/api/nodes', async (req, res) => {
    const q = validQuery(req, SEARCH_QUERY);
    res.json((await service.search({ q: q.q, kinds: q.kind, limit: q.limit ?? 50, offset: q.offset ?? 0 })) satisfies NodesResponse);
  });
  // A label or alias works where a key does ("Moscow"), as on the other node routes.
  router.get('/api/nodes/:key', (req, res) => {
    const q = validQuery(req, DETAIL_QUERY);
    const limit = q.limit ?? DEFAULT_EDGES_PER_RELATION;
    const graph = service.graph;
    const key = resolveNode(graph, validParams(req, KEY_PARAMS).key, 'key');
    sendCachedJson(req, res, graph, `node\u0000${key}\u0000${limit}`, () => nodeDetail(graph, key, { limit }) satisfies NodeDetailResponse);
  });
  router.get('/api/nodes/:key/evidence', (req, res) => {
    validQuery(req, NO_PARAMS);
    const graph = service.graph;
    const key = resolveNode(graph, validParams(req, KEY_PARAMS).key, 'key');
    sendCachedJson(req, res, graph, `evidence\u0000${key}`, () => evidenceTexts(graph, key) satisfies EvidenceTextsResponse);
  });
  router.get('/api/nodes/:key/neighbors', (req, res) => {
    const q = validQuery(req, NEIGHBORS_QUERY);
    const key = resolveNode(service.graph, validParams(req, KEY_PARAMS).key, 'key');
    const options = { depth: q.depth ?? 1, relations: q.relation, direction: q.direction ?? 'both', limit: q.limit ?? DEFAULT_NEIGHBORS_LIMIT } as const;
    res.json(neighbors(service.graph, key, options) satisfies NeighborsResponse);
  });
  return router;
}
