// Generates a large knowledge graph with the attributes extraction produces (actors with types, roles and
// aliases; demands and responses with categories; every relation; 1–3 evidence sentences with dates), seeded.
import { readFileSync } from 'node:fs';
import { parseArticle } from '../src/article/parse.ts';
import { splitSentences } from '../src/article/sentences.ts';
import { createGraph } from '../src/graph/build.ts';
import { edgeKey } from '../src/graph/keys.ts';
import type { ActorType, ArticleMeta, EdgeAttributes, Evidence, KgGraph, NodeAttributes, PositionRelation, Relation } from '../src/graph/types.ts';
import { sourceArticles } from './corpus.ts';

export interface GraphSpec {
  nodes: number;
  edges: number;
  seed?: number;
}

/** mulberry32: a tiny seeded generator, so every process builds the same graph. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['va', 'lor', 'ken', 'dri', 'mos', 'tan', 'il', 'bar', 'seth', 'ora', 'quin', 'zel', 'ma', 'ru', 'dov', 'ane'];
const GIVEN = ['Anna', 'Sergei', 'Maria', 'Ahmed', 'Li', 'Jean', 'Olena', 'Pedro', 'Amira', 'Kenji', 'Fatima', 'David'];
const ROLES = ['Foreign Minister', 'President', 'Deputy Foreign Minister', 'Special Envoy', 'Prime Minister', 'spokesperson', 'Ambassador', 'Defense Minister'];
const ACTOR_TYPES: ActorType[] = ['state', 'state', 'state', 'person', 'person', 'person', 'person', 'organisation', 'organisation', 'alliance', 'bloc', 'group'];
const CATEGORIES = ['security', 'territory', 'sanctions', 'nuclear', 'humanitarian', 'trade', 'ceasefire', 'prisoners', 'elections', 'energy'];
const NOUNS = ['ceasefire', 'withdrawal of troops', 'sanctions relief', 'prisoner exchange', 'security guarantees', 'inspections', 'talks', 'a referendum', 'aid corridors', 'a freeze on enrichment', 'tariff cuts', 'elections'];
const PLACES = ['in the north', 'along the border', 'in the capital', 'within 30 days', 'under UN monitoring', 'before the summit', 'by the end of the year', ''];
const STRENGTHS = ['red line', 'non-starter', 'precondition', 'ultimatum'];
const CONDITIONS = ['if the other side withdraws', 'unless sanctions are lifted', 'if talks resume', 'once inspectors return'];
const CAMEO: Record<PositionRelation, [string, string]> = {
  demands: ['10', 'DEMAND'], rejects: ['12', 'REJECT'], threatens: ['13', 'THREATEN'], offers: ['03', 'INTEND'],
  accepts: ['08', 'YIELD'], supports: ['05', 'COOPERATE'], imposes: ['16', 'REDUCE_RELATIONS'],
};
const POSITION_REL: PositionRelation[] = ['demands', 'demands', 'demands', 'rejects', 'rejects', 'threatens', 'offers', 'offers', 'accepts', 'supports', 'imposes'];

/** Real sentences from the shipped articles, so evidence text has realistic length and characters. */
function sentencePool(): string[] {
  const pool: string[] = [];
  for (const f of sourceArticles().files) for (const s of splitSentences(parseArticle(readFileSync(f), f))) pool.push(s.text);
  return pool;
}

