// GET /api/export.gexf|.graphml|.json|.csv: the filtered graph as a download, streamed chunk by chunk so a
// large export never sits whole in memory.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Router, type Response } from 'express';
import { z } from 'zod';
import { CSV_PARTS, writeCsv, type CsvPart } from '../../export/csv.ts';
import { writeGexf } from '../../export/gexf.ts';
import { writeGraphml } from '../../export/graphml.ts';
import { writeJson } from '../../export/json.ts';
import { filterGraph, isEmptyFilter } from '../../graph/queries/filter.ts';
import type { GraphService } from '../graph-service.ts';
import { graphFilterFields, toGraphFilter, validQuery } from '../validate.ts';

async function send(res: Response, type: string, file: string, chunks: Iterable<string>): Promise<void> {
  res.type(type).setHeader('Content-Disposition', `attachment; filename="${file}"`);
  await pipeline(Readable.from(chunks), res);
}

const GEXF_QUERY = {
  ...graphFilterFields,
  version: z.enum(['1.3', '1.2', '1.2draft'], { error: 'must be 1.3 or 1.2' }).optional(),
  time: z.enum(['events', 'cumulative', 'static'], { error: 'must be events, cumulative or static' }).optional(),
  layout: z.enum(['auto', 'forceatlas2', 'none'], { error: 'must be auto, forceatlas2 or none' }).optional(),
};
const CSV_QUERY = {
  ...graphFilterFields,
  part: z.enum(CSV_PARTS as [CsvPart, ...CsvPart[]], { error: 'must be nodes, edges or evidence' }).optional(),
};

export function exportRoutes(service: GraphService): Router {
  const router = Router();
  const filtered = (query: Parameters<typeof toGraphFilter>[0]) => {
    const filter = toGraphFilter(query);
    return isEmptyFilter(filter) ? service.graph : filterGraph(service.graph, filter);
  };

  router.get('/api/export.gexf', async (req, res) => {
    const { version, time, layout, ...filters } = validQuery(req, GEXF_QUERY);
    const graph = filtered(filters);
    const v = version === '1.2' || version === '1.2draft' ? '1.2draft' : '1.3';
    await send(res, 'application/gexf+xml', 'negotiation-kg.gexf', writeGexf(graph, { version: v, time: time ?? 'events', layout: layout ?? 'auto' }));
  });
  router.get('/api/export.graphml', async (req, res) => {
    const graph = filtered(validQuery(req, graphFilterFields));
    await send(res, 'application/graphml+xml', 'negotiation-kg.graphml', writeGraphml(graph));
  });
  router.get('/api/export.json', async (req, res) => {
    const graph = filtered(validQuery(req, graphFilterFields));
    await send(res, 'application/json', 'negotiation-kg.json', writeJson(graph));
  });
  router.get('/api/export.csv', async (req, res) => {
    const { part, ...filters } = validQuery(req, CSV_QUERY);
    const graph = filtered(filters);
    const p = part ?? 'edges';
    await send(res, 'text/csv; charset=utf-8; header=present', `negotiation-kg-${p}.csv`, writeCsv(graph, p));
  });
  return router;
}
