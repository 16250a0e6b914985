// GET /api/actors/:key/positions (what an actor holds and faces, one page of each) and GET /api/positions/:key
// (a demand or response with its holders, opponents, targets and answers).
import { Router } from 'express';
import { actorPositions, DEFAULT_EVIDENCE_PER_STANCE, DEFAULT_POSITIONS_LIMIT } from '../../graph/queries/actor-positions.ts';
import { positionView } from '../../graph/queries/position-view.ts';
import { POSITION_RELATIONS, type PositionRelation } from '../../graph/types.ts';
import type { ActorPositionsResponse, PositionViewResponse } from '../api-types.ts';
import type { GraphService } from '../graph-service.ts';
import { sendCachedJson } from '../json-cache.ts';
import { intIn, KEY_PARAMS, listOf, NO_PARAMS, validParams, validQuery } from '../validate.ts';

const ACTOR_POSITIONS_QUERY = {
  limit: intIn(1, 1000).optional(),
  offset: intIn(0, 1_000_000_000).optional(),
  evidence: intIn(0, 1000).optional(),
  relation: listOf(POSITION_RELATIONS as unknown as readonly [PositionRelation, ...PositionRelation[]]).optional(),
};

export function positionRoutes(service: GraphService): Router {
  const router = Router();
  router.get('/api/actors/:key/positions', (req, res) => {
    const { key } = validParams(req, KEY_PARAMS);
    const q = validQuery(req, ACTOR_POSITIONS_QUERY);
    const options = { limit: q.limit ?? DEFAULT_POSITIONS_LIMIT, offset: q.offset ?? 0, evidence: q.evidence ?? DEFAULT_EVIDENCE_PER_STANCE, relations: q.relation };
    const graph = service.graph;
    sendCachedJson(req, res, graph, `actor-positions\u0000${key}\u0000${JSON.stringify(options)}`, () => actorPositions(graph, key, options) satisfies ActorPositionsResponse);
  });
  router.get('/api/positions/:key', (req, res) => {
    const { key } = validParams(req, KEY_PARAMS);
    validQuery(req, NO_PARAMS);
    const graph = service.graph;
    sendCachedJson(req, res, graph, `position\u0000${key}`, () => positionView(graph, key) satisfies PositionViewResponse);
  });
  return router;
}
