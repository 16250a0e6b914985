// Reads an intention ("seeks to", "is looking to"): a stance only in its holder's own words or the writer's,
// never one another side ascribes ("Russia seeks to challenge the system, Blinken said").
import type { CueHit } from '../cue-reading.ts';
import { actorsOf, type SentenceContext } from '../context.ts';
import { speakerBefore } from '../speaker.ts';
import { subjectOf } from '../subject.ts';

/** Why an intention cue gives no stance, or null when it may give one. */
export function intentionSkip(hit: CueHit, ctx: SentenceContext): string | null {
  if (!hit.cue.entry.intention) return null;
  if (ctx.tokens[hit.end - 1]!.lower === 'to' && ctx.tags()[hit.end] !== 'VERB') return '"to" takes no verb: no intention';
  const subj = subjectOf(ctx, hit.start);
  const holders = subj ? actorsOf(ctx, subj.mentions) : [];
  const speakers = subj ? speakerBefore(ctx, hit.start).filter((a) => !holders.some((h) => ctx.input.sameSide(a, h))) : [];
  return speakers.length ? 'an intention another side ascribes' : null;
}
