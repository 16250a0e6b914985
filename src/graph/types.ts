// The graph's attribute types, declared once and shared by the builder, the queries, the exports,
// the server and the browser. Sigma reads `type`, `x`, `y`, `size`, `color`: none of them is domain data here.
import type { MultiDirectedGraph } from 'graphology';

export type NodeKind = 'actor' | 'demand' | 'response';
export type ActorType = 'state' | 'alliance' | 'organisation' | 'bloc' | 'person' | 'group';

/** actor → demand/response */
export const POSITION_RELATIONS = ['demands', 'rejects', 'threatens', 'offers', 'accepts', 'supports', 'imposes'] as const;
export type PositionRelation = (typeof POSITION_RELATIONS)[number];
/** actor → actor */
export const ACTOR_RELATIONS = ['represents', 'accuses', 'meets'] as const;
export type ActorRelation = (typeof ACTOR_RELATIONS)[number];
export const RELATIONS = [...POSITION_RELATIONS, 'targets', 'answers', ...ACTOR_RELATIONS] as const;
export type Relation = (typeof RELATIONS)[number];

/** One sentence that supports an edge. `text` is the sentence exactly as in the article. */
export interface Evidence {
  /** article file name without `.txt` */
  article: string;
  /** 0-based index of the sentence in the article's body */
  sentence: number;
  text: string;
  /** article date, ISO YYYY-MM-DD */
  date: string;
}

export interface ActorAttributes {
  kind: 'actor';
  label: string;
  aliases: string[];
  actorType: ActorType;
  /** for people, the office the text gives ("Deputy Foreign Minister") */
  role?: string;
  /** true when the actor came from the lexicon rather than named-entity recognition */
  known?: boolean;
  /** stored layout position (graph-data may carry one; never named x/y) */
  layout?: { x: number; y: number };
}

export interface PositionAttributes {
  kind: 'demand' | 'response';
  label: string;
  category: string;
  aliases: string[];
  /** lexicon concept id, absent for positions labelled from their noun phrase */
  concept?: string;
  layout?: { x: number; y: number };
}

export type NodeAttributes = ActorAttributes | PositionAttributes;

export interface EdgeAttributes {
  relation: Relation;
  evidence: Evidence[];
  /** ISO YYYY-MM-DD, earliest and latest evidence date */
  firstDate: string;
  lastDate: string;
  cameo?: string;
  plover?: string;
  /** "if Russia invades Ukraine" */
  condition?: string;
  /** "red line", "non-starter", ... */
  strength?: string;
}

export interface ArticleMeta {
  id: string;
  title: string;
  date: string;
  url: string;
  sentences: number;
}

export interface GraphAttributes {
  name?: string;
  articles?: Record<string, ArticleMeta>;
}

export type KgGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
