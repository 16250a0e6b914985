// GET /api/graph: the graph in graphology's serialization, cut by the shared filters (kind, relation, actor, dates,
// article, text), optionally without sentence text (fields=display); GET /api/stats: counts, top actors, date range.
import { Router } from 'express';
import type { SerializedGraph } from 'graphology-types';
import { z } from 'zod';
import { filterGraph, isEmptyFilter } from '../../graph/queries/filter.ts';
import { memo } from '../../graph/queries/memo.ts';
import { graphStats } from '../../graph/queries/stats.ts';
import type { GraphResponse, StatsResponse } from '../api-types.ts';
import type { GraphService } from '../graph-service.ts';
import { graphFilterFields, intIn, toGraphFilter, validQuery } from '../validate.ts';

const STATS_QUERY = { top: intIn(1, 100).optional() };
const GRAPH_QUERY = {
  ...graphFilterFields,
  fields: z.enum(['all', 'display'], { error: 'must be all or display' }).optional(),
};

/**
 * The explorer's payload: every attribute but the evidence sentences' text, which is a third of the bytes on a
 * large graph and shown only in a node's details (GET /api/nodes/:key/evidence). Export copies attribute objects,
 * so replacing their evidence lists leaves the served graph untouched.
 */
function withoutEvidenceText(data: SerializedGraph): GraphResponse {
  for (const edge of data.edges) {
    const attrs = edge.attributes as { evidence?: Array<{ text?: string }> } | undefined;
    if (attrs?.evidence) attrs.evidence = attrs.evidence.map(({ text: _text, ...rest }) => rest);
  }
  return data as GraphResponse;
}

export function graphRoutes(service: GraphService): Router {
  const router = Router();
  router.get('/api/graph', (req, res) => {
    const { fields, ...filterQuery } = validQuery(req, GRAPH_QUERY);
    const filter = toGraphFilter(filterQuery);
    const display = fields === 'display';
    if (!isEmptyFilter(filter)) {
      const data = filterGraph(service.graph, filter).export();
      res.json(display ? withoutEvidenceText(data) : (data as GraphResponse));
      return;
    }
    // The whole graph is what the explorer loads on every visit: serialized once per graph (tens of MB on
    // 50,000 edges, half a second of a blocked event loop each time otherwise), with an ETag for revalidation.
    const graph = service.graph;
    const whole = memo(graph, display ? 'graph-json-display' : 'graph-json', () => {
      const data = graph.export();
      const body = Buffer.from(JSON.stringify(display ? withoutEvidenceText(data) : data), 'utf8');
      const etagFn = req.app.get('etag fn') as ((body: Buffer, encoding?: string) => string) | undefined;
      return { body, etag: etagFn?.(body) };
    });
    if (whole.etag) res.setHeader('ETag', whole.etag);
    res.type('application/json').send(whole.body);
  });
  router.get('/api/stats', (req, res) => {
    const { top } = validQuery(req, STATS_QUERY);
    res.json(graphStats(service.graph, top ?? 10) satisfies StatsResponse);
  });
  return router;
}
