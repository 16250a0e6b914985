// Merges claims into a graphology graph: one node per actor or position, one edge per
// (source, relation, target), evidence accumulated and dates spanned. The same function serves one
// article and a corpus, and adding an article to a stored graph.
import Graph from 'graphology';
import type { ActorRef, Claim, EndpointRef } from '../extract/claims.ts';
import { edgeKey, nodeKey } from './keys.ts';
import type { ArticleMeta, EdgeAttributes, Evidence, GraphAttributes, KgGraph, NodeAttributes } from './types.ts';

export function createGraph(): KgGraph {
  return new Graph.MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
}

function addAlias(list: string[], alias: string, label: string): void {
  if (alias && alias !== label && !list.includes(alias)) list.push(alias);
}

// People found by name in different articles ("Ryabkov" here, "Sergei Ryabkov" there) are one node
// when exactly one person already in the graph has a compatible name. Index: surname → node keys.
const peopleBySurname = new WeakMap<KgGraph, Map<string, Set<string>>>();

function surname(label: string): string {
  return label.trim().split(/\s+/).pop()!.toLowerCase();
}

function surnameIndex(graph: KgGraph): Map<string, Set<string>> {
  let index = peopleBySurname.get(graph);
  if (!index) {
    index = new Map();
    graph.forEachNode((key, a) => {
      if (a.kind === 'actor' && a.actorType === 'person') indexPerson(index!, key, a.label);
    });
    peopleBySurname.set(graph, index);
  }
  return index;
}

function indexPerson(index: Map<string, Set<string>>, key: string, label: string): void {
  const s = surname(label);
  if (!index.has(s)) index.set(s, new Set());
  index.get(s)!.add(key);
}

/** "Ryabkov" and "Sergei Ryabkov" are compatible; "Sergei Ryabkov" and "Ivan Ryabkov" are not. */
function compatibleNames(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x === y || x.endsWith(' ' + y) || y.endsWith(' ' + x);
}

/** The key of the node an endpoint names in this graph (a person may be one already known by surname). */
export function canonicalKey(graph: KgGraph, ref: EndpointRef): string {
  const key = nodeKey(ref);
  if (graph.hasNode(key) || ref.ref !== 'actor' || ref.actorType !== 'person') return key;
  const candidates = [...(surnameIndex(graph).get(surname(ref.label)) ?? [])].filter((k) => {
    if (!graph.hasNode(k)) return false;
    const a = graph.getNodeAttributes(k);
    return a.kind === 'actor' && compatibleNames(a.label, ref.label);
  });
  return candidates.length === 1 ? candidates[0]! : key;
}

/** Adds or merges the node a claim endpoint names; returns its key (a person may join one already known by surname). */
export function mergeNode(graph: KgGraph, ref: EndpointRef): string {
  const key = canonicalKey(graph, ref);
  if (!graph.hasNode(key)) {
    if (ref.ref === 'actor') {
      const attrs: NodeAttributes = { kind: 'actor', label: ref.label, aliases: [], actorType: ref.actorType, known: ref.known };
      if (ref.role) attrs.role = ref.role;
      for (const a of ref.aliases) addAlias(attrs.aliases, a, ref.label);
      graph.addNode(key, attrs);
      if (ref.actorType === 'person') indexPerson(surnameIndex(graph), key, ref.label);
    } else {
      const attrs: NodeAttributes = { kind: ref.kind, label: ref.label, category: ref.category, aliases: [] };
      if (ref.concept) attrs.concept = ref.concept;
      if (ref.surface) addAlias(attrs.aliases, ref.surface, ref.label);
      graph.addNode(key, attrs);
    }
    return key;
  }
  const attrs = graph.getNodeAttributes(key);
  if (ref.ref === 'actor' && attrs.kind === 'actor') {
    mergeActor(attrs, ref);
  } else if (ref.ref === 'position' && attrs.kind !== 'actor') {
    addAlias(attrs.aliases, ref.label, attrs.label);
    if (ref.surface) addAlias(attrs.aliases, ref.surface, attrs.label);
  }
  return key;
}

