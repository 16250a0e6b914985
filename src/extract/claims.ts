// The typed claims extraction produces and the graph builder consumes: the only contract between
// `src/extract` and `src/graph`. A claim is one edge with its endpoints and the sentence behind it.
import type { ActorType, Evidence, Relation } from '../graph/types.ts';

export interface ActorRef {
  ref: 'actor';
  /** canonical id: the lexicon id, or a slug of the full name for actors found by NER */
  id: string;
  label: string;
  actorType: ActorType;
  /** surface forms met in the text, and lexicon aliases */
  aliases: string[];
  role?: string;
  known: boolean;
}

export interface PositionRef {
  ref: 'position';
  /** canonical id: the lexicon concept id, or a slug of the noun phrase */
  id: string;
  label: string;
  kind: 'demand' | 'response';
  category: string;
  concept?: string;
  /** the words of the text a concept was read from ("full denuclearization"), kept as an alias of its node */
  surface?: string;
}

export type EndpointRef = ActorRef | PositionRef;

export interface Claim {
  relation: Relation;
  source: EndpointRef;
  target: EndpointRef;
  evidence: Evidence;
  cameo?: string;
  plover?: string;
  condition?: string;
  strength?: string;
  /** the lexicon entry or rule that produced the claim, for `kg explain` */
  rule: string;
}
