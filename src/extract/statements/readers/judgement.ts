// Reads a judgement after a verb of calling ("called Chinese subsidies unbearable", "described the plan as a
// disaster"): the calling verb's object is judged, and its subject holds the judgement.
import type { CueHit } from '../cue-reading.ts';
import { CLAUSE_END, PREDICATE_LEAD } from '../clauses.ts';
import { actorsOf, type SentenceContext } from '../context.ts';
import { objectStart } from '../object-span.ts';
import { positionSpan, type Draft, type Reading } from '../reading.ts';
import { subjectOf, unknownSubject } from '../subject.ts';

/** The verb of calling ("called", "described … as") that governs a predicate at `at`, in its clause, or -1. */
export function callingVerbBefore(ctx: SentenceContext, at: number): number {
  for (let k = at - 1; k >= 0 && at - k <= 14; k--) {
    const t = ctx.tokens[k]!;
    if (CLAUSE_END.has(t.text) || (t.text === ',' && k < at - 1)) return -1;
    if (ctx.lexicon.callingVerbs.has(t.lower) && ctx.tags()[k] === 'VERB') return k;
  }
  return -1;
}

export function readJudgement(hit: CueHit, ctx: SentenceContext, { st, end }: Draft): Reading {
  const span = positionSpan(objectStart(ctx, hit), end);
  const verb = callingVerbBefore(ctx, hit.start);
  span.from = verb + 1;
  span.to = hit.start;
  while (span.to > span.from && PREDICATE_LEAD.test(ctx.tokens[span.to - 1]!.lower)) span.to--;
  const subj = subjectOf(ctx, verb);
  st.sources = subj ? actorsOf(ctx, subj.mentions) : unknownSubject(ctx, verb);
  st.rule += ' + object of a calling verb';
  if (span.to <= span.from) return { reason: 'nothing is judged' };
  return { span };
}