function mergeActor(attrs: Extract<NodeAttributes, { kind: 'actor' }>, ref: ActorRef): void {
  for (const a of [ref.label, ...ref.aliases]) addAlias(attrs.aliases, a, attrs.label);
  if (!attrs.role && ref.role) attrs.role = ref.role;
  // A fuller name wins as label for people found by NER ("Sergei Ryabkov" over "Ryabkov").
  if (!ref.known && !attrs.known && ref.label.length > attrs.label.length && ref.label.endsWith(' ' + attrs.label)) {
    addAlias(attrs.aliases, attrs.label, ref.label);
    attrs.label = ref.label;
    attrs.aliases = attrs.aliases.filter((a) => a !== ref.label);
  }
}

function sameEvidence(a: Evidence, b: Evidence): boolean {
  return a.article === b.article && a.sentence === b.sentence;
}

/** Above this many sentences an edge's evidence is looked up in an index instead of scanned. */
const SCAN_LIMIT = 16;

// Evidence already on an edge, as `article\u0000sentence`: scanning the list for every claim made a corpus in
// which one edge gathers thousands of sentences quadratic. Keyed by the array, so a list that is replaced
// (removeArticle filters into a new one) is indexed afresh; only addEvidence appends to these lists.
const evidenceIndex = new WeakMap<Evidence[], Set<string>>();

const evidenceId = (ev: Evidence): string => `${ev.article}\u0000${ev.sentence}`;

/** Appends the sentence unless the edge already has it (same article and sentence). */
function addEvidence(list: Evidence[], ev: Evidence): void {
  if (list.length < SCAN_LIMIT) {
    if (!list.some((e) => sameEvidence(e, ev))) list.push(ev);
    return;
  }
  let seen = evidenceIndex.get(list);
  if (!seen) evidenceIndex.set(list, (seen = new Set(list.map(evidenceId))));
  const id = evidenceId(ev);
  if (seen.has(id)) return;
  seen.add(id);
  list.push(ev);
}

/** Adds one claim; returns the edge key. Self-loops (an actor meeting itself) are dropped. */
export function addClaim(graph: KgGraph, claim: Claim): string | null {
  const source = mergeNode(graph, claim.source);
  const target = mergeNode(graph, claim.target);
  if (source === target) return null;
  const key = edgeKey(claim.relation, source, target);
  const ev = claim.evidence;
  if (!graph.hasEdge(key)) {
    const attrs: EdgeAttributes = { relation: claim.relation, evidence: [ev], firstDate: ev.date, lastDate: ev.date };
    if (claim.cameo) attrs.cameo = claim.cameo;
    if (claim.plover) attrs.plover = claim.plover;
    if (claim.condition) attrs.condition = claim.condition;
    if (claim.strength) attrs.strength = claim.strength;
    graph.addDirectedEdgeWithKey(key, source, target, attrs);
    return key;
  }
  const attrs = graph.getEdgeAttributes(key);
  addEvidence(attrs.evidence, ev);
  if (ev.date < attrs.firstDate) attrs.firstDate = ev.date;
  if (ev.date > attrs.lastDate) attrs.lastDate = ev.date;
  if (!attrs.condition && claim.condition) attrs.condition = claim.condition;
  if (!attrs.strength && claim.strength) attrs.strength = claim.strength;
  if (!attrs.cameo && claim.cameo) attrs.cameo = claim.cameo;
  if (!attrs.plover && claim.plover) attrs.plover = claim.plover;
  return key;
}

export function addArticle(graph: KgGraph, meta: ArticleMeta, claims: Iterable<Claim>): void {
  // Updated in place: copying the table for every article made a corpus build quadratic.
  let articles = graph.getAttribute('articles');
  if (!articles) graph.setAttribute('articles', (articles = {}));
  articles[meta.id] = meta;
  for (const c of claims) addClaim(graph, c);
}

/** Builds a graph from many articles' claims. */
export function buildGraph(items: Iterable<{ meta: ArticleMeta; claims: Claim[] }>): KgGraph {
  const graph = createGraph();
  for (const { meta, claims } of items) addArticle(graph, meta, claims);
  return graph;
}
