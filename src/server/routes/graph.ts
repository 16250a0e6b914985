// GET /api/graph: the graph in graphology's serialization, cut by the shared filters (kind, relation, actor, dates,
// article, text), optionally the explorer's compact form (fields=display); GET /api/stats: counts, top actors, dates.
import { Router } from 'express';
import { z } from 'zod';
import { filterGraph, isEmptyFilter } from '../../graph/queries/filter.ts';
import { memo } from '../../graph/queries/memo.ts';
import { graphStats } from '../../graph/queries/stats.ts';
import type { DisplayGraphResponse, GraphResponse, StatsResponse } from '../api-types.ts';
import { toDisplayPayload } from '../display-payload.ts';
import type { KgGraph } from '../../graph/types.ts';
import type { GraphService } from '../graph-service.ts';
import { sendCachedJson } from '../json-cache.ts';
import { graphFilterFields, intIn, toGraphFilter, validQuery } from '../validate.ts';

const STATS_QUERY = { top: intIn(1, 100).optional() };
const GRAPH_QUERY = {
  ...graphFilterFields,
  fields: z.enum(['all', 'display'], { error: 'must be all or display' }).optional(),
};

/** Above this many edges the explorer's payload is not built before it is asked for (500,000 edges: seconds, 150 MB). */
const PREPARE_MAX_EDGES = 100_000;

/**
 * The whole graph serialized, once per graph: it is what the explorer loads on every visit (tens of MB on 50,000
 * edges, half a second of a blocked event loop each time otherwise). The ETag is added on first use.
 */
function wholeGraph(graph: KgGraph, display: boolean): { body: Buffer; etag?: string } {
  return memo(graph, display ? 'graph-json-display' : 'graph-json', () => {
    const data = graph.export();
    return { body: Buffer.from(JSON.stringify(display ? toDisplayPayload(data) : data), 'utf8') };
  });
}

export function graphRoutes(service: GraphService): Router {
  const router = Router();
  // The explorer's payload is prepared as soon as the server runs, so the first visitor does not wait for it.
  const served = service.graph;
  if (served.size <= PREPARE_MAX_EDGES) {
    setImmediate(() => {
      if (service.graph === served) wholeGraph(served, true);
    });
  }
  router.get('/api/graph', (req, res) => {
    const { fields, ...filterQuery } = validQuery(req, GRAPH_QUERY);
    const filter = toGraphFilter(filterQuery);
    const display = fields === 'display';
    if (!isEmptyFilter(filter)) {
      const data = filterGraph(service.graph, filter).export();
      res.json(display ? (toDisplayPayload(data) satisfies DisplayGraphResponse) : (data as GraphResponse));
      return;
    }
    const whole = wholeGraph(service.graph, display);
    const etagFn = req.app.get('etag fn') as ((body: Buffer, encoding?: string) => string) | undefined;
    whole.etag ??= etagFn?.(whole.body);
    if (whole.etag) res.setHeader('ETag', whole.etag);
    res.type('application/json').send(whole.body);
  });
  router.get('/api/stats', (req, res) => {
    const { top } = validQuery(req, STATS_QUERY);
    const graph = service.graph;
    sendCachedJson(req, res, graph, `stats\u0000${top ?? 10}`, () => graphStats(graph, top ?? 10) satisfies StatsResponse);
  });
  return router;
}
