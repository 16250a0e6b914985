// The explorer's client for the stance endpoints (matrix, shifts, timeline), with the page's filters as query
// parameters; relative URLs so the app works under any base path.
import type { GraphFilterQuery, MatrixResponse, ShiftsResponse, TimelineResponse } from '../../src/server/api-types.ts';
import { readJson } from './api.ts';

type Query = GraphFilterQuery & { fold?: string; actor?: string; position?: string };

export function stanceUrl(path: 'matrix' | 'export.matrix.csv' | 'shifts' | 'timeline', query: Query): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value) params.set(name, value);
  const search = params.toString();
  return `api/${path}${search ? `?${search}` : ''}`;
}

export async function fetchMatrix(query: Query, signal?: AbortSignal): Promise<MatrixResponse> {
  return readJson<MatrixResponse>(await fetch(stanceUrl('matrix', query), { signal }));
}

export async function fetchShifts(query: Query, signal?: AbortSignal): Promise<ShiftsResponse> {
  return readJson<ShiftsResponse>(await fetch(stanceUrl('shifts', query), { signal }));
}

export async function fetchTimeline(query: Query, signal?: AbortSignal): Promise<TimelineResponse> {
  return readJson<TimelineResponse>(await fetch(stanceUrl('timeline', query), { signal }));
}
