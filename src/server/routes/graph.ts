// GET /api/graph: the graph in graphology's serialization, cut by the shared filters (kind, relation, actor, dates,
// article, text); GET /api/stats: counts by kind and relation, top actors by degree, date range.
import { Router } from 'express';
import { filterGraph, isEmptyFilter } from '../../graph/queries/filter.ts';
import { graphStats } from '../../graph/queries/stats.ts';
import type { GraphResponse, StatsResponse } from '../api-types.ts';
import type { GraphService } from '../graph-service.ts';
import { graphFilterFields, intIn, toGraphFilter, validQuery } from '../validate.ts';

const STATS_QUERY = { top: intIn(1, 100).optional() };

export function graphRoutes(service: GraphService): Router {
  const router = Router();
  router.get('/api/graph', (req, res) => {
    const filter = toGraphFilter(validQuery(req, graphFilterFields));
    const graph = isEmptyFilter(filter) ? service.graph : filterGraph(service.graph, filter);
    res.json(graph.export() as GraphResponse);
  });
  router.get('/api/stats', (req, res) => {
    const { top } = validQuery(req, STATS_QUERY);
    res.json(graphStats(service.graph, top ?? 10) satisfies StatsResponse);
  });
  return router;
}
