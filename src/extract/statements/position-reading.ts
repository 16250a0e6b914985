// Reads the position of a statement from the words its reader found: a reference back to positions named
// before, the lexicon's concepts (with the threats they carry), or a phrase; then whom it is aimed at.
import type { ActorRef } from '../claims.ts';
import type { CueHit } from './cue-reading.ts';
import { ARTICLES, TOPIC_NOUNS } from './clauses.ts';
import type { Condition } from './condition.ts';
import { conceptActorEnd, dedupe, type SentenceContext } from './context.ts';
import { readBackReference } from './back-reference.ts';
import { conceptPosition, findConcepts, objectText, penaltyObjectSpan, type ConceptHit } from '../positions/positions.ts';
import { readPhrasePositions } from './phrase-label.ts';
import type { Outcome, PositionSpan } from './reading.ts';
import type { Statement } from './statement.ts';
import { assignTargets } from './targets.ts';
import { futurePenalty, idleWarning, offeredPenalty, orFace } from './threat.ts';

/** What the sentence's statements so far leave for the next cue. */
export interface SentenceState {
  /** the statements read so far */
  out: Statement[];
  /** the words governed by demands and threats already read, and their sources: cues inside them belong to their position */
  governed: Array<[number, number, ActorRef[]]>;
}


/** The statement with its positions and targets, or why it has no position; a threat it carries goes to `state.out`. */
export function readPosition(ctx: SentenceContext, state: SentenceState, hit: CueHit, st: Statement, span: PositionSpan, cond: Condition | undefined): Outcome {
  const { tokens, lexicon } = ctx;
  const { entry } = hit.cue;
  // Positions: concepts in the governed words, else a label from the phrase.
  const concepts = governedConcepts(ctx, state, hit, st, span);
  // "rejected the demand", "accepted the proposal": the position named just before.
  const back = readBackReference(ctx, hit, st, span, concepts, state.out);
  if (back) return back;
  const triggerEnd = futurePenalty(ctx, hit, st, span, concepts);
  offeredPenalty(st, concepts);
  const carried = orFace(ctx, st, span, concepts);
  if (carried) state.out.push(carried);
  if (idleWarning(ctx, hit, st, span, cond, concepts)) return { reason: 'a warning without a penalty or a condition' };
  // "lifted orders blocking X", "scrapped the plan": a cue that is itself a negating governor takes the thing away.
  const negate = entry.negates || (lexicon.governors.has(tokens[hit.start]!.lower) && !concepts.length && st.relation !== 'rejects');
  const objects = conceptPositions(ctx, hit, st, concepts, negate);
  if (concepts.length) conceptlessConjuncts(ctx, span, concepts).forEach((part) => readPhrasePositions(ctx, hit, st, part, negate));
  const phraseSpan = !concepts.length && (entry.relation !== 'threatens' || entry.voice !== 'passive') ? readPhrasePositions(ctx, hit, st, span, negate) : null;
  if (!st.positions.length) return { reason: 'no position found' };
  assignTargets(ctx, st, { addressee: span.addressee, cond, concepts, objects, triggerEnd, phraseSpan });
  st.sources = dedupe(st.sources);
  return { statement: st };
}

/** Marks the words a statement governs (cues inside them belong to its position) and finds the lexicon's concepts among them. */
function governedConcepts(ctx: SentenceContext, state: SentenceState, hit: CueHit, st: Statement, span: PositionSpan): ConceptHit[] {
  const { tokens } = ctx;
  const { entry } = hit.cue;
  const thatClause = [hit.end - 1, hit.end, span.from - 1, span.from].some((x) => tokens[x]?.lower === 'that');
  // Cues inside what a statement governs belong to its position ("rejected an ultimatum to hand over…").
  if (thatClause || span.addressee.length || entry.relation === 'rejects' || entry.relation === 'accepts') state.governed.push([hit.end, span.to, st.sources]);
  // "dismissed concerns about tariffs", "urged a full investigation of the vote": what is rejected or asked is the
  // concern or the inquiry, not the thing it is about.
  let head = span.from;
  while (head < span.to && (ARTICLES.has(tokens[head]!.lower) || (ctx.tags()[head] === 'ADJ' && ctx.tags()[head + 1] !== 'ADP'))) head++;
  const aboutSomething = TOPIC_NOUNS.has(tokens[head]?.lower ?? '');
  if (span.subjectPosition) [span.from, span.to] = span.subjectPosition;
  return aboutSomething || span.cueLabel ? [] : findConcepts(tokens, ctx.lexicon, governingCue(ctx, hit, span) ? hit.start : span.from, span.to, ctx.tags);
}

/** The concepts' positions, labelled with what each penalty is aimed at; returns those objects' spans, for the targets. */
function conceptPositions(ctx: SentenceContext, hit: CueHit, st: Statement, concepts: ConceptHit[], negate: boolean): Array<[number, number] | null> {
  const { tokens } = ctx;
  const { entry } = hit.cue;
  // What each penalty is aimed at ("tariffs on steel and aluminum exports"): part of its label, and whose goods they are.
  const objects = concepts.map((c) => penaltyObjectSpan(c, tokens, ctx.tags(), (i) => conceptActorEnd(ctx, i)));
  if (concepts.length) {
    concepts.forEach((c, n) => st.positions.push(conceptPosition(c, negate, tokens, objects[n] ? objectText(tokens, objects[n]!) : null)));
    const code = concepts[0]!.concept.entry.cameo?.[entry.relation];
    if (code && st.relation === entry.relation) st.cameo = code;
  }
  return objects;
}

/**
 * "urged them to reduce hostilities and resume peace talks": co-ordinated verb phrases are positions each; the ones
 * with no concept of the lexicon are read as phrases.
 */
function conceptlessConjuncts(ctx: SentenceContext, span: PositionSpan, concepts: ConceptHit[]): PositionSpan[] {
  const { tokens } = ctx;
  const tags = ctx.tags();
  if (tags[span.from] !== 'VERB') return [];
  const cuts = [span.from];
  for (let k = span.from + 1; k < span.to - 1; k++) {
    // ("enhance and deepen ties": a verb alone shares the next one's object; "or face sanctions" is a threat.)
    if (tokens[k]!.lower === 'and' && tags[k + 1] === 'VERB' && k - cuts[cuts.length - 1]! >= 2) cuts.push(k + 1);
  }
  if (cuts.length < 2) return [];
  return cuts
    .map((from, n) => ({ ...span, from, to: n + 1 < cuts.length ? cuts[n + 1]! - 1 : span.to }))
    .filter((part) => !concepts.some((c) => c.start >= part.from && c.start < part.to));
}

/** "agreed to lift sanctions": a cue that is itself a negating governor is read with its object ("Lifting of sanctions"). */
function governingCue(ctx: SentenceContext, hit: CueHit, span: PositionSpan): boolean {
  return span.from === hit.end && ctx.lexicon.governors.has(ctx.tokens[hit.start]!.lower);
}
