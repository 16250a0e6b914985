// Scores a graph built from one article against a hand-made gold file, with the same rules as the
// project's reference scorer: regex endpoints, @id closure through `represents`, must/allowed/forbidden.
import type { SerializedGraph } from 'graphology-types';

/** Relations the gold files score (all of the contract's relations, as in the reference scorer). */
const SCORED_RELATIONS = new Set(['demands', 'rejects', 'threatens', 'offers', 'supports', 'accepts', 'imposes', 'targets', 'answers', 'represents', 'accuses', 'meets']);

export interface GoldTriple {
  id?: string;
  s: string;
  r: string;
  o: string;
  why?: string;
  symmetric?: boolean;
}

export interface GoldMust extends Partial<GoldTriple> {
  anyOf?: GoldTriple[];
}

export interface Gold {
  article: string;
  actors: Record<string, string>;
  people: Record<string, { match: string; represents?: string }>;
  required?: string[];
  notActors?: string[];
  must: GoldMust[];
  allowed?: GoldTriple[];
  forbidden?: GoldTriple[];
}

export interface Score {
  recall: number;
  precision: number;
  evidence: number;
  found: number;
  mustTotal: number;
  scored: number;
  wrong: number;
  forbidden: string[];
  duplicates: number;
  missingActors: string[];
  noise: string[];
  /** human-readable lines: misses, unexpected edges, edges without evidence */
  report: string[];
}

interface Edge { s: string; t: string; a: Record<string, unknown>; u: boolean }
interface Compiled { rel: Set<string>; S: Set<string>; O: Set<string>; symmetric?: boolean }
interface CompiledMust extends Partial<Compiled> { alts: Compiled[] | null; label: string }

