// Reads an act between two actors, a meeting ("met B", "talks between A and B", "A's talks with B") or an
// accusation ("accused B of", "blamed B for"): its holder or subject is one side, an actor after the cue the other.
import type { ActorRef } from '../../claims.ts';
import type { Mention } from '../../mentions/mentions.ts';
import type { CueHit } from '../cue-reading.ts';
import { isNegation, REACTION_NOUNS, UNREALISED } from '../clauses.ts';
import { actorsOf, mentionsIn, type SentenceContext } from '../context.ts';
import type { Draft, Outcome } from '../reading.ts';
import type { Statement } from '../statement.ts';
import { speakerBefore } from '../speaker.ts';
import { subjectOf, unknownSubject } from '../subject.ts';

/** The statement between two actors, why there is none, or null when the cue is aimed at a thing and takes a stance on it. */
export function readMeeting(hit: CueHit, ctx: SentenceContext, { st, end }: Draft): Outcome | null {
  const { tokens } = ctx;
  const { entry } = hit.cue;
  // "his talks with X", "Pakistan's talks with the IMF": a noun of meeting belongs to its holder; else to the
  // clause's subject ("Rubio led talks with", "X will join the talks with"), else to whoever says it
  // ("Pakistan said that discussions with the IMF are progressing").
  if (entry.id === PAIR_CUE) return pairMeeting(hit, ctx, st);
  if (metWithReaction(hit, ctx)) return { reason: 'met with a reaction ("met with opposition"), not a meeting' };
  const meetingNoun = entry.relation === 'meets' && ctx.tags()[hit.start] === 'NOUN';
  // "leverage for future negotiations with China": talks not (yet) held are no meeting.
  if (meetingNoun && UNREALISED.has(tokens[hit.start - 1]?.lower ?? '')) return { reason: 'a meeting not held' };
  if (meetingNoun && wishedFor(hit, ctx)) return { reason: 'talks someone says must or should take place, not held' };
  if (meetingNoun && supposed(hit, ctx)) return { reason: 'a meeting only supposed ("would seek benefit from another meeting with")' };
  const others = RECEIVING.test(tokens[hit.start]!.lower) ? guestAfter(hit, ctx) : otherSides(hit, ctx, end);
  [st.sources, st.targets] = visitSides(hit, ctx) ?? callSides(hit, ctx) ?? sides(hit, ctx, firstSide(hit, ctx, meetingNoun), others);
  // (A person does not meet the state they speak for: "Rubio and other U.S. officials".)
  st.targets = st.targets.filter((t) => !st.sources.some((s) => ctx.input.sameSide(s, t)));
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

/** "met with opposition from China", "was met with fierce criticism": a reaction, not a meeting. */
function metWithReaction(hit: CueHit, ctx: SentenceContext): boolean {
  const { tokens } = ctx;
  const withAt = tokens[hit.start]!.lower === 'met' ? (tokens[hit.end - 1]!.lower === 'with' ? hit.end - 1 : tokens[hit.end]?.lower === 'with' ? hit.end : -1) : -1;
  if (withAt < 0) return false;
  let k = withAt + 1;
  while (k < withAt + 3 && /^(a|an|some|little|much|strong|fierce|stiff|widespread|broad|initial|mixed|immediate|no)$/.test(tokens[k]?.lower ?? '')) k++;
  return REACTION_NOUNS.has(tokens[k]?.lower ?? '');
}

/**
 * The lexicon's meeting nouns that are a cue only when a hyphenated pair names their sides ("U.S.-Ukraine talks");
 * nominal, so that a noun with no name before it is set aside before any tagging. (A modifier between, "U.S.-China
 * trade talks", is not read: a cue "trade talks" would hide "talks with" in "peace talks with Ukraine".)
 */
const PAIR_CUE = 'meet-pair';

/** "U.S.-Ukraine talks in Jeddah", "the U.S.-Russia negotiations": the two names joined by a hyphen are the sides. */
function pairMeeting(hit: CueHit, ctx: SentenceContext, st: Statement): Outcome {
  const { tokens } = ctx;
  const second = ctx.mentions.find((m) => m.end === hit.start && !m.possessive && !m.pronoun);
  const first = second && /^[-\u2013]$/.test(tokens[second.start - 1]?.text ?? '') ? ctx.mentions.find((m) => m.end === second.start - 1 && !m.pronoun) : undefined;
  if (!first || !second) return { reason: 'a meeting noun with no pair of sides before it ("A-B talks")' };
  // "no U.S.-Iran talks", "future U.S.-Iran talks": talks not held are no meeting.
  const before = tokens[first.start - 1];
  if (before && (UNREALISED.has(before.lower) || isNegation(before))) return { reason: 'a meeting not held' };
  st.sources = actorsOf(ctx, [first]);
  st.targets = actorsOf(ctx, [second]).filter((t) => !st.sources.some((s) => s.id === t.id));
  return st.sources.length && st.targets.length ? { statement: st } : { reason: 'no source or no other actor' };
}

/** "talks with China must continue", "negotiations with Iran should resume": the talks are the subject of an obligation. */
function wishedFor(hit: CueHit, ctx: SentenceContext): boolean {
  const tags = ctx.tags();
  const verb = tags.findIndex((t, k) => k >= hit.end && (t === 'AUX' || t === 'VERB'));
  return verb >= 0 && !ctx.tokens.slice(hit.end, verb).some((t) => t.punct) && /^(must|should|ought|need|needs)$/.test(ctx.tokens[verb]!.lower);
}

/** "Trump would seek benefit from another meeting with Kim": a meeting noun in a clause of "would" is only supposed. */
function supposed(hit: CueHit, ctx: SentenceContext): boolean {
  for (let k = hit.start - 1; k >= 0 && !/^[,;:.!?"]$/.test(ctx.tokens[k]!.text); k--) {
    if (ctx.tokens[k]!.lower === 'would') return true;
  }
  return false;
}

/** Verbs that are a meeting only with a guest as their object ("Erdogan received Putin", not "received weapons from X"). */
const RECEIVING = /^(received|receives|receiving)$/;

/** The guest right after a verb of receiving ("received Putin", "received the Russian delegation"), not a possessor or a modifier ("received Russia's request", "Russian arms"). */
function guestAfter(hit: CueHit, ctx: SentenceContext): Mention[] {
  const at = ctx.tokens[hit.end]?.lower === 'the' ? hit.end + 1 : hit.end;
  const m = ctx.mentions.find((x) => x.start === at && !x.possessive && !x.modifier && !x.pronoun);
  return m && ctx.tokens[m.end]?.text !== '-' ? [m] : [];
}

/** The mentions of actors after the cue. */
function otherSides(hit: CueHit, ctx: SentenceContext, until: number): Mention[] {
  const { tokens } = ctx;
  // "phoned to say that Peru…", "met to discuss Iran": what the meeting is for or about names no party to it.
  // (An accusation's "alleged that X…" names its target there.)
  const purpose = hit.cue.entry.relation !== 'meets' ? -1 : tokens.findIndex((t, k) => k >= hit.end && k < until && ((t.lower === 'to' && ctx.tags()[k + 1] === 'VERB') || t.lower === 'that'));
  const end = purpose >= 0 ? purpose : until;
  // "met in Brussels": a place after "in" or "at" is where, not whom.
  // "the U.S.-based lender": a name joined to a word by a hyphen describes something else.
  // ("met their Ukrainian counterparts": the possessive pronoun is the subject's own side.)
  return mentionsIn(ctx, hit.end, end).filter((m) => (!m.modifier || hit.cue.entry.relation === 'meets') && !(m.pronoun && m.possessive) && tokens[m.end]?.text !== '-' && !/^(in|at|near|from|outside|inside)$/.test(tokens[m.start - 1]?.lower ?? '') && !/^(summit|talks|meeting|conference|forum|port|city|capital|border)$/.test(tokens[m.end]?.lower ?? ''));
}

/** The first mention and those co-ordinated with it ("met with Erdogan and Macron", "accused Chile and Bolivia of"). */
function withConjuncts(ctx: SentenceContext, ms: Mention[]): Mention[] {
  const out = ms.slice(0, 1);
  for (const m of ms.slice(1)) {
    const between = ctx.tokens.slice(out[out.length - 1]!.end, m.start).map((t) => t.lower);
    if (!between.length || !between.every((w) => w === 'and' || w === ',' || w === 'the')) break;
    out.push(m);
  }
  return out;
}

/** Sources and targets: the first side and the first actor after the cue; of co-ordinated subjects who met, the first and the rest. */
function sides(hit: CueHit, ctx: SentenceContext, first: ActorRef[], after: Mention[]): [ActorRef[], ActorRef[]] {
  const meets = hit.cue.entry.relation === 'meets';
  // "talks between Britain and Mauritius": both sides follow the cue.
  const between = meets && ctx.tokens[hit.end - 1]!.lower === 'between';
  const sources = between && after.length > 1 ? [] : first;
  if (between && !sources.length) return [actorsOf(ctx, after.slice(0, 1)), actorsOf(ctx, after.slice(1, 2))];
  // ("He and other U.S. officials held talks with Russian officials": with another side named, all met it.)
  if (meets && sources.length > 1 && !after.length) return [[sources[0]!], sources.slice(1)];
  return [sources, actorsOf(ctx, withConjuncts(ctx, after))];
}

/** The side named before the cue: a meeting noun's holder, the clause's subject, or the speaker. */
function firstSide(hit: CueHit, ctx: SentenceContext, meetingNoun: boolean): ActorRef[] {
  const holder = meetingNoun ? ctx.mentions.find((m) => m.end === hit.start && m.possessive) : undefined;
  const subj = holder ? null : subjectOf(ctx, hit.start);
  return holder ? actorsOf(ctx, [holder]) : subj ? actorsOf(ctx, subj.mentions) : meetingNoun ? speakerBefore(ctx, hit.start) : unknownSubject(ctx, hit.start);
}

/** Prepositions that open a meeting named as an adverbial: "in a phone call", "by video link", "during the visit". */
const ADVERBIAL = /^(in|by|on|over|during)$/;
/** Words of time that may stand between such an adverbial and its "with" ("by video link last week with"). */
const WITH_REACH = 4;

/**
 * A meeting named by an adverbial of the verb: "A told B in phone conversations" (B, the verb's object, is the
 * other side), "A spoke by video link last week with B", "A and B spoke by phone" (co-ordinated subjects); null
 * for other cues. "A said in a phone call that B…" names no other side: what is said about B is no meeting.
 */
function callSides(hit: CueHit, ctx: SentenceContext): [ActorRef[], ActorRef[]] | null {
  const { tokens } = ctx;
  if (!ADVERBIAL.test(tokens[hit.start]!.lower)) return null;
  const w = tokens.slice(hit.end, hit.end + WITH_REACH + 1).findIndex((t) => t.lower === 'with' || t.punct);
  const withAt = w >= 0 && tokens[hit.end + w]!.lower === 'with' ? hit.end + w : -1;
  const objects = withAt < 0 ? objectBefore(ctx, hit.start) : [];
  const verbAt = objects.length ? objects[0]!.start - 1 : hit.start;
  const subject = subjectOf(ctx, verbAt);
  const sources = subject ? actorsOf(ctx, subject.mentions) : [];
  if (withAt >= 0) return [sources.slice(0, 1), withSide(ctx, withAt)];
  if (objects.length) return [sources, actorsOf(ctx, objects)];
  return sources.length > 1 ? [sources.slice(0, 1), sources.slice(1)] : [sources, []];
}

/** The actor after "with": a name before a describing one ("with his French counterpart Emmanuel Macron": Macron). */
function withSide(ctx: SentenceContext, withAt: number): ActorRef[] {
  const near = ctx.mentions.filter((m) => m.start > withAt && m.start <= withAt + WITH_REACH + 1 && !ctx.tokens.slice(withAt, m.start).some((t) => t.punct));
  const named = near.find((m) => m.actor?.actorType === 'person') ?? near.find((m) => !m.modifier && !m.pronoun) ?? near[0];
  return named ? actorsOf(ctx, [named]) : [];
}

/** The actors a verb takes as its object right before `at` ("told Trump", "told Sheinbaum and Trudeau"), or none. */
function objectBefore(ctx: SentenceContext, at: number): Mention[] {
  const { tokens, mentions } = ctx;
  const objects: Mention[] = [];
  for (let k = at; ; ) {
    const m = mentions.find((x) => x.end === k && !x.possessive && !x.modifier && !x.pronoun);
    if (!m) return [];
    objects.unshift(m);
    k = m.start;
    if (ctx.tags()[k - 1] === 'VERB') return objects;
    if (!/^(and|,)$/.test(tokens[k - 1]?.lower ?? '')) return [];
    k--;
  }
}

/** "a visit by Starmer to the White House": the visitor after "by" (or "of") meets the host after "to"; null for other cues. */
function visitSides(hit: CueHit, ctx: SentenceContext): [ActorRef[], ActorRef[]] | null {
  const { tokens } = ctx;
  // ("During a visit by Starmer…": the cue may end at "visit", before its "by".)
  const by = /^(by|of)$/.test(tokens[hit.end - 1]!.lower) ? hit.end : hit.end + 1;
  if (!/^visits?$/.test(tokens[by - 2]!.lower) || !/^(by|of)$/.test(tokens[by - 1]?.lower ?? '')) return null;
  const visitor = ctx.mentions.find((m) => m.start === by && !m.possessive);
  const to = visitor && tokens[visitor.end]?.lower === 'to' ? visitor.end + 1 : -1;
  const host = ctx.mentions.find((m) => m.start === to || (m.start === to + 1 && tokens[to]!.lower === 'the'));
  return [visitor ? actorsOf(ctx, [visitor]) : [], host ? actorsOf(ctx, [host]) : []];
}
