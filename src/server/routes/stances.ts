// GET /api/matrix (actors × positions, seriated), /api/export.matrix.csv (the same as CSV), /api/shifts (stances
// that changed over time) and /api/timeline (an actor's or a position's dated stances): who stands where, and when.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Router } from 'express';
import { z } from 'zod';
import { writeMatrixCsv } from '../../export/matrix-csv.ts';
import { MAX_MATRIX_SIDE, stanceMatrix } from '../../graph/queries/stance-matrix.ts';
import { stanceShifts } from '../../graph/queries/stance-shifts.ts';
import { stanceTimeline } from '../../graph/queries/stance-timeline.ts';
import { POSITION_RELATIONS, type PositionRelation } from '../../graph/types.ts';
import type { MatrixResponse, ShiftsResponse, TimelineResponse } from '../api-types.ts';
import type { GraphService } from '../graph-service.ts';
import { sendCachedJson } from '../json-cache.ts';
import { bool, graphFilterFields, idList, intIn, isoDate, listOf, toGraphFilter, validQuery } from '../validate.ts';

const name = z.preprocess((v) => (Array.isArray(v) ? v.join(',') : v), z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'));

const MATRIX_QUERY = {
  ...graphFilterFields,
  fold: bool.optional(),
  rows: intIn(1, MAX_MATRIX_SIDE).optional(),
  columns: intIn(1, MAX_MATRIX_SIDE).optional(),
};
const SHIFTS_QUERY = {
  ...graphFilterFields,
  fold: bool.optional(),
  limit: intIn(1, 1000).optional(),
  offset: intIn(0, 1_000_000_000).optional(),
};
const TIMELINE_QUERY = {
  actor: name.optional(),
  position: name.optional(),
  fold: bool.optional(),
  relation: listOf(POSITION_RELATIONS as unknown as readonly [PositionRelation, ...PositionRelation[]]).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  article: idList.optional(),
  limit: intIn(1, 10_000).optional(),
};

export function stanceRoutes(service: GraphService): Router {
  const router = Router();
  const matrixOf = (query: z.output<z.ZodObject<typeof MATRIX_QUERY>>) => {
    const { fold, rows, columns, ...filters } = query;
    const graph = service.graph;
    const key = `matrix\u0000${JSON.stringify(query)}`;
    return { graph, key, build: () => stanceMatrix(graph, toGraphFilter(filters), { fold, rows, columns }) satisfies MatrixResponse };
  };

  router.get('/api/matrix', (req, res) => {
    const { graph, key, build } = matrixOf(validQuery(req, MATRIX_QUERY));
    sendCachedJson(req, res, graph, key, build);
  });
  router.get('/api/export.matrix.csv', async (req, res) => {
    const { build } = matrixOf(validQuery(req, MATRIX_QUERY));
    const matrix = build();
    res.type('text/csv; charset=utf-8; header=present').setHeader('Content-Disposition', 'attachment; filename="negotiation-kg-matrix.csv"');
    await pipeline(Readable.from(writeMatrixCsv(matrix)), res);
  });
  router.get('/api/shifts', (req, res) => {
    const query = validQuery(req, SHIFTS_QUERY);
    const { fold, limit, offset, ...filters } = query;
    const graph = service.graph;
    sendCachedJson(req, res, graph, `shifts\u0000${JSON.stringify(query)}`, () => stanceShifts(graph, toGraphFilter(filters), { fold, limit, offset }) satisfies ShiftsResponse);
  });
  router.get('/api/timeline', (req, res) => {
    const q = validQuery(req, TIMELINE_QUERY);
    toGraphFilter({ from: q.from, to: q.to });
    const graph = service.graph;
    const options = { actor: q.actor, position: q.position, fold: q.fold, relations: q.relation, from: q.from, to: q.to, articles: q.article, limit: q.limit };
    sendCachedJson(req, res, graph, `timeline\u0000${JSON.stringify(q)}`, () => stanceTimeline(graph, options) satisfies TimelineResponse);
  });
  return router;
}
