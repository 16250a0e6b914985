// Reads an obligation ("Russia must…", "Iran will have to…", "X will be hit with sanctions"): the actor obliged
// is the addressee and whoever says it is the source; with no actor obliged, the subject is the position
// ("talks with China must continue").
import type { CueHit } from '../cue-reading.ts';
import { CLAUSE_END } from '../clauses.ts';
import { actorsOf, mentionsIn, type SentenceContext } from '../context.ts';
import type { Mention } from '../../mentions/mentions.ts';
import { objectStart } from '../object-span.ts';
import { positionSpan, type Draft, type Reading } from '../reading.ts';
import { speakerBefore } from '../speaker.ts';
import { subjectOf, type Subject } from '../subject.ts';
import type { Tag } from '../../syntax/tags.ts';

/** Tags that may stand between a subject's name and its verb group: the rest of its noun phrase ("his Patriotic Front", "the rebels in Darfur"), adverbs. */
const SUBJECT_TAIL_TAGS = new Set<Tag>(['ADV', 'PROPN', 'NOUN', 'ADJ', 'DET', 'ADP', 'NUM', 'CCONJ', 'PRON']);

/** Tags of a subject that names a position: a noun phrase, maybe with a prepositional phrase ("talks with China"). */
const SUBJECT_PHRASE_TAGS = new Set<Tag>(['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'NUM']);

export function readPassive(hit: CueHit, ctx: SentenceContext, { st, end }: Draft): Reading {
  const span = positionSpan(objectStart(ctx, hit), end);
  const subj = obligedSubject(hit, ctx);
  if (subj && namesActors(ctx, subj)) {
    span.addressee = actorsOf(ctx, subj.mentions);
    st.sources = speakerBefore(ctx, subj.at);
  } else if (!subj && hit.cue.entry.subjectIsPosition) {
    // "talks with China must continue": no actor is obliged; what the subject names is what the speaker wants.
    const phrase = subjectPhrase(hit, ctx);
    if (!phrase) return { reason: 'no named subject' };
    span.subjectPosition = phrase;
    st.sources = speakerBefore(ctx, phrase[0]);
    st.rule += ' + the subject is the position';
  } else return { reason: 'no named subject' };
  // "Moscow will have to take measures", said by Putin: an obligation one's own side states is no demand.
  if (st.sources.some((s) => span.addressee.some((a) => ctx.input.sameSide(s, a)))) return { reason: 'an obligation the speaker\'s own side states' };
  return { span };
}

/**
 * The subject stands right before the verb group ("Russia must", "Iran will have to"), not inside a longer
 * phrase ("the U.S. ceasefire proposal …, but key details need to").
 */
function obligedSubject(hit: CueHit, ctx: SentenceContext): Subject | null {
  const near = subjectOf(ctx, hit.start);
  const between = near ? ctx.tags().slice(near.mentions[near.mentions.length - 1]!.end, hit.start) : [];
  const tailFrom = near ? near.mentions[near.mentions.length - 1]!.end : 0;
  const inPhrase = (t: Tag, n: number) => SUBJECT_TAIL_TAGS.has(t) && (t !== 'CCONJ' || /^(and|or)$/.test(ctx.tokens[tailFrom + n]!.lower));
  return near && between.every((t, n) => inPhrase(t, n) || ((t === 'AUX' || t === 'PART') && between.slice(n).every((u) => u === 'AUX' || u === 'PART' || u === 'ADV'))) ? near : null;
}

/**
 * "they must stop killing civilians": a third-person pronoun stands for the actor it resolves to; "we must" is the speaker's own side.
 * A quoted "they" counts when it stands for an actor this sentence names ("If the Taliban are sincere, then they must…").
 */
function namesActors(ctx: SentenceContext, subj: Subject): boolean {
  const namedHere = (m: Mention) => actorsOf(ctx, [m]).some((a) => ctx.mentions.some((x) => x.start < m.start && !x.pronoun && x.actor?.id === a.id));
  const named = subj.mentions.every((m) => !m.pronoun || (m.pronoun !== 'we' && m.pronoun !== 'i' && (!ctx.quoted[m.start] || namedHere(m))));
  return named && actorsOf(ctx, subj.mentions).length > 0;
}

/** The clause's subject as a phrase of common nouns before the cue, or null: "what has to be done", "one of the things", "the Council" name no position. */
function subjectPhrase(hit: CueHit, ctx: SentenceContext): [number, number] | null {
  const { tokens, lexicon } = ctx;
  let clause = hit.start;
  while (clause > 0 && !CLAUSE_END.has(tokens[clause - 1]!.text) && tokens[clause - 1]!.text !== '"' && tokens[clause - 1]!.text !== ',' && tokens[clause - 1]!.lower !== 'that' && !lexicon.speech.has(tokens[clause - 1]!.lower)) clause--;
  const tags = ctx.tags();
  // The head is the last noun before any preposition: "talks" in "talks with China".
  let h = clause;
  while (h + 1 < hit.start && tags[h + 1] !== 'ADP' && SUBJECT_PHRASE_TAGS.has(tags[h + 1]!)) h++;
  const nounPhrase = tags.slice(clause, hit.start).every((t) => SUBJECT_PHRASE_TAGS.has(t)) && tags[h] === 'NOUN' && !tokens[h]!.cap && !/^(one|all|some|many|most|each|what)$/.test(tokens[clause]!.lower);
  if (hit.start - clause < 2 || !nounPhrase || mentionsIn(ctx, clause, hit.start).some((m) => !m.modifier && tokens[m.start - 1]?.lower !== 'with')) return null;
  return [clause, hit.start];
}
