// Reads an act between two actors, a meeting ("met B", "talks between A and B", "A's talks with B") or an
// accusation ("accused B of", "blamed B for"): its holder or subject is one side, an actor after the cue the other.
import type { ActorRef } from '../../claims.ts';
import type { CueHit } from '../cue-reading.ts';
import { UNREALISED } from '../clauses.ts';
import { actorsOf, mentionsIn, type SentenceContext } from '../context.ts';
import type { Draft, Outcome } from '../reading.ts';
import { speakerBefore } from '../speaker.ts';
import { subjectOf, unknownSubject } from '../subject.ts';

/** The statement between two actors, why there is none, or null when the cue is aimed at a thing and takes a stance on it. */
export function readMeeting(hit: CueHit, ctx: SentenceContext, { st, end }: Draft): Outcome | null {
  const { tokens } = ctx;
  const { entry } = hit.cue;
  // "his talks with X", "Pakistan's talks with the IMF": a noun of meeting belongs to its holder; else to the
  // clause's subject ("Rubio led talks with", "X will join the talks with"), else to whoever says it
  // ("Pakistan said that discussions with the IMF are progressing").
  const meetingNoun = entry.relation === 'meets' && ctx.tags()[hit.start] === 'NOUN';
  // "leverage for future negotiations with China": talks not (yet) held are no meeting.
  if (meetingNoun && UNREALISED.has(tokens[hit.start - 1]?.lower ?? '')) return { reason: 'a meeting not held' };
  [st.sources, st.targets] = sides(hit, ctx, firstSide(hit, ctx, meetingNoun), otherSides(hit, ctx, end));
  st.targets = st.targets.filter((t) => !st.sources.some((s) => s.id === t.id));
  // "condemned the delay": aimed at a thing, not an actor, the cue takes a stance on it.
  const onPosition = entry.onPosition && st.sources.length && !st.targets.length && !mentionsIn(ctx, hit.end, end).length;
  if (onPosition) {
    st.relation = entry.onPosition!;
    st.plover = 'REJECT';
    st.cameo = '120';
    st.rule += ` + object is no actor: ${entry.onPosition}`;
    return null;
  }
  if (!st.sources.length || !st.targets.length) return { reason: 'no source or no other actor' };
  return { statement: st };
}

/** The actors after the cue. */
function otherSides(hit: CueHit, ctx: SentenceContext, end: number): ActorRef[] {
  const { tokens } = ctx;
  // "met in Brussels": a place after "in" or "at" is where, not whom.
  // "the U.S.-based lender": a name joined to a word by a hyphen describes something else.
  return actorsOf(ctx, mentionsIn(ctx, hit.end, end).filter((m) => (!m.modifier || hit.cue.entry.relation === 'meets') && tokens[m.end]?.text !== '-' && !/^(in|at|near|from|outside|inside)$/.test(tokens[m.start - 1]?.lower ?? '') && !/^(summit|talks|meeting|conference|forum|port|city|capital|border)$/.test(tokens[m.end]?.lower ?? '')));
}

/** Sources and targets: the first side and the first actor after the cue; of co-ordinated subjects who met, the first and the rest. */
function sides(hit: CueHit, ctx: SentenceContext, first: ActorRef[], after: ActorRef[]): [ActorRef[], ActorRef[]] {
  const meets = hit.cue.entry.relation === 'meets';
  // "talks between Britain and Mauritius": both sides follow the cue.
  const between = meets && ctx.tokens[hit.end - 1]!.lower === 'between';
  const sources = between && after.length > 1 ? [] : first;
  if (between && !sources.length) return [after.slice(0, 1), after.slice(1, 2)];
  if (meets && sources.length > 1) return [[sources[0]!], sources.slice(1)];
  return [sources, after.slice(0, 1)];
}

/** The side named before the cue: a meeting noun's holder, the clause's subject, or the speaker. */
function firstSide(hit: CueHit, ctx: SentenceContext, meetingNoun: boolean): ActorRef[] {
  const holder = meetingNoun ? ctx.mentions.find((m) => m.end === hit.start && m.possessive) : undefined;
  const subj = holder ? null : subjectOf(ctx, hit.start);
  return holder ? actorsOf(ctx, [holder]) : subj ? actorsOf(ctx, subj.mentions) : meetingNoun ? speakerBefore(ctx, hit.start) : unknownSubject(ctx, hit.start);
}
