// Reads a cue in the active voice ("Russia demanded…", "called a private meeting", "acted to prevent X from…"):
// its subject is the source; a noun in the cue, the cue's own verb phrase or an addressee shapes the position.
import type { ActorRef } from '../../claims.ts';
import type { CueHit } from '../cue-reading.ts';
import { actorsOf, resolved, type SentenceContext } from '../context.ts';
import { readAddressee } from '../addressee.ts';
import { objectStart } from '../object-span.ts';
import { positionSpan, type Draft, type PositionSpan, type Reading } from '../reading.ts';
import { speakerBefore } from '../speaker.ts';
import { subjectOf, unknownSubject } from '../subject.ts';
import { readDirective } from './directive.ts';

export function readActive(hit: CueHit, ctx: SentenceContext, { st, end }: Draft): Reading {
  const span = positionSpan(objectStart(ctx, hit), end);
  st.sources = activeSources(hit, ctx);
  // "called a private meeting": a cue that ends in a noun names the position itself; it opens the label.
  const nounAt = nounCueStart(hit, ctx);
  if (nounAt >= 0) span.from = nounAt;
  if (hit.cue.entry.labelFromCue) {
    const reason = readVerbPhrase(hit, ctx, span);
    if (reason) return { reason };
  }
  readAddressee(ctx, hit, span);
  return readDirective(hit, ctx, span, nounAt >= 0);
}

/** The subject of the cue's clause, the speaker of a quotation, or an unknown name before the cue. */
function activeSources(hit: CueHit, ctx: SentenceContext): ActorRef[] {
  // The purpose infinitive's subject is its main verb's ("Trump is keeping tariffs on X to pressure them").
  const mainVerb = ctx.tokens[hit.start - 1]?.lower === 'to' && ctx.cueReading.purpose(hit.start - 1) ? ctx.tags().lastIndexOf('VERB', hit.start - 2) : -1;
  const subj = subjectOf(ctx, mainVerb > 0 ? mainVerb : hit.start);
  return subj ? actorsOf(ctx, subj.mentions) : ctx.quoted[hit.start] ? speakerBefore(ctx, hit.start) : unknownSubject(ctx, hit.start);
}

/** Where the noun phrase that ends a cue of several words starts ("a private meeting"), or -1. */
function nounCueStart(hit: CueHit, ctx: SentenceContext): number {
  if (hit.end - hit.start <= 1 || ctx.tags()[hit.end - 1] !== 'NOUN') return -1;
  let k = hit.end - 1;
  while (k > hit.start && /^(DET|ADJ|NOUN)$/.test(ctx.tags()[k - 1]!)) k--;
  return k > hit.start ? k : -1;
}

/**
 * "to prevent Iran from acquiring a weapon": the cue's verb opens the label, its object is the addressee.
 * Returns why the cue gives no statement, or null.
 */
function readVerbPhrase(hit: CueHit, ctx: SentenceContext, span: PositionSpan): string | null {
  const { tokens } = ctx;
  // The label opens with the cue's verb: "prevent" in "in order to prevent", "cut" in "cut off".
  const verb = ctx.tags().findIndex((t, k) => k >= hit.start && k < hit.end && t === 'VERB');
  span.from = verb >= 0 ? verb : hit.end - 1;
  const obj = ctx.mentions.find((m) => m.start === hit.end && !m.possessive);
  // "reduced flights to stop the spread of the virus" is a purpose; "to prevent Iran from…" names whom it is aimed at.
  if (!obj && hit.cue.entry.relation === 'demands') return 'nobody is to be prevented from anything';
  if (obj) span.addressee = resolved(ctx, obj);
  // The verb phrase ends at its clause's first comma ("…a weapon, including sanctions").
  const comma = tokens.findIndex((t, k) => k > hit.end && k < span.to && t.text === ',');
  if (comma > 0) span.to = comma;
  span.cueLabel = { pronoun: obj?.pronoun ? obj : undefined };
  return null;
}
