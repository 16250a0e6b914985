// Decides whether a cue in a sentence is an act of its subject ("Russia demands…") or something that
// only looks like one: a noun ("the demand"), a participle ("a threatened victim"), a negated or hedged
// verb, an infinitive governed by another verb. Returns the relation it reads, or why it reads none.
import type { CompiledCue, Lexicon } from '../lexicon.ts';
import type { Mention } from '../mentions/mentions.ts';
type Relation = CompiledCue['entry']['relation'];
import { ARTICLES, BE, holderOfNoun, isNegation, NO_STANCE_VERBS, NOUN_VERBS, PREPOSITIONS, SPEECH_ACT_NOUNS, VERB_LEAD, WANTING } from './clauses.ts';
import type { Tag } from '../syntax/tags.ts';
import { penaltyVerbBefore } from './penalty-object.ts';
import type { Token } from '../tokens.ts';

export interface CueHit {
  cue: CompiledCue;
  start: number;
  end: number;
}

export interface CueContext {
  tokens: Token[];
  mentions: Mention[];
  /** hedge phrases found in the sentence ("has not said whether") */
  hedged: Array<{ start: number; end: number }>;
  /** the lexicon's negations found in the sentence ("not", "refused to", "no intention of") */
  negations: Array<{ start: number; end: number }>;
  /** part-of-speech tags, computed on first use */
  tags: () => Tag[];
  /** verbs whose infinitive is their subject's own act ("continue to", "decided to") */
  carriers: Set<string>;
  /** is the "to" at this index a purpose infinitive of the clause's subject? */
  purpose: (to: number) => boolean;
  /** verbs whose penalty-noun object is their subject's act ("ramped up sanctions") */
  penaltyVerbs: Set<string>;
}

