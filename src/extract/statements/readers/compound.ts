// Reads a cue that is half of a compound adjective after a name ("a U.S.-proposed ceasefire", "the Saudi-backed
// plan"): the name holds the act, and the noun phrase the compound describes is the position.
import type { CueHit } from '../cue-reading.ts';
import { actorsOf, type SentenceContext } from '../context.ts';
import { spanEnd } from '../object-span.ts';
import { positionSpan, type Draft, type Reading } from '../reading.ts';

export function readCompound(hit: CueHit, ctx: SentenceContext, { st }: Draft): Reading {
  const holder = ctx.mentions.find((m) => m.end === hit.start - 1 && !m.pronoun)!;
  st.sources = actorsOf(ctx, [holder]);
  st.rule += ' + compound adjective';
  return { span: positionSpan(hit.end, Math.min(nounPhraseEnd(ctx, hit.end), spanEnd(ctx, hit.end))) };
}

/** The noun phrase the compound describes ends at its last noun: "ceasefire" of "a U.S.-proposed ceasefire or face…". */
function nounPhraseEnd(ctx: SentenceContext, from: number): number {
  let k = from;
  while (k < ctx.tokens.length && /^(NOUN|ADJ|PROPN|NUM)$/.test(ctx.tags()[k] ?? '') && !ctx.tokens[k]!.punct) k++;
  return Math.max(k, from + 1);
}