/** Lower-cases and writes every quote form as `"`, dashes as `-`, runs of space as one. */
export function normText(s: unknown): string {
  return String(s ?? '').toLowerCase().replace(/''|[\u201c\u201d\u2018\u2019`]/g, '"')
    .replace(/[\u2013\u2014]/g, '-').replace(/\s+/g, ' ').trim();
}

export function scoreGraph(graph: SerializedGraph, gold: Gold, articleText: string): Score {
  const nodes = new Map<string, Record<string, unknown>>(graph.nodes.map((n) => [String(n.key), (n.attributes ?? {}) as Record<string, unknown>]));
  const names = (at: Record<string, unknown>): string[] =>
    [at.label, ...(Array.isArray(at.aliases) ? at.aliases : [])].map(normText).filter(Boolean);
  const isActor = (at: Record<string, unknown>) => at.kind === 'actor';
  const edges: Edge[] = graph.edges.map((e) => ({ s: String(e.source), t: String(e.target), a: (e.attributes ?? {}) as Record<string, unknown>, u: !!e.undirected }));

  const idRegex: Record<string, RegExp> = {};
  for (const [id, re] of Object.entries(gold.actors)) idRegex[id] = new RegExp(re, 'i');
  for (const [id, p] of Object.entries(gold.people)) idRegex[id] = new RegExp(p.match, 'i');
  const direct = (id: string): string[] => {
    const re = idRegex[id];
    if (!re) throw new Error(`gold names unknown id @${id}`);
    return [...nodes].filter(([, at]) => isActor(at) && names(at).some((n) => re.test(n))).map(([k]) => k);
  };
  const closure = (id: string): Set<string> => {
    const set = new Set(direct(id));
    for (const e of edges) if (e.a.relation === 'represents' && set.has(e.t)) set.add(e.s);
    return set;
  };
  const endpoint = (spec: string, viaRepresents: boolean): Set<string> => {
    if (spec.startsWith('/')) {
      const re = new RegExp(spec.slice(1, spec.lastIndexOf('/')), 'i');
      return new Set([...nodes].filter(([, at]) => names(at).some((n) => re.test(n))).map(([k]) => k));
    }
    const out = new Set<string>();
    for (const ref of spec.split('|')) {
      const id = ref.replace(/^@/, '');
      for (const k of viaRepresents ? closure(id) : direct(id)) out.add(k);
    }
    return out;
  };
  const compile = (t: GoldTriple): Compiled => {
    const rel = new Set(t.r.split('|'));
    const via = !rel.has('represents');
    return { rel, S: endpoint(t.s, via), O: endpoint(t.o, via), symmetric: t.symmetric };
  };
  const hits = (t: Compiled, e: Edge): boolean => t.rel.has(String(e.a.relation)) &&
    ((t.S.has(e.s) && t.O.has(e.t)) || ((!!t.symmetric || e.u) && t.S.has(e.t) && t.O.has(e.s)));
  const compileMust = (t: GoldMust): CompiledMust => t.anyOf
    ? { alts: t.anyOf.map(compile), label: `${t.id} ${t.anyOf.map((x) => `${x.s} ${x.r} ${x.o}`).join(' OR ')}` }
    : { ...compile(t as GoldTriple), alts: null, label: `${t.id} ${t.s} ${t.r} ${t.o}` };
  const hitsMust = (t: CompiledMust, e: Edge): boolean => t.alts ? t.alts.some((x) => hits(x, e)) : hits(t as Compiled, e);

  const must = gold.must.map(compileMust);
  const allowed = (gold.allowed ?? []).map(compile);
  const forbiddenRules = (gold.forbidden ?? []).map((t) => ({ ...compile(t), why: t.why ?? '' }));
  const scored = edges.filter((e) => SCORED_RELATIONS.has(String(e.a.relation)));
  // An edge counts only when one of its evidence sentences is a sentence of this article.
  const art = normText(articleText);
  const evidenced = new Set(scored.filter((e) => (Array.isArray(e.a.evidence) ? e.a.evidence : [])
    .some((ev: unknown) => {
      const t = normText(typeof ev === 'string' ? ev : (ev as { text?: unknown } | null)?.text);
      return t.length > 10 && art.includes(t);
    })));
  const label = (k: string) => String(nodes.get(k)?.label ?? k);
  const show = (e: Edge) => `${label(e.s)} -${String(e.a.relation)}-> ${label(e.t)}`;
  const report: string[] = [];

  let found = 0;
  for (const t of must) {
    const ok = scored.some((e) => evidenced.has(e) && hitsMust(t, e));
    if (ok) found++;
    else report.push(`MISS ${t.label}`);
  }
  const wrong = scored.filter((e) => !evidenced.has(e) || (!must.some((t) => hitsMust(t, e)) && !allowed.some((t) => hits(t, e))));
  for (const e of scored) if (!evidenced.has(e)) report.push(`no evidence from the article: ${show(e)}`);
  for (const e of wrong) if (evidenced.has(e)) report.push(`unexpected: ${show(e)}`);
  const forbidden: string[] = [];
  for (const t of forbiddenRules) for (const e of scored) if (hits(t, e)) forbidden.push(`${show(e)} (${t.why})`);

  let duplicates = 0;
  const missingActors: string[] = [];
  const required = gold.required ?? Object.keys(gold.people);
  for (const id of Object.keys(idRegex)) {
    const n = direct(id).length;
    if (n > 1) {
      duplicates += n - 1;
      report.push(`duplicate actor nodes for @${id}: ${direct(id).map(label).join(', ')}`);
    }
    if (n === 0 && required.includes(id)) missingActors.push(id);
  }
  const noiseRes = (gold.notActors ?? []).map((r) => new RegExp(r, 'i'));
  const noise = [...nodes].filter(([, at]) => isActor(at) && noiseRes.some((r) => r.test(normText(at.label)))).map(([k]) => label(k));

  return {
    recall: must.length ? found / must.length : 0,
    precision: scored.length ? (scored.length - wrong.length) / scored.length : 0,
    evidence: scored.length ? evidenced.size / scored.length : 0,
    found,
    mustTotal: must.length,
    scored: scored.length,
    wrong: wrong.length,
    forbidden,
    duplicates,
    missingActors,
    noise,
    report,
  };
}
