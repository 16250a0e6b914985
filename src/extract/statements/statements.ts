// Reads one sentence's cues, mentions and concepts as statements: who (source) does what (relation)
// to which position, aimed at whom (target), under which condition, negated or hedged or not.
// The driver: finds the cues, picks the reader for each, and completes the statement with its position.
import type { CueHit } from './cue-reading.ts';
import { namedCompound, readCue } from './cue-reading.ts';
import type { Lexicon } from '../lexicon.ts';
import { conditionAfter } from './condition.ts';
import { actorsOf, holderBefore, sentenceContext, type SentenceContext } from './context.ts';
import { spanEnd } from './object-span.ts';
import { statementDraft } from './polarity.ts';
import { readPosition, type SentenceState } from './position-reading.ts';
import type { Draft, Outcome, Reading } from './reading.ts';
import { readNamedWrong, readSaidWrong } from './readers/accusation.ts';
import { readActive } from './readers/active.ts';
import { readCompound } from './readers/compound.ts';
import { intentionSkip } from './readers/intention.ts';
import { callingVerbBefore, readJudgement } from './readers/judgement.ts';
import { readMeeting } from './readers/meeting.ts';
import { readNominal } from './readers/nominal.ts';
import { readPassive } from './readers/passive.ts';
import { readPredicate } from './readers/predicate.ts';
import type { SentenceInput, SkippedCue, Statement } from './statement.ts';

export type { SentenceInput, SkippedCue, Statement } from './statement.ts';

type Reader = (hit: CueHit, ctx: SentenceContext, draft: Draft) => Reading;

export function extractStatements(input: SentenceInput, lexicon: Lexicon, skipped: SkippedCue[] = []): Statement[] {
  const ctx = sentenceContext(input, lexicon);
  const state: SentenceState = { out: [], governed: [] };
  for (const hit of ctx.cues) {
    const outcome = readHit(ctx, state, hit);
    if ('reason' in outcome) skipped.push({ cue: hit.cue.entry.id, words: ctx.tokens.slice(hit.start, hit.end).map((t) => t.text).join(' '), reason: outcome.reason });
    else state.out.push(outcome.statement);
  }
  return state.out;
}

/** One cue's statement, or why it gives none. */
function readHit(ctx: SentenceContext, state: SentenceState, hit: CueHit): Outcome {
  const governed = governedSkip(ctx, state, hit);
  if (governed) return { reason: governed };
  const reading = readCue(hit, ctx.cueReading);
  if ('reason' in reading) return reading;
  const end = spanEnd(ctx, hit.end);
  const cond = conditionAfter(ctx, hit.end);
  const st = statementDraft(ctx, hit, reading.relation, cond);
  if ('reason' in st) return st;
  const intention = intentionSkip(hit, ctx) ?? readinessSkip(hit, ctx);
  if (intention) return { reason: intention };
  if (cond) st.condition = cond.text;
  const read = readStatement(hit, ctx, { st, end, cond });
  if (!('span' in read)) return read;
  if (!st.sources.length) return { reason: 'no source (no actor before the cue, no speaker)' };
  return readPosition(ctx, state, hit, st, read.span, cond);
}

/** Why a cue inside the words an earlier statement governs gives none of its own, or null. */
function governedSkip(ctx: SentenceContext, state: SentenceState, hit: CueHit): string | null {
  const { entry } = hit.cue;
  // A noun cue with its own holder ("rejected Russian demands for…") is a statement of that holder.
  const ownHolder = (entry.voice === 'nominal' && !!holderBefore(ctx, hit.start)) || namedCompound(hit, ctx.cueReading);
  const governor = state.governed.find(([a, b]) => hit.start >= a && hit.start < b);
  if (governor && entry.relation !== 'meets' && !ownHolder) return 'part of the position of an earlier cue';
  // "Tehran rejected its offer": "its" is someone else's; a holder that resolves to the governing subject is unsure.
  const holder = ownHolder ? holderBefore(ctx, hit.start) : undefined;
  if (governor && holder?.pronoun && actorsOf(ctx, [holder]).some((a) => governor[2].some((g) => g.id === a.id))) return 'its holder is a pronoun that may stand for the subject of the governing verb';
  return null;
}

/** "ready to accept", "prepared to impose": the act one is ready for, when a cue of its own, is the statement (read by that cue). */
function readinessSkip(hit: CueHit, ctx: SentenceContext): string | null {
  if (hit.cue.entry.relation !== 'offers' || ctx.tokens[hit.end - 1]?.lower !== 'to') return null;
  const inner = ctx.cues.find((c) => c.start === hit.end && c.cue.entry.voice === 'active');
  return inner && inner.cue.entry.relation !== 'offers' ? 'ready for an act its own cue reads' : null;
}

/** Picks the reader for a cue: wrongs said of an actor, acts between two actors, else by the cue's voice. */
function readStatement(hit: CueHit, ctx: SentenceContext, draft: Draft): Reading {
  const { entry } = hit.cue;
  if (entry.relation === 'accuses' && entry.voice === 'nominal') return readNamedWrong(hit, ctx, draft);
  if (entry.relation === 'accuses' && entry.voice === 'passive') return readSaidWrong(hit, ctx, draft);
  if (namedCompound(hit, ctx.cueReading)) return readCompound(hit, ctx, draft);
  if (entry.relation === 'accuses' || entry.relation === 'meets') {
    // (null: aimed at a thing, the cue takes a stance on it and is read by its voice.)
    const between = readMeeting(hit, ctx, draft);
    if (between) return between;
  }
  return voiceReader(hit, ctx)(hit, ctx, draft);
}

function voiceReader(hit: CueHit, ctx: SentenceContext): Reader {
  switch (hit.cue.entry.voice) {
    case 'active': return readActive;
    case 'passive': return readPassive;
    case 'nominal': return readNominal;
    case 'predicate': return callingVerbBefore(ctx, hit.start) >= 0 ? readJudgement : readPredicate;
  }
}
