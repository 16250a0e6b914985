// The alternative to a replica's in-memory graph, built far enough to time it: neighbourhoods and shortest-path
// lengths answered by recursive SQL over kg_edges in PostgreSQL, checked against the in-memory answers and timed
// on the same graph in the same run (bench/postgres.ts). Not part of the server: the measurement decided against it.
import type pg from 'pg';
import { neighbors } from '../src/graph/queries/neighbors.ts';
import { shortestPaths } from '../src/graph/queries/paths.ts';
import type { KgGraph } from '../src/graph/types.ts';

// Edges walked both ways, as the API's neighbourhood (direction=both) and path search (directed=false) walk them;
// each branch of the UNION ALL uses its own index (kg_edges_source, kg_edges_target).
const STEP = `SELECT source AS node, target AS other FROM kg_edges UNION ALL SELECT target, source FROM kg_edges`;

/**
 * The neighbourhood as GET /api/nodes/:key/neighbors lists it: every node within `depth` with its distance, the
 * first `limit` by distance, then degree, then key; and the total. (The API also lists the edges among them.)
 */
export async function sqlNeighbourhood(pool: pg.Pool, key: string, depth: number, limit: number): Promise<{ total: number; listed: string[] }> {
  const { rows } = await pool.query<{ node: string; total: string }>(
    `WITH RECURSIVE walk(node, depth) AS (
       SELECT $1::text, 0
       UNION
       SELECT s.other, w.depth + 1 FROM walk w JOIN LATERAL (
         SELECT target AS other FROM kg_edges WHERE source = w.node UNION ALL SELECT source FROM kg_edges WHERE target = w.node
       ) s ON true WHERE w.depth < $2
     ), reached AS (SELECT node, min(depth) AS distance FROM walk WHERE node <> $1 GROUP BY node)
     SELECT node, count(*) OVER () AS total FROM reached r
     ORDER BY distance, (SELECT count(*) FROM (${STEP}) d WHERE d.node = r.node) DESC, node LIMIT $3`,
    [key, depth, limit],
  );
  return { total: Number(rows[0]?.total ?? 0), listed: rows.map((r) => r.node) };
}

/** The length of a shortest path (edges walked both ways) up to maxLength, or null: a breadth-first walk in SQL. */
export async function sqlPathLength(pool: pg.Pool, from: string, to: string, maxLength: number): Promise<number | null> {
  const { rows } = await pool.query<{ length: number | null }>(
    `WITH RECURSIVE walk(node, depth) AS (
       SELECT $1::text, 0
       UNION
       SELECT s.other, w.depth + 1 FROM walk w JOIN LATERAL (
         SELECT target AS other FROM kg_edges WHERE source = w.node UNION ALL SELECT source FROM kg_edges WHERE target = w.node
       ) s ON true WHERE w.depth < $3
     )
     SELECT min(depth) AS length FROM walk WHERE node = $2`,
    [from, to, maxLength],
  );
  return rows[0]?.length ?? null;
}

/** The in-memory answers the SQL must equal: the neighbourhood's total and the shortest path's length. */
export function memoryNeighbourhoodTotal(graph: KgGraph, key: string, depth: number, limit: number): number {
  return neighbors(graph, key, { depth, limit }).nodes.total;
}

export function memoryPathLength(graph: KgGraph, from: string, to: string, maxLength: number): number | null {
  const r = shortestPaths(graph, from, to, { maxLength });
  return r.items[0]?.length ?? null;
}
