// GET /api/edges/:key/rule: "Why this edge?" — the rule behind each evidence sentence of one edge.
import { Router } from 'express';
import { NotFoundError } from '../../errors.ts';
import type { EdgeRuleResponse } from '../api-types.ts';
import { explainEdge } from '../edge-rule.ts';
import type { GraphService } from '../graph-service.ts';
import { keyParam, validParams, validQuery } from '../validate.ts';

export function edgeRuleRoutes(service: GraphService): Router {
  const router = Router();
  router.get('/api/edges/:key/rule', async (req, res) => {
    const { key } = validParams(req, { key: keyParam });
    validQuery(req, {});
    const graph = service.graph;
    if (!graph.hasEdge(key)) throw new NotFoundError(`edge "${key.slice(0, 200)}" is not in the graph; edge keys are source|relation|target, listed by GET /api/edges`);
    const deps = { articleText: (id: string) => service.articleText(id), extract: service.extract };
    res.json((await explainEdge(graph, key, deps)) satisfies EdgeRuleResponse);
  });
  return router;
}
