// The types the statement readers share: the statement a cue gives, the sentence it is read from, and why a
// cue gave none.
import type { ActorRef, PositionRef } from '../claims.ts';
import type { CompiledCue } from '../lexicon.ts';
import type { Mention } from '../mentions/mentions.ts';
import type { Tag } from '../syntax/tags.ts';
import type { Token } from '../tokens.ts';

export interface Statement {
  relation: CompiledCue['entry']['relation'];
  sources: ActorRef[];
  /** positions for actor → position relations */
  positions: PositionRef[];
  /** the actor a position is aimed at, or the other actor of accuses/meets */
  targets: ActorRef[];
  /** per position id, when positions of one statement are aimed at different actors */
  positionTargets?: Map<string, ActorRef[]>;
  condition?: string;
  strength?: string;
  cameo: string;
  plover: string;
  rule: string;
}

export interface SentenceInput {
  tokens: Token[];
  mentions: Mention[];
  /** per token: inside a quotation */
  quoted: boolean[];
  /** the speaker of the quoted part, already resolved */
  quoteSpeaker: ActorRef[] | null;
  /** resolves a mention (pronouns included) to actors */
  resolve: (m: Mention) => ActorRef[];
  /** positions stated in the previous sentence, for "those are non-starters" */
  previousPositions: PositionRef[];
  /** positions stated in the last few sentences, for "rejected the demand" */
  recentPositions: PositionRef[];
  /** the demands an actor has stated earlier in the article */
  demandsOf: (a: ActorRef) => PositionRef[];
  /** the original sentence text, to quote conditions exactly */
  text: string;
  /** the same actor, or a person and the state they speak for */
  sameSide: (a: ActorRef, b: ActorRef) => boolean;
  /** is the token at i a verb (compromise's tagger; asked only when cheap rules cannot tell) */
  isVerb: (i: number) => boolean;
  /** part-of-speech tags of the tokens, computed on first use */
  tags: () => Tag[];
  /** names an actor the lexicon does not know, from the capitalised words in [start, end) (NER) */
  recognise: (start: number, end: number) => ActorRef | null;
}

/** Why a cue gave no statement, for `kg explain`. */
export interface SkippedCue {
  cue: string;
  words: string;
  reason: string;
}
