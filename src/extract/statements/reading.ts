// What a reader makes of a cue: a finished statement, the words its position is read from, or why it gives
// none; and the draft statement and object span the readers fill in.
import type { ActorRef } from '../claims.ts';
import type { Condition } from './condition.ts';
import type { Mention } from '../mentions/mentions.ts';
import type { Statement } from './statement.ts';

/** The statement a cue gives so far, where its governed words end, and the condition it is made under. */
export interface Draft {
  st: Statement;
  end: number;
  cond: Condition | undefined;
}

/** The words a statement's position is read from, and what a reader learnt about them. */
export interface PositionSpan {
  from: number;
  to: number;
  /** the actor told or asked to act ("urged Russia to…"), the position's target */
  addressee: ActorRef[];
  /** the clause's subject names the position ("talks with China must continue") */
  subjectPosition: [number, number] | null;
  /** "the hunts to be stopped": the noun phrase and the participle that make the position */
  passiveOf: { np: [number, number]; participle: number } | null;
  /** a position labelled from the cue's own verb phrase; a pronoun object is named in the label */
  cueLabel: { pronoun: Mention | undefined } | null;
}

/** A statement complete without a position of its own, or why the cue gives none. */
export type Outcome = { statement: Statement } | { reason: string };

/** What a reader made of a cue: an outcome, or the span its position is to be read from. */
export type Reading = Outcome | { span: PositionSpan };

export function positionSpan(from: number, to: number): PositionSpan {
  return { from, to, addressee: [], subjectPosition: null, passiveOf: null, cueLabel: null };
}
