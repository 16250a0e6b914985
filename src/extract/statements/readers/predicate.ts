// Reads a predicate linked by a copula ("X is a red line for Moscow", "those are non-starters", "It is a
// mistake to support X"): the subject is the position; a judged actor is accused; "those" refers back.
import type { CueHit } from '../cue-reading.ts';
import { ANAPHORS, ARTICLES, AUXILIARIES, BE, CLAUSE_END, CLAUSE_JOINERS, NOT_WRONGS, PREDICATE_LEAD } from '../clauses.ts';
import { actorsOf, dedupe, resolved, type SentenceContext } from '../context.ts';
import type { Mention } from '../../mentions/mentions.ts';
import { objectStart, spanEnd } from '../object-span.ts';
import { positionSpan, type Draft, type Outcome, type PositionSpan, type Reading } from '../reading.ts';
import { speakerBefore } from '../speaker.ts';

export function readPredicate(hit: CueHit, ctx: SentenceContext, draft: Draft): Reading {
  const { tokens, mentions } = ctx;
  const { st } = draft;
  const span = positionSpan(objectStart(ctx, hit), draft.end);
  const named = namedAfter(hit, ctx, draft);
  if (named) return named;
  const linked = copulaBefore(hit, ctx);
  if (linked < 0) return { reason: 'no copula or calling verb before the predicate' };
  const clauseStart = subjectStart(ctx, linked);
  span.from = clauseStart + 1;
  span.to = linked - 1;
  // "It is a mistake to support X": an "it" before the predicate stands for the infinitive after it.
  if (tokens[span.from]?.lower === 'it' && BE.has(tokens[span.from + 1]?.lower ?? '') && tokens[hit.end]?.lower === 'to' && ctx.tags()[hit.end + 1] === 'VERB') {
    span.from = hit.end + 1;
    span.to = spanEnd(ctx, span.from);
    st.sources = speakerBefore(ctx, clauseStart + 1);
    st.rule += ' + the infinitive "it" stands for';
  } else if (tokens[span.from]?.lower === 'it' && BE.has(tokens[span.from + 1]?.lower ?? '')) {
    // "It is unconstitutional": what "it" stands for is not said here.
    return { reason: '"it" names nothing here' };
  }
  while (span.from < hit.start && span.to > span.from + 1 && (BE.has(tokens[span.to - 1]!.lower) || /^(a|an|the|also|still|simply|clearly|all)$/.test(tokens[span.to - 1]!.lower))) span.to--;
  const forMention = tokens[hit.end]?.lower === 'for' ? mentions.find((m) => m.start === hit.end + 1) : undefined;
  if (!st.sources.length) st.sources = forMention ? resolved(ctx, forMention) : speakerBefore(ctx, span.from);
  const judged = judgedActor(hit, ctx, span);
  if (judged) return accuseJudged(ctx, draft, judged);
  const subjectWords = span.from > hit.start ? [] : tokens.slice(span.from, span.to).map((t) => t.lower);
  if (subjectWords.length <= 2 && subjectWords.some((w) => ANAPHORS.has(w))) return referToPrevious(hit, ctx, draft);
  return { span };
}

/** "That never should have been a pause": what "that" stands for is the noun phrase after a cue with its own copula. */
function namedAfter(hit: CueHit, ctx: SentenceContext, { st, end }: Draft): Reading | null {
  const { tokens } = ctx;
  if (!ownCopula(hit, ctx) || !ANAPHORS.has(tokens[hit.start - 1]?.lower ?? '') || !ARTICLES.has(tokens[hit.end]?.lower ?? '')) return null;
  // The noun phrase ends before a relative clause ("a pause that has real life consequences").
  let to = hit.end + 1;
  while (to < end && !/^(that|which|who)$/.test(tokens[to]!.lower)) to++;
  // "That should never have been a surprise" says what was expected, not what was wrong.
  if (to <= hit.end + 1 || tokens.slice(hit.end, to).some((t) => NOT_WRONGS.has(t.lower))) return null;
  st.sources = speakerBefore(ctx, hit.start);
  st.rule += ' + the noun phrase "that" stands for';
  return { span: positionSpan(hit.end, to) };
}