function isoDate(day: number): string {
  return new Date(Date.UTC(2019, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

export function generateGraph({ nodes, edges, seed = 42 }: GraphSpec): KgGraph {
  const rand = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  // Skewed choice: a few actors appear in very many articles, as heads of state and the UN do.
  const skewed = (n: number) => Math.floor(n * rand() ** 3);
  const sentences = sentencePool();
  const graph = createGraph();

  const articleCount = Math.max(50, Math.round(edges / 25));
  const articles: Record<string, ArticleMeta> = {};
  const articleIds: string[] = [];
  for (let i = 0; i < articleCount; i++) {
    const date = isoDate(Math.floor(rand() * 2400));
    const id = `${date.replace(/-/g, '')}_${1_000_000 + i}`;
    articleIds.push(id);
    articles[id] = { id, title: `${pick(NOUNS)} talks ${pick(PLACES)}`.trim(), date, url: `https://example.org/a/${id}`, sentences: 20 + Math.floor(rand() * 40) };
  }
  graph.setAttribute('name', `generated ${nodes} nodes / ${edges} edges`);
  graph.setAttribute('articles', articles);

  const actorCount = Math.max(10, Math.round(nodes * 0.1));
  const actors: string[] = [];
  const people: string[] = [];
  const institutions: string[] = [];
  const demands: string[] = [];
  const responses: string[] = [];
  for (let i = 0; i < nodes; i++) {
    let key: string;
    let attrs: NodeAttributes;
    if (i < actorCount) {
      const actorType = pick(ACTOR_TYPES);
      const stem = pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES);
      const name = stem[0]!.toUpperCase() + stem.slice(1);
      const label = actorType === 'person' ? `${pick(GIVEN)} ${name}` : actorType === 'state' ? `${name}ia` : `${name} Council`;
      key = `actor:${label.toLowerCase().replace(/\s+/g, '-')}-${i}`;
      attrs = { kind: 'actor', label, aliases: rand() < 0.5 ? [name, `${name} government`].slice(0, 1 + Math.floor(rand() * 2)) : [], actorType, known: rand() < 0.3 };
      if (actorType === 'person') attrs.role = pick(ROLES);
      actors.push(key);
      (actorType === 'person' ? people : institutions).push(key);
    } else {
      const kind = rand() < 0.6 ? 'demand' : 'response';
      const label = `${pick(NOUNS)} ${pick(PLACES)}`.trim();
      key = `position:${label.toLowerCase().replace(/\W+/g, '-')}-${i}`;
      attrs = { kind, label, category: pick(CATEGORIES), aliases: rand() < 0.2 ? [`${label} plan`] : [] };
      if (rand() < 0.4) attrs.concept = label.split(' ')[0]!.toLowerCase();
      (kind === 'demand' ? demands : responses).push(key);
    }
    graph.addNode(key, attrs);
  }
  const positions = [...demands, ...responses];

  const evidence = (): Evidence[] => {
    const n = 1 + Math.floor(rand() * 3);
    const out: Evidence[] = [];
    for (let i = 0; i < n; i++) {
      const article = pick(articleIds);
      out.push({ article, sentence: Math.floor(rand() * 40), text: pick(sentences), date: articles[article]!.date });
    }
    return out.sort((a, b) => (a.date < b.date ? -1 : 1));
  };

  let added = 0;
  while (added < edges) {
    const r = rand();
    let relation: Relation;
    let source: string;
    let target: string;
    if (r < 0.6) {
      relation = pick(POSITION_REL);
      source = actors[skewed(actors.length)]!;
      target = pick(positions);
    } else if (r < 0.8) {
      relation = 'targets';
      source = pick(positions);
      target = actors[skewed(actors.length)]!;
    } else if (r < 0.88 && responses.length && demands.length) {
      relation = 'answers';
      source = pick(responses);
      target = pick(demands);
    } else if (r < 0.9 && people.length && institutions.length) {
      // A person speaks for one state or organisation (its index fixed by the person's), as extraction finds them.
      relation = 'represents';
      const p = Math.floor(rand() * people.length);
      source = people[p]!;
      target = institutions[Math.floor(institutions.length * ((p * 0.618033) % 1) ** 3)]!;
    } else {
      relation = rand() < 0.4 ? 'accuses' : 'meets';
      source = actors[skewed(actors.length)]!;
      target = actors[skewed(actors.length)]!;
    }
    if (source === target) continue;
    const key = edgeKey(relation, source, target);
    if (graph.hasEdge(key)) continue;
    const ev = evidence();
    const attrs: EdgeAttributes = { relation, evidence: ev, firstDate: ev[0]!.date, lastDate: ev[ev.length - 1]!.date };
    if (relation in CAMEO) {
      const [cameo, plover] = CAMEO[relation as PositionRelation];
      attrs.cameo = cameo;
      attrs.plover = plover;
      if (rand() < 0.1) attrs.condition = pick(CONDITIONS);
      if (rand() < 0.05) attrs.strength = pick(STRENGTHS);
    }
    graph.addDirectedEdgeWithKey(key, source, target, attrs);
    added++;
  }
  return graph;
}

/** A sample of node keys to query: actors and positions, hubs and leaves alike, in a seeded order. */
export function sampleKeys(graph: KgGraph, count: number, kind?: 'actor', seed = 7): string[] {
  const rand = rng(seed);
  const all = kind ? graph.filterNodes((_k, a) => a.kind === kind) : graph.nodes();
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(all[Math.floor(rand() * all.length)]!);
  return out;
}
