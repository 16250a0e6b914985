// Checks query strings and path parameters at the route with zod: handlers only ever see typed, valid values,
// and anything else is a 400 whose message and `param` name the offending parameter.
import type { Request } from 'express';
import { z } from 'zod';
import { BadRequestError } from '../errors.ts';
import type { GraphFilter } from '../graph/queries/filter.ts';
import { RELATIONS, type NodeKind, type Relation } from '../graph/types.ts';

const NODE_KINDS = ['actor', 'demand', 'response'] as const satisfies readonly NodeKind[];

/** Repeated parameters (`?relation=a&relation=b`) arrive as arrays: read them as one comma-separated list. */
const single = (v: unknown): unknown => (Array.isArray(v) ? v.join(',') : v);

const text = (max = 200) => z.preprocess(single, z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`));

export const listOf = <T extends string>(values: readonly [T, ...T[]]) =>
  z.preprocess(
    single,
    z
      .string()
      .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
      .pipe(z.array(z.enum(values, { error: (iss) => `"${String(iss.input)}" is not one of ${values.join(', ')}` })).min(1, 'must name at least one value')),
  );

export const idList = z.preprocess(
  single,
  z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(200)).min(1, 'must name at least one article').max(100, 'at most 100 articles')),
);

/** YYYY-MM-DD or YYYYMMDD, a real calendar date; read as ISO YYYY-MM-DD. */
export const isoDate = z.preprocess(
  single,
  z.string().transform((s, ctx) => {
    const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(s.trim());
    const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
    if (!m || !d || d.getUTCFullYear() !== Number(m[1]) || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) {
      ctx.addIssue({ code: 'custom', message: `"${s.slice(0, 40)}" is not a date; use YYYY-MM-DD` });
      return z.NEVER;
    }
    return `${m[1]}-${m[2]}-${m[3]}`;
  }),
);

export const intIn = (min: number, max: number) =>
  z.preprocess(
    single,
    z
      .string()
      .regex(/^\d{1,10}$/, 'must be a whole number')
      .transform(Number)
      .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`)),
  );

export const bool = z.preprocess(
  single,
  z.enum(['true', 'false', '1', '0'], { error: 'must be true or false' }).transform((v) => v === 'true' || v === '1'),
);

export const kinds = listOf(NODE_KINDS);
export const relations = listOf(RELATIONS as unknown as readonly [Relation, ...Relation[]]);

/** The filters of GET /api/graph and the exports. */
export const graphFilterFields = {
  kind: kinds.optional(),
  relation: relations.optional(),
  actor: text().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  article: idList.optional(),
  q: text().optional(),
};

export function toGraphFilter(q: {
  kind?: NodeKind[];
  relation?: Relation[];
  actor?: string;
  from?: string;
  to?: string;
  article?: string[];
  q?: string;
}): GraphFilter {
  if (q.from && q.to && q.from > q.to) throw new BadRequestError(`from: ${q.from} is after to (${q.to})`, 'from');
  return { kinds: q.kind, relations: q.relation, actor: q.actor, from: q.from, to: q.to, articles: q.article, q: q.q };
}

function fail(error: z.ZodError, where: string): never {
  const issue = error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    throw new BadRequestError(`${key}: unknown ${where} parameter; see /api/openapi.json for the parameters this endpoint takes`, key);
  }
  const param = String(issue.path[0] ?? where);
  throw new BadRequestError(`${param}: ${issue.message}`, param);
}

// Schemas compiled once per shape: building a zod object per request cost about 40 µs, a tenth of a point query.
// Routes pass module-level shapes, so the cache holds one schema per endpoint.
const strictSchemas = new WeakMap<z.ZodRawShape, z.ZodType>();
const looseSchemas = new WeakMap<z.ZodRawShape, z.ZodType>();

function compiled(cache: WeakMap<z.ZodRawShape, z.ZodType>, shape: z.ZodRawShape, make: (s: z.ZodRawShape) => z.ZodType): z.ZodType {
  let schema = cache.get(shape);
  if (!schema) {
    schema = make(shape);
    cache.set(shape, schema);
  }
  return schema;
}

/** No query parameters: the shape routes without any pass, so its schema is compiled once. */
export const NO_PARAMS = {} as const satisfies z.ZodRawShape;

/** Parses `req.query` with a strict schema (unknown parameters are errors: a typo should not silently match all). */
export function validQuery<S extends z.ZodRawShape>(req: Request, shape: S): z.output<z.ZodObject<S, z.core.$strict>> {
  const r = compiled(strictSchemas, shape, (s) => z.strictObject(s)).safeParse(req.query);
  if (!r.success) fail(r.error, 'query');
  return r.data as z.output<z.ZodObject<S, z.core.$strict>>;
}

/** Parses `req.params`. */
export function validParams<S extends z.ZodRawShape>(req: Request, shape: S): z.output<z.ZodObject<S, z.core.$strip>> {
  const r = compiled(looseSchemas, shape, (s) => z.object(s)).safeParse(req.params);
  if (!r.success) fail(r.error, 'path');
  return r.data as z.output<z.ZodObject<S, z.core.$strip>>;
}

/** The `:key` path parameter of node, actor and position routes. */
export const KEY_PARAMS = { key: z.string().min(1, 'must not be empty').max(500, 'must be at most 500 characters') };

export const keyParam = KEY_PARAMS.key;

/** The graph filters from a plain object (the CLI's flags), validated like the query string. */
export function parseGraphFilter(input: Record<string, unknown>): GraphFilter {
  const defined = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  const r = z.strictObject(graphFilterFields).safeParse(defined);
  if (!r.success) fail(r.error, 'filter');
  return toGraphFilter(r.data);
}
