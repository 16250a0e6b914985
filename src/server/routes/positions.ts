// GET /api/actors/:key/positions (what an actor holds and faces) and GET /api/positions/:key (a demand or
// response with its holders, opponents, targets and answers).
import { Router } from 'express';
import { actorPositions } from '../../graph/queries/actor-positions.ts';
import { positionView } from '../../graph/queries/position-view.ts';
import type { ActorPositionsResponse, PositionViewResponse } from '../api-types.ts';
import type { GraphService } from '../graph-service.ts';
import { keyParam, validParams, validQuery } from '../validate.ts';

export function positionRoutes(service: GraphService): Router {
  const router = Router();
  router.get('/api/actors/:key/positions', (req, res) => {
    const { key } = validParams(req, { key: keyParam });
    validQuery(req, {});
    res.json(actorPositions(service.graph, key) satisfies ActorPositionsResponse);
  });
  router.get('/api/positions/:key', (req, res) => {
    const { key } = validParams(req, { key: keyParam });
    validQuery(req, {});
    res.json(positionView(service.graph, key) satisfies PositionViewResponse);
  });
  return router;
}
