// The OpenAPI description of the stance endpoints (matrix, its CSV, shifts, timeline): paths and schemas that
// openapi.ts merges into the document, kept apart so the stance views are described in one place.
import { POSITION_RELATIONS } from '../graph/types.ts';

type Schema = Record<string, unknown>;
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const q = (name: string, schema: Schema, description: string): Schema => ({ name, in: 'query', required: false, description, schema });
const int = (minimum: number, maximum: number, dflt: number): Schema => ({ type: 'integer', minimum, maximum, default: dflt });
const json = (schema: Schema, description = 'OK'): Schema => ({ description, content: { 'application/json': { schema } } });
const error = (description: string): Schema => json(ref('Error'), description);
const BAD = error('a parameter is invalid; `param` names it');
const MISSING = error('no such actor, position or article');
const FOLD = q('fold', { type: 'boolean', default: true }, 'count people and offices in the state or organisation they represent (false keeps them apart)');
const relation = { type: 'string', enum: [...POSITION_RELATIONS] };
const counts = { type: 'object', description: 'stance sentences per relation', additionalProperties: { type: 'integer' } };

export function stancePaths(filters: Schema[]): Record<string, Schema> {
  const matrixParams = [
    ...filters,
    FOLD,
    q('rows', int(1, 500, 300), 'keep at most this many rows: the actors with the most stance sentences'),
    q('columns', int(1, 500, 300), 'keep at most this many columns: the positions with the most stance sentences'),
  ];
  return {
    '/api/matrix': {
      get: {
        summary: 'Stance matrix: actors (rows) × demands and responses (columns), each non-empty cell the stances per relation, the latest one and its sentence; rows and columns ordered by average-linkage clustering of their stance profiles so blocs show as blocks',
        parameters: matrixParams,
        responses: { 200: json(ref('Matrix')), 400: BAD, 404: MISSING },
      },
    },
    '/api/export.matrix.csv': {
      get: {
        summary: 'The stance matrix as CSV (RFC 4180), one row per non-empty cell with its row and column index',
        parameters: matrixParams,
        responses: { 200: { description: 'negotiation-kg-matrix.csv', content: { 'text/csv': { schema: { type: 'string' } } } }, 400: BAD, 404: MISSING },
      },
    },
    '/api/shifts': {
      get: {
        summary: 'Actor–position pairs whose stance changed between two reported days (rejects → accepts, threatens → imposes), with the sentences of both days, newest first',
        parameters: [...filters, FOLD, q('limit', int(1, 1000, 50), 'page size'), q('offset', int(0, 1e9, 0), 'page start')],
        responses: { 200: json(ref('Shifts')), 400: BAD, 404: MISSING },
      },
    },
    '/api/timeline': {
      get: {
        summary: 'The dated stance events of an actor (with those representing it), a position, or the pair, oldest first, each with its sentence and article',
        parameters: [
          q('actor', { type: 'string' }, "an actor's key, label or alias (actor or position is required)"),
          q('position', { type: 'string' }, "a demand's or response's key, label or alias"),
          q('fold', { type: 'boolean', default: true }, "include the stances of the actor's representatives"),
          q('relation', { type: 'string', description: `comma-separated list of: ${POSITION_RELATIONS.join(', ')}` }, 'only these relations'),
          q('from', { type: 'string', description: 'YYYY-MM-DD' }, 'only evidence dated on or after this day'),
          q('to', { type: 'string', description: 'YYYY-MM-DD' }, 'only evidence dated on or before this day'),
          q('article', { type: 'string' }, 'comma-separated article ids'),
          q('limit', int(1, 10000, 1000), 'events listed (total counts them all)'),
        ],
        responses: { 200: json(ref('Timeline')), 400: BAD, 404: MISSING },
      },
    },
  };
}

const stanceEvent: Schema = {
  type: 'object',
  required: ['date', 'relation', 'actor', 'via', 'position', 'edge', 'article', 'sentence', 'text'],
  properties: {
    date: { type: 'string' },
    relation,
    actor: ref('NodeRef'),
    via: { ...ref('NodeRef'), description: 'who said it: the actor or one representing it' },
    position: ref('NodeRef'),
    edge: { type: 'string' },
    article: { type: 'string' },
    sentence: { type: 'integer' },
    text: { type: 'string' },
  },
};
const shiftSide: Schema = { type: 'object', required: ['date', 'relations', 'events'], properties: { date: { type: 'string' }, relations: { type: 'array', items: relation }, events: { type: 'array', items: ref('StanceEvent') } } };

export const STANCE_SCHEMAS: Record<string, Schema> = {
  StanceEvent: stanceEvent,
  Matrix: {
    type: 'object',
    required: ['fold', 'ordering', 'rows', 'columns', 'cells', 'totals'],
    properties: {
      fold: { type: 'boolean' },
      ordering: { type: 'string', description: 'how rows and columns are ordered' },
      rows: { type: 'array', items: { allOf: [ref('NodeRef'), { type: 'object', properties: { actorType: { type: 'string' }, members: { type: 'array', items: ref('NodeRef') }, evidence: { type: 'integer' } } }] } },
      columns: { type: 'array', items: { allOf: [ref('NodeRef'), { type: 'object', properties: { category: { type: 'string' }, evidence: { type: 'integer' } } }] } },
      cells: {
        type: 'array',
        items: {
          type: 'object',
          required: ['row', 'column', 'counts', 'latest', 'evidence', 'edges'],
          properties: {
            row: { type: 'integer', description: 'index into rows' },
            column: { type: 'integer', description: 'index into columns' },
            counts,
            latest: { type: 'object', properties: { relation, date: { type: 'string' }, article: { type: 'string' }, sentence: { type: 'integer' }, text: { type: 'string' } } },
            evidence: { type: 'integer' },
            edges: { type: 'array', items: { type: 'string' } },
          },
        },
      },
      totals: { type: 'object', properties: { rows: { type: 'integer' }, columns: { type: 'integer' }, cells: { type: 'integer' } }, description: 'before the rows/columns limits' },
    },
  },
  Shifts: {
    type: 'object',
    required: ['fold', 'items', 'total'],
    properties: {
      fold: { type: 'boolean' },
      items: { type: 'array', items: { type: 'object', required: ['actor', 'position', 'before', 'after'], properties: { actor: ref('NodeRef'), position: ref('NodeRef'), before: shiftSide, after: shiftSide } } },
      total: { type: 'integer' },
    },
  },
  Timeline: {
    type: 'object',
    required: ['actor', 'position', 'members', 'items', 'total'],
    properties: {
      actor: { oneOf: [{ type: 'null' }, ref('NodeRef')] },
      position: { oneOf: [{ type: 'null' }, ref('NodeRef')] },
      members: { type: 'array', items: ref('NodeRef') },
      items: { type: 'array', items: ref('StanceEvent') },
      total: { type: 'integer' },
    },
  },
};