export function findCues(tokens: Token[], lexicon: Lexicon): CueHit[] {
  const hits: CueHit[] = lexicon.cueIndex.matches(tokens).map((m) => ({ cue: m.value, start: m.start, end: m.end }));
  // Longest first; at the same span, a verb reading beats a nominal one.
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || (a.cue.entry.voice === 'nominal' ? 1 : 0) - (b.cue.entry.voice === 'nominal' ? 1 : 0));
  const kept: CueHit[] = [];
  // A verb and a noun reading of the same words ("its demand", "they demand") are both kept: the
  // checks below let through only the reading that fits.
  for (const h of hits) {
    if (!kept.some((k) => h.start < k.end && k.start < h.end && !(k.start === h.start && k.end === h.end && k.cue.entry.voice !== h.cue.entry.voice))) kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Tags before which a noun-tagged cue is part of a noun phrase. */
const NOUN_CONTEXT = new Set<Tag>(['DET', 'ADJ', 'NOUN', 'NUM', 'PROPN']);

/** The nearest word before `at`, past quote marks (and adverbs, if asked). */
function lastWordBefore(tokens: Token[], at: number, skipAdverbs = false): number {
  let k = at - 1;
  while (k >= 0 && (tokens[k]!.text === '"' || (skipAdverbs && /ly$/.test(tokens[k]!.lower)))) k--;
  return k;
}

/**
 * "keeping tariffs in place to pressure them": an infinitive after a verb's object is the purpose of its subject, who
 * acts; one right after a verb or adjective ("designed to blame", "ready to") is that verb's complement.
 */
export function isPurpose(to: number, tokens: Token[], tags: Tag[], takers: Set<string>, isCue: (i: number) => boolean): boolean {
  if (!/^(NOUN|PROPN|PRON|ADV|NUM)$/.test(tags[to - 1] ?? '') || takers.has(tokens[to - 1]!.lower)) return false;
  // The main verb: the nearest verb before, within the clause. "urged Russia on Friday to accept", "persuade
  // manufacturers to close": the infinitive completes a verb that takes one (a cue, or the lexicon's takers).
  let v = to - 1;
  while (v >= 0 && tags[v] !== 'VERB' && !/^[;:.]$/.test(tokens[v]!.text)) v--;
  return v >= 0 && tags[v] === 'VERB' && !takers.has(tokens[v]!.lower) && !isCue(v);
}

/** The relation a cue reads in its sentence, or the reason it reads none. */
export function readCue(hit: CueHit, ctx: CueContext): { relation: Relation } | { reason: string } {
  const { tokens } = ctx;
  if (hit.start > 0 && tokens[hit.start]!.cap && !/^["(:\-]$/.test(tokens[hit.start - 1]!.text) && !afterHeading(tokens, hit.start)) return { reason: 'a name, not a verb (capitalised)' };
  const polarity = cuePolarity(hit, ctx);
  if ('reason' in polarity) return polarity;
  const { voice } = hit.cue.entry;
  const reason = lookAlike(hit, ctx, polarity.veiled) ?? notWanting(hit, ctx)
    ?? (voice === 'active' ? activeWordClass(hit, ctx) ?? activeForm(hit, ctx) ?? activeInfinitive(hit, ctx) : null)
    ?? (voice === 'nominal' ? nominalHolder(hit, ctx) : null)
    ?? taggedNoun(hit, ctx);
  return reason ? { reason } : { relation: polarity.relation };
}

/** Words a sub-heading may have before the sentence it is glued to ("Sovereignty negotiations Negotiations between…"). */
const HEADING_WORDS = 4;

/**
 * A capitalised cue right after a lower-case word near the start opens a sentence glued to its sub-heading: a name
 * does not start after a bare lower-case noun there ("Trump approval During a visit…").
 */
function afterHeading(tokens: Token[], at: number): boolean {
  const prev = tokens[at - 1]!;
  return at <= HEADING_WORDS && tokens[0]!.cap && /^[a-z]+$/.test(prev.text) && !ARTICLES.has(prev.lower) && !PREPOSITIONS.has(prev.lower) && !/^(and|or)$/.test(prev.lower) && tokens.slice(0, at).every((t) => !t.punct);
}

/** Negation, non-commitment and possibility: the relation they leave the cue (a negated acceptance rejects), or why it has none. */
function cuePolarity(hit: CueHit, ctx: CueContext): { relation: Relation; veiled: boolean } | { reason: string } {
  const { tokens, hedged, negations } = ctx;
  const { entry } = hit.cue;
  const prev = tokens[hit.start - 1];
  // Negation and non-commitment: "did not rule out", "has not said whether it will accept".
  // A negation of the lexicon ending at most three words before the cue, or a contracted "n't", governs it.
  const window = tokens.slice(Math.max(0, hit.start - 3), hit.start);
  const negated = negations.some((n) => n.end <= hit.start && n.end >= hit.start - 3 && !tokens.slice(n.end, hit.start).some((t) => /^[,;:.]$/.test(t.text))) || window.some(isNegation);
  let relation: Relation = entry.relation;
  if (negated && entry.voice !== 'predicate') {
    // "will not accept" and "does not support" are rejections; any other negated cue says nothing.
    const acceptance = entry.relation === 'accepts' && /^(accept|agree|approv|sign|ratif)/.test(tokens[hit.start]!.lower);
    if (!(acceptance || entry.relation === 'supports') || hedged.some((h) => h.end <= hit.start)) return { reason: 'negated' };
    // "Russia has not agreed to the ceasefire": not yet agreed is still open, no refusal.
    if (acceptance && window.some((t) => /^(has|have|had|hasn't|haven't|hadn't)$/.test(t.lower))) return { reason: 'not (yet) accepted, no refusal' };
    relation = 'rejects';
  }
  if (entry.voice === 'predicate' && (negations.some((n) => n.end <= hit.start && n.end >= hit.start - 2) || (prev && isNegation(prev)))) return { reason: 'negated' };
  if (hedged.some((h) => h.end <= hit.start && hit.start - h.end <= 8)) return { reason: 'non-committal (hedged)' };
  // "could accept a minimal deal": a possibility, not a commitment (threats are modal by nature).
  // "it could retaliate with tariffs": a penalty its own holder says is possible is a veiled threat.
  const possible = tokens.slice(Math.max(0, hit.start - 2), hit.start).some((t) => /^(could|might|may)$/.test(t.lower));
  const veiled = possible && entry.relation === 'imposes' && relation === 'imposes';
  if (veiled) relation = 'threatens';
  if (entry.relation !== 'threatens' && possible && !veiled) return { reason: 'a possibility ("could", "might", "may")' };
  return { relation, veiled };
}

/** Any voice: a participle describing a noun, half of a compound adjective, a modal's clause, a free relative, a denial of a statement. */
function lookAlike(hit: CueHit, ctx: CueContext, veiled: boolean): string | null {
  const { tokens, tags } = ctx;
  const { entry } = hit.cue;
  const prev = tokens[hit.start - 1];
  // "detailed prohibited transfers": a participle before its noun describes it.
  const next = tokens[hit.end];
  // (After a determiner, an adjective or another verb: "the banned group", "detailed prohibited transfers".)
  if (hit.end - hit.start === 1 && /ed$/.test(tokens[hit.start]!.lower) && next && /^[a-z]/.test(next.text) && tags()[hit.end] === 'NOUN'
    && (tags()[hit.start] === 'ADJ' || /^(VERB|DET|ADJ)$/.test(tags()[hit.start - 1] ?? ''))) return 'a participle describing a noun';
  // "a U.S.-proposed ceasefire": the cue is half of a compound adjective, its act the named holder's (read as active).
  if ((prev?.text === '-' || prev?.text === '\u2013') && !namedCompound(hit, ctx)) return 'part of a compound adjective';
  // "could either return to threats … or accept a deal": the modal governs every verb of its clause.
  if (entry.relation !== 'threatens' && !veiled) {
    for (let k = hit.start - 1; k >= 0 && !/^[,;:.!?"]$/.test(tokens[k]!.text); k--) {
      if (/^(could|might|may)$/.test(tokens[k]!.lower)) return 'a possibility ("could", "might", "may")';
    }
  }
  // "for what he called a wonderful meeting": a free relative names, it does not act.
  if (tokens.slice(Math.max(0, hit.start - 3), hit.start).some((t) => t.lower === 'what') && !tokens.slice(Math.max(0, hit.start - 3), hit.start).some((t) => /^[,;:]$/.test(t.text))) return 'inside a "what" clause';
  // "denied that it seeks weapons", "denied it wants": a denial of a statement takes no stance on a position.
  if (entry.relation === 'rejects' && /^den(y|ied|ies|ying)$/.test(tokens[hit.start]!.lower) && (/^(that|it|they|he|she|we|having|any|ever)$/.test(tokens[hit.end]?.lower ?? '') || tags()[hit.end] === 'ADP')) return 'the denial of a statement';
  return null;
}

/**
 * "does not want to meet with Kim" rejects the meeting, but "did not want to be identified" is a wish about oneself,
 * "don't want to talk about it" declines to discuss, "I do not want to do this" names no act, and "or you don't
 * want to end this war" addresses anyone.
 */
function notWanting(hit: CueHit, ctx: CueContext): string | null {
  const { tokens } = ctx;
  if (hit.cue.entry.relation !== 'rejects' || !tokens.slice(hit.start, hit.end).some((t) => WANTING.has(t.lower))) return null;
  const verb = tokens[hit.end]?.lower === 'to' ? tokens[hit.end + 1]?.lower ?? '' : '';
  if (BE.has(verb)) return 'a wish about oneself ("not want to be")';
  if (NO_STANCE_VERBS.has(verb)) return 'declines to discuss or names no act ("not want to talk about", "to do this")';
  let k = hit.start - 1;
  while (k >= 0 && /^(does|do|did|still|just|really|simply)$/.test(tokens[k]!.lower)) k--;
  return tokens[k]?.lower === 'you' ? 'said of "you", anyone' : null;
}

/** An active cue that is another word class: a particle, a noun, a passive participle, an adjective, an obligation. */
function activeWordClass(hit: CueHit, ctx: CueContext): string | null {
  const { tokens, mentions, tags } = ctx;
  const prev = tokens[hit.start - 1];
  // "come back to the Oval Office": "back" after a verb or adverb is a particle, not support.
  if (/^back$/.test(tokens[hit.start]!.lower) && !mentions.some((m) => m.end === hit.start && !m.modifier) && !(prev && /^(will|would|could|should|may|might|must|can|did|does|do|also|not|they|he|she|we|it|who|which|to)$/.test(prev.lower))) return 'a particle ("come back")';
  if (NOUN_VERBS.test(tokens[hit.start]!.lower)) {
    const afterSubject = mentions.some((m) => m.end === hit.start && !m.modifier && !m.possessive) || (!!prev && VERB_LEAD.test(prev.lower)) || (!!prev && /ly$/.test(prev.lower));
    const beforeVerb = /^(is|are|was|were|will|would|has|have|had|could|should|may|might|can|must)$/.test(tokens[hit.end]?.lower ?? '');
    // After a number or a sign ("a 25% levy") it is a noun too.
    const nounContext = prev && (!prev.punct ? !afterSubject : !/^[,;:"(]$/.test(prev.text));
    if (prev && (nounContext || beforeVerb)) return 'a noun, not a verb';
  }
  // "forces supported by militias": a passive participle; its agent follows "by".
  if (/ed$/.test(tokens[hit.start]!.lower) && tokens[hit.end]?.lower === 'by' && (!prev || prev.punct || !VERB_LEAD.test(prev.lower))) return 'a passive participle';
  // "offered no evidence": nothing is offered; "behind closed doors": an adjective after a preposition.
  if (/^(no|nothing|none)$/.test(tokens[hit.end]?.lower ?? '')) return 'its object is "no …"';
  // "In announcing the sanctions", "after imposing tariffs": an -ing form after a preposition is a gerund, an act.
  if (prev && PREPOSITIONS.has(prev.lower) && !/^(to|for|by)$/.test(prev.lower) && !(/ing$/.test(tokens[hit.start]!.lower) && tags()[hit.start] === 'VERB')) return 'an adjective after a preposition';
  // "Y must agree to…": an obligation someone states, not Y's act (the "must" cue reads it).
  if (prev && /^(must|should|ought)$/.test(prev.lower)) return 'an obligation, not an act';
  return null;
}

/** An active cue whose form is no act of a subject: an -ing form describing a noun, a participle, a noun of stance, a view reported. */
function activeForm(hit: CueHit, ctx: CueContext): string | null {
  const { tokens, mentions, tags } = ctx;
  const { entry } = hit.cue;
  const prev = tokens[hit.start - 1];
  const prev2 = tokens[hit.start - 2];
  // "a threatened victim", "is banned": participles and passives are not the actor's act.
  const adjectival = /^(open|willing|ready|prepared|committed)$/.test(tokens[hit.start]!.lower);
  const progressive = /ing$/.test(tokens[hit.start]!.lower);
  // "gangs seeking ransoms": an -ing form after a noun describes the noun, not the subject's act.
  const speechActNoun = prev && SPEECH_ACT_NOUNS.has(prev.lower);
  if (progressive && prev && !speechActNoun && entry.relation !== 'meets' && /^[a-z]/.test(prev.text) && !BE.has(prev.lower) && !/^(also|still|now|and|repeatedly|increasingly|openly)$/.test(prev.lower) && !/ly$/.test(prev.lower)) return 'an -ing form describing a noun';
  // "a resolution … calling for a probe": an -ing form without an auxiliary is not the subject's act.
  // "is \"flagrantly\" defying": the auxiliary may stand before adverbs and quote marks.
  const aux = tags()[lastWordBefore(tokens, hit.start, true)] === 'AUX';
  const gerund = !!prev && PREPOSITIONS.has(prev.lower) && tags()[hit.start] === 'VERB';
  // "The House voted 368-7, urging an investigation": a participle clause after a comma is its main subject's act.
  const participleClause = prev?.text === ',' && tags()[hit.start] === 'VERB';
  if (progressive && entry.relation !== 'meets' && !aux && !gerund && !participleClause && !(prev && (BE.has(prev.lower) || speechActNoun || /^(been|be|am|'re|'s)$/.test(prev.lower)))) return 'an -ing form without an auxiliary';
  // "Britain's proposed deal", "a wake-up call for": an adjective or a noun, not a verb.
  if (prev && entry.relation !== 'meets' && mentions.some((m) => m.end === hit.start && m.possessive)) return 'an adjective after a possessive';
  if (prev && !prev.cap && /^(wake-up|new|renewed|repeated|growing|latest|fresh|similar|urgent|public|international|earlier)$/.test(prev.lower)) return 'a noun, not a verb';
  if (prev && (ARTICLES.has(prev.lower) || (BE.has(prev.lower) && !adjectival && !progressive)) && entry.relation !== 'meets') return 'a participle or noun (after an article or "to be")';
  // "allow that…", "accept that…" report a view; only "agreed that…" is an agreement.
  if (entry.relation === 'accepts' && tokens[hit.end]?.lower === 'that' && !tokens[hit.start]!.lower.startsWith('agree')) return 'reports a view ("… that")';
  // "support for dictators", "backing for": a noun, not the act of a subject.
  if (tokens[hit.end]?.lower === 'for' && entry.relation === 'supports' && !mentions.some((m) => m.end === hit.start)) return 'a noun ("support for")';
  // "U.S. support for the island": a base form right after a name, before "for" or "of", is a noun.
  if (/^(support|demand|call|offer|backing|pledge|promise|request|threat)$/.test(tokens[hit.start]!.lower) && /^(for|of)$/.test(tokens[hit.end]?.lower ?? '') && mentions.some((m) => m.end === hit.start && !m.pronoun)) return 'a noun ("U.S. support for")';
  if (prev && BE.has(prev2?.lower ?? '') && /ly$/.test(prev.lower)) return 'a participle';
  return null;
}

/** An active cue in an infinitive another verb governs, or an intention read as a demand. */
function activeInfinitive(hit: CueHit, ctx: CueContext): string | null {
  const { tokens, tags } = ctx;
  const prev = tokens[hit.start - 1];
  const prev2 = tokens[hit.start - 2];
  // "designed to blame", "to discuss": an infinitive belongs to the verb that governs it.
  // "will continue to exert", "decided to impose": verbs of phase and decision carry their subject's act.
  if (prev?.lower === 'to' && !hit.cue.patterns.some((p) => p.head === 'to') && !ctx.carriers.has(prev2?.lower ?? '') && !ctx.purpose(hit.start - 1)) return 'an infinitive governed by another verb';
  // "threatened to close or suspend operations": the second verb of a co-ordinated infinitive is governed alike.
  if (/^(and|or)$/.test(prev?.lower ?? '') && tags()[hit.start - 2] === 'VERB' && tokens[hit.start - 3]?.lower === 'to' && !ctx.carriers.has(tokens[hit.start - 4]?.lower ?? '') && !ctx.purpose(hit.start - 3)) return 'an infinitive governed by another verb';
  // "wants to VERB" / "seeks to VERB": an intention, not a demand on anyone.
  if (hit.cue.entry.relation === 'demands' && tokens[hit.end]?.lower === 'to' && !/^(see|talks)$/.test(tokens[hit.end + 1]?.lower ?? '')) return 'an intention ("wants to …"), not a demand';
  return null;
}

/** A nominal cue needs a named holder: "demands of X" names it; a bare "demands" needs a possessor ("Russia's demands", "Russian demands"). */
function nominalHolder(hit: CueHit, ctx: CueContext): string | null {
  const { tokens, mentions } = ctx;
  const linked = /^(of|by|from)$/.test(tokens[hit.end - 1]!.lower) && mentions.some((m) => m.start === hit.end || (m.start === hit.end + 1 && tokens[hit.end]!.lower === 'the'));
  // "Russia's demands", "Russian demands", "a U.S. proposal": a name right before the noun holds it.
  const possessed = !!holderOfNoun(mentions, tokens, hit.start, ctx.tags);
  // "ramped up sanctions on X": a penalty that is the object of a verb of imposing is the verb's subject's.
  const imposed = hit.cue.entry.namesPosition && penaltyVerbBefore(tokens, hit.start, ctx.tags, ctx.penaltyVerbs) >= 0;
  return !linked && !possessed && !imposed ? 'a noun without a named holder' : null;
}

/**
 * "exert maximum pressure": the tagger reads a noun after a determiner, adjective or noun (meetings are read as
 * nouns on purpose). Asked last: tagging is the costly step, and most cues are settled by the words alone.
 */
function taggedNoun(hit: CueHit, ctx: CueContext): string | null {
  const { tokens, tags } = ctx;
  const { entry } = hit.cue;
  if (entry.voice === 'active' && entry.relation !== 'meets' && tags()[hit.start] === 'NOUN' && NOUN_CONTEXT.has(tags()[lastWordBefore(tokens, hit.start)] ?? 'X')) return 'a noun (tagged), not a verb';
  return null;
}

/** "a U.S.-proposed ceasefire", "a Saudi-backed plan": a name, a hyphen and a participle before a noun. */
export function namedCompound(hit: CueHit, ctx: CueContext): boolean {
  const { tokens, mentions } = ctx;
  const next = tokens[hit.end];
  return /^[-\u2013]$/.test(tokens[hit.start - 1]?.text ?? '') && hit.end - hit.start === 1 && /ed$/.test(tokens[hit.start]!.lower) && !!next && /^[a-z]/.test(next.text) && mentions.some((m) => m.end === hit.start - 1 && !m.pronoun);
}
