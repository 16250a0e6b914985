// Result shapes of the graph queries (nodes as `{key, attributes}`, lists as `{items, total}`): what the
// HTTP API answers with and the exports and browser read; src/server/api-types.ts re-exports them.
import type { EdgeAttributes, Evidence, GraphAttributes, NodeAttributes, NodeKind, PositionRelation, Relation } from '../types.ts';

/** Every list endpoint: one page of `items` and the `total` before paging. */
export interface List<T> {
  items: T[];
  total: number;
}

export interface NodeItem {
  key: string;
  attributes: NodeAttributes;
}

export interface EdgeItem {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
  /** present when `attributes.evidence` lists only the first sentences: how many there are in all */
  evidenceTotal?: number;
}

/** A node named in another answer: enough to label and link it. */
export interface NodeRef {
  key: string;
  label: string;
  kind: NodeKind;
}

/** GET /api/graph and GET /api/export.json: graphology's own serialization of the (filtered) graph. */
export interface GraphResponse {
  attributes: GraphAttributes;
  options: { type: 'directed'; multi: true; allowSelfLoops: false };
  nodes: NodeItem[];
  edges: EdgeItem[];
}

/** GET /api/nodes: a search hit, best first. */
export interface NodeHit extends NodeItem {
  degree: number;
  /** the label or alias that matched `q` (absent without `q`) */
  match?: string;
}
export type NodesResponse = List<NodeHit>;

/** One edge seen from a node: `direction` says whether the node is its source (`out`) or target (`in`). */
export interface NodeEdge extends EdgeItem {
  direction: 'out' | 'in';
  other: NodeRef;
}

/** GET /api/nodes/:key */
export interface NodeDetailResponse extends NodeItem {
  degree: { in: number; out: number; total: number };
  /** the node's edges grouped by relation, the first `limit` (default 50) of each, most evidence first; relations it has no edge for are absent */
  edges: Partial<Record<Relation, NodeEdge[]>>;
  /** how many edges of each relation the node has (GET /api/edges pages through them all) */
  edgeTotals: Partial<Record<Relation, number>>;
}

/** GET /api/nodes/:key/neighbors */
export interface NeighborsResponse {
  center: NodeRef;
  depth: number;
  /** every node within `depth` steps (the center excluded), with its distance */
  nodes: List<NodeItem & { distance: number }>;
  /** the edges walked to reach them */
  edges: List<EdgeItem>;
}

/** An actor's stance on a position: `via` is the actor that holds it (the actor itself or one representing it). */
export interface Stance {
  edge: string;
  relation: PositionRelation;
  position: NodeRef;
  via: NodeRef;
  /** whom the position is aimed at */
  targets: NodeRef[];
  condition?: string;
  strength?: string;
  cameo?: string;
  plover?: string;
  evidence: Evidence[];
  firstDate: string;
  lastDate: string;
}

/** A position aimed at the actor (or at one representing it), with who holds it. */
export interface Facing {
  edge: string;
  position: NodeRef;
  /** the actor the `targets` edge points at: the actor itself or one representing it */
  via: NodeRef;
  holders: Array<{ actor: NodeRef; relation: PositionRelation; edge: string; condition?: string; strength?: string }>;
  evidence: Evidence[];
  firstDate: string;
  lastDate: string;
}

/** A stance as GET /api/actors/:key/positions lists it: `evidence` holds the first few sentences as stored. */
export interface ListedStance extends Stance {
  /** how many sentences back the stance (GET /api/edges lists them all) */
  evidenceTotal: number;
}

/** A facing position as GET /api/actors/:key/positions lists it: the first holders and sentences, with counts. */
export interface ListedFacing extends Facing {
  /** how many actors hold the position (GET /api/positions/:key lists them all) */
  holdersTotal: number;
  evidenceTotal: number;
}

/** GET /api/actors/:key/positions */
export interface ActorPositionsResponse {
  actor: NodeItem;
  /** actors that `represents` it, directly or through one more representative: they count as it */
  representatives: NodeRef[];
  /** one page (`limit`, `offset`) of what it demands, rejects, threatens, offers, accepts, supports, imposes; newest first */
  holds: List<ListedStance>;
  /** how many stances it holds per relation, all of them (not only the listed page); list one with `?relation=` */
  byRelation: Partial<Record<PositionRelation, number>>;
  /** one page of what is demanded of it, threatened against it or otherwise aimed at it; newest first */
  facing: List<ListedFacing>;
}

/** An actor's edge to a position, seen from the position. */
export interface Holder {
  edge: string;
  actor: NodeRef;
  relation: PositionRelation;
  condition?: string;
  strength?: string;
  /** the first 20 sentences; `evidenceTotal` counts them all when some are left out (GET /api/edges pages them) */
  evidence: Evidence[];
  evidenceTotal?: number;
  firstDate: string;
  lastDate: string;
}

/** An edge between two positions or from a position to an actor, seen from the position. */
export interface Link {
  edge: string;
  node: NodeRef;
  /** the first 20 sentences; `evidenceTotal` counts them all when some are left out */
  evidence: Evidence[];
  evidenceTotal?: number;
  firstDate: string;
  lastDate: string;
}

/** GET /api/positions/:key */
export interface PositionViewResponse {
  position: NodeItem;
  /** actors that demand, offer, threaten, support, accept or impose it */
  holders: List<Holder>;
  /** actors that reject it */
  opponents: List<Holder>;
  /** actors it is aimed at */
  targets: List<Link>;
  /** responses that answer it */
  answeredBy: List<Link>;
  /** demands it answers (for a response) */
  answers: List<Link>;
}

export interface PathStep {
  edge: string;
  relation: Relation;
  source: string;
  target: string;
}

export interface Path {
  length: number;
  nodes: NodeRef[];
  edges: PathStep[];
}

/** GET /api/paths: every shortest path (up to `limit`), empty when none is within `maxLength`. */
export interface PathsResponse extends List<Path> {
  /** true when `total` shortest paths exist but only the first `limit` are listed */
  truncated: boolean;
  from: NodeRef;
  to: NodeRef;
  directed: boolean;
  maxLength: number;
}

/** GET /api/edges */
export type EdgesResponse = List<EdgeItem>;

/** GET /api/stats */
export interface StatsResponse {
  nodes: number;
  edges: number;
  articles: number;
  evidence: number;
  byKind: Record<NodeKind, number>;
  byRelation: Record<Relation, number>;
  topActors: Array<NodeRef & { degree: number }>;
  dateRange: { from: string; to: string } | null;
}


/** GET /api/nodes/:key/evidence: the sentences of every edge the node's details show, by edge key. */
export interface EvidenceTextsResponse {
  key: string;
  /** the first 100 sentences per edge */
  edges: Record<string, Array<{ article: string; sentence: number; text: string }>>;
  /** for edges with more than 100 sentences, how many they have */
  evidenceTotals?: Record<string, number>;
}
