// Finds who says a sentence: the speaker of its quotation, or the subject of a verb of saying before or
// after the words in question ("Blinken said …", "…, Ryabkov said.").
import type { ActorRef } from '../claims.ts';
import { actorsOf, resolved, type SentenceContext } from './context.ts';
import { subjectOf } from './subject.ts';

/** Who said the sentence: the quote's speaker, or the subject of a speech verb before `at`. */
export function speakerBefore(ctx: SentenceContext, at: number): ActorRef[] {
  const { tokens, lexicon, input } = ctx;
  if (ctx.quoted[at] && input.quoteSpeaker) return input.quoteSpeaker;
  for (let i = at - 1; i >= 0; i--) {
    if (!lexicon.speech.has(tokens[i]!.lower)) continue;
    const subj = subjectOf(ctx, i);
    if (subj) return actorsOf(ctx, subj.mentions);
  }
  // "…, Ryabkov said." after the statement.
  for (let i = at; i < tokens.length; i++) {
    if (!lexicon.speech.has(tokens[i]!.lower)) continue;
    const subj = ctx.mentions.find((m) => m.end === i || (m.start > i && m.start - i <= 3));
    if (subj && !subj.modifier) return resolved(ctx, subj);
  }
  if (input.quoteSpeaker) return input.quoteSpeaker;
  return [];
}
