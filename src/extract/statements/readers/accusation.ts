// Reads a wrong said of an actor: a noun of wrongdoing with its holder ("Russia's illegal aggression") or a
// verb of wrongdoing with its subject ("the American side has violated the agreement"); whoever says so
// accuses the wrongdoer.
import type { CueHit } from '../cue-reading.ts';
import { actorsOf, type SentenceContext } from '../context.ts';
import type { Draft, Outcome } from '../reading.ts';
import { speakerBefore } from '../speaker.ts';
import { subjectOf } from '../subject.ts';

/** "in the face of Russia's illegal aggression", said by Canada's minister: the speaker accuses the holder. */
export function readNamedWrong(hit: CueHit, ctx: SentenceContext, { st }: Draft): Outcome {
  const wrongdoer = ctx.mentions.find((m) => m.end === hit.start && (m.possessive || m.modifier) && !m.pronoun);
  st.targets = wrongdoer ? actorsOf(ctx, [wrongdoer]) : [];
  st.sources = wrongdoer ? speakerBefore(ctx, hit.start).filter((a) => !st.targets.some((t) => ctx.input.sameSide(a, t))) : [];
  if (!st.sources.length || !st.targets.length) return { reason: 'no wrongdoer or nobody saying so' };
  st.rule += ' + said of its holder';
  return { statement: st };
}

/** "the American side has violated the agreement", said by the Taliban: whoever says an actor did wrong accuses it. */
export function readSaidWrong(hit: CueHit, ctx: SentenceContext, { st }: Draft): Outcome {
  const subj = subjectOf(ctx, hit.start);
  const wrongdoers = subj && subj.mentions.every((m) => m.pronoun !== 'we' && m.pronoun !== 'i') ? actorsOf(ctx, subj.mentions) : [];
  st.sources = subj ? speakerBefore(ctx, subj.at) : [];
  st.targets = wrongdoers.filter((w) => !st.sources.some((s) => ctx.input.sameSide(s, w)));
  if (!st.sources.length || !st.targets.length) return { reason: 'no wrongdoer or nobody saying so' };
  st.rule += ' + said of an actor';
  return { statement: st };
}