/** Does the cue hold its own verb group ("should never have been", "is not going to work")? */
function ownCopula(hit: CueHit, ctx: SentenceContext): boolean {
  const { tokens } = ctx;
  return BE.has(tokens[hit.end - 1]!.lower) || BE.has(tokens[hit.start]!.lower) || AUXILIARIES.has(tokens[hit.start]!.lower);
}

/** Where the copula (or "remains", "seems"…) that links the predicate at the cue stands, plus one; -1 without one. */
function copulaBefore(hit: CueHit, ctx: SentenceContext): number {
  const { tokens } = ctx;
  if (ownCopula(hit, ctx)) return hit.start + 1;
  let linked = hit.start;
  while (linked > 0 && (PREDICATE_LEAD.test(tokens[linked - 1]!.lower) || ctx.tags()[linked - 1] === 'ADV') && !BE.has(tokens[linked - 1]!.lower)) linked--;
  if (!BE.has(tokens[linked - 1]?.lower ?? '') && !/^(remains?|remained|becomes?|became|seems?|seemed|appears?|appeared)$/.test(tokens[linked - 1]?.lower ?? '')) return -1;
  return linked;
}

/**
 * The subject ends at the copula (quote marks after it are the writer's: 'the EU is "one of the most…"'), and
 * runs back to the clause's start: a sentence end, "that", a verb of saying, a quote mark, or a conjunction that
 * opens another clause ("… has expired so the decision … is null and void"). Returns the word before it.
 */
function subjectStart(ctx: SentenceContext, linked: number): number {
  const { tokens, lexicon } = ctx;
  let clauseStart = linked - 2;
  while (clauseStart >= 0 && !CLAUSE_END.has(tokens[clauseStart]!.text) && tokens[clauseStart]!.lower !== 'that' && !lexicon.speech.has(tokens[clauseStart]!.lower) && !(tokens[clauseStart]!.text === '"') && !CLAUSE_JOINERS.has(tokens[clauseStart]!.lower)) clauseStart--;
  return clauseStart;
}

/** "the EU is one of the most abusive …": the actor a rejecting predicate is said of, when the subject is only its name. */
function judgedActor(hit: CueHit, ctx: SentenceContext, span: PositionSpan): Mention | undefined {
  let head = span.from;
  while (head < span.to && ARTICLES.has(ctx.tokens[head]!.lower)) head++;
  // ("Chile will not solve the problem", "Russia should never have been in the G8" judge what it does, not what it is.)
  return hit.cue.entry.relation === 'rejects' && !ownCopula(hit, ctx) ? ctx.mentions.find((m) => m.start === head && m.end === span.to && !m.modifier && !m.pronoun) : undefined;
}

/** A judgement of an actor, said by someone else, accuses it. */
function accuseJudged(ctx: SentenceContext, { st }: Draft, judged: Mention): Outcome {
  st.relation = 'accuses';
  st.plover = 'ACCUSE';
  st.cameo = '111';
  st.targets = actorsOf(ctx, [judged]).filter((t) => !st.sources.some((a) => ctx.input.sameSide(a, t)));
  st.rule += ' + said of an actor';
  if (!st.sources.length || !st.targets.length) return { reason: 'no speaker or the speaker\'s own side' };
  return { statement: st };
}

/** "those are non-starters": the positions of the previous sentence. */
function referToPrevious(hit: CueHit, ctx: SentenceContext, { st }: Draft): Outcome {
  st.positions = ctx.input.previousPositions.filter((p) => p.kind === 'demand' || hit.cue.entry.relation === 'rejects');
  st.rule += ' + anaphora to the previous sentence';
  if (!st.sources.length || !st.positions.length) return { reason: 'no holder or nothing to refer back to' };
  st.sources = dedupe(st.sources);
  return { statement: st };
}
