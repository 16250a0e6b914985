// GET /api/nodes (search labels and aliases), GET /api/nodes/:key (details with edges grouped by relation) and
// GET /api/nodes/:key/neighbors (the neighbourhood up to depth 3), each with validated parameters.
import { Router } from 'express';
import { z } from 'zod';
import { neighbors } from '../../graph/queries/neighbors.ts';
import { nodeDetail } from '../../graph/queries/node-detail.ts';
import { searchNodes } from '../../graph/queries/search.ts';
import type { NeighborsResponse, NodeDetailResponse, NodesResponse } from '../api-types.ts';
import type { GraphService } from '../graph-service.ts';
import { intIn, keyParam, kinds, relations, validParams, validQuery } from '../validate.ts';

export function nodeRoutes(service: GraphService): Router {
  const router = Router();
  router.get('/api/nodes', (req, res) => {
    const q = validQuery(req, {
      q: z.preprocess((v) => (Array.isArray(v) ? v.join(' ') : v), z.string().max(200, 'must be at most 200 characters')).optional(),
      kind: kinds.optional(),
      limit: intIn(1, 1000).optional(),
      offset: intIn(0, 1_000_000_000).optional(),
    });
    res.json(searchNodes(service.graph, { q: q.q, kinds: q.kind, limit: q.limit ?? 50, offset: q.offset ?? 0 }) satisfies NodesResponse);
  });
  router.get('/api/nodes/:key', (req, res) => {
    const { key } = validParams(req, { key: keyParam });
    validQuery(req, {});
    res.json(nodeDetail(service.graph, key) satisfies NodeDetailResponse);
  });
  router.get('/api/nodes/:key/neighbors', (req, res) => {
    const { key } = validParams(req, { key: keyParam });
    const q = validQuery(req, {
      depth: intIn(1, 3).optional(),
      relation: relations.optional(),
      direction: z.enum(['in', 'out', 'both'], { error: 'must be in, out or both' }).optional(),
    });
    res.json(neighbors(service.graph, key, { depth: q.depth ?? 1, relations: q.relation, direction: q.direction ?? 'both' }) satisfies NeighborsResponse);
  });
  return router;
}
