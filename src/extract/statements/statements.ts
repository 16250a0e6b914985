// Reads one sentence's cues, mentions and concepts as statements: who (source) does what (relation)
// to which position, aimed at whom (target), under which condition, negated or hedged or not.
// The driver: finds the cues, picks the reader for each, and completes the statement with its position.
import type { ActorRef } from '../claims.ts';
import { ARTICLES, definiteReference, MODALS, quotedPhraseIn, skipClauseSubject } from './clauses.ts';
import type { CueHit } from './cue-reading.ts';
import { readCue } from './cue-reading.ts';
import type { Lexicon } from '../lexicon.ts';
import { conditionAfter, type Condition } from './condition.ts';
import {
  actorsOf, actorsOf as actorsOfIn, conceptActorEnd as conceptActorEndIn, dedupe, holderBefore, mentionsIn as mentionsInCtx,
  sentenceContext, type SentenceContext,
} from './context.ts';
import { isTitleNoun } from '../mentions/allegiance.ts';
import type { Mention } from '../mentions/mentions.ts';
import { spanEnd, spanEnd as spanEndIn } from './object-span.ts';
import { conceptPosition, findConcepts, objectText, penaltyObjectSpan, phrasePosition, type ConceptHit } from '../positions/positions.ts';
import { slug } from '../../graph/keys.ts';
import { baseForm } from '../syntax/base-form.ts';
import type { Token } from '../tokens.ts';
import { statementDraft } from './polarity.ts';
import type { Draft, Outcome, PositionSpan, Reading } from './reading.ts';
import { readNamedWrong, readSaidWrong } from './readers/accusation.ts';
import { readActive } from './readers/active.ts';
import { intentionSkip } from './readers/intention.ts';
import { callingVerbBefore, readJudgement } from './readers/judgement.ts';
import { readMeeting } from './readers/meeting.ts';
import { readNominal } from './readers/nominal.ts';
import { readPassive } from './readers/passive.ts';
import { readPredicate } from './readers/predicate.ts';
import type { SentenceInput, SkippedCue, Statement } from './statement.ts';

export type { SentenceInput, SkippedCue, Statement } from './statement.ts';

/** What the sentence's statements so far leave for the next cue. */
interface SentenceState {
  /** the statements read so far */
  out: Statement[];
  /** the words governed by demands and threats already read, and their sources: cues inside them belong to their position */
  governed: Array<[number, number, ActorRef[]]>;
}

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
  const intention = intentionSkip(hit, ctx);
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
  const ownHolder = entry.voice === 'nominal' && !!holderBefore(ctx, hit.start);
  const governor = state.governed.find(([a, b]) => hit.start >= a && hit.start < b);
  if (governor && entry.relation !== 'meets' && !ownHolder) return 'part of the position of an earlier cue';
  // "Tehran rejected its offer": "its" is someone else's; a holder that resolves to the governing subject is unsure.
  const holder = ownHolder ? holderBefore(ctx, hit.start) : undefined;
  if (governor && holder?.pronoun && actorsOf(ctx, [holder]).some((a) => governor[2].some((g) => g.id === a.id))) return 'its holder is a pronoun that may stand for the subject of the governing verb';
  return null;
}

/** Picks the reader for a cue: wrongs said of an actor, acts between two actors, else by the cue's voice. */
function readStatement(hit: CueHit, ctx: SentenceContext, draft: Draft): Reading {
  const { entry } = hit.cue;
  if (entry.relation === 'accuses' && entry.voice === 'nominal') return readNamedWrong(hit, ctx, draft);
  if (entry.relation === 'accuses' && entry.voice === 'passive') return readSaidWrong(hit, ctx, draft);
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

/** The statement with its positions and targets, or why it has no position; a threat it carries goes to `state.out`. */
function readPosition(ctx: SentenceContext, state: SentenceState, hit: CueHit, st: Statement, span: PositionSpan, cond: Condition | undefined): Outcome {
  const { tokens, mentions, lexicon, input } = ctx;
  const { entry } = hit.cue;
  const { governed, out } = state;
  const { passiveOf, cueLabel, subjectPosition } = span;
  let { from: posFrom, to: posTo, addressee } = span;
  const actorsOf = (ms: Mention[]) => actorsOfIn(ctx, ms);
  const mentionsIn = (s: number, e: number) => mentionsInCtx(ctx, s, e);
  const spanEnd = (from: number) => spanEndIn(ctx, from);
  const conceptActorEnd = (i: number) => conceptActorEndIn(ctx, i);
  // Positions: concepts in the governed words, else a label from the phrase.
  const thatClause = [hit.end - 1, hit.end, posFrom - 1, posFrom].some((x) => tokens[x]?.lower === 'that');
  // Cues inside what a statement governs belong to its position ("rejected an ultimatum to hand over…").
  if (thatClause || addressee.length || entry.relation === 'rejects' || entry.relation === 'accepts') governed.push([hit.end, posTo, st.sources]);
  // "dismissed concerns about tariffs", "rejected the claims that…": what is rejected is the concern or the
  // claim, not the thing it is about.
  let head = posFrom;
  while (head < posTo && ARTICLES.has(tokens[head]!.lower)) head++;
  const aboutSomething = /^(concerns?|fears?|claims?|reports?|allegations?|accusations?|criticism|suggestions?|rumou?rs?|speculation|talk)$/.test(tokens[head]?.lower ?? '');
  if (subjectPosition) [posFrom, posTo] = subjectPosition;
  const concepts = aboutSomething || cueLabel ? [] : findConcepts(tokens, lexicon, posFrom, posTo);
  // "rejected the demand", "accepted the proposal": the position named just before.
  // "…, but the European side refused.", "rejected it": a stance with no object of its own takes the positions
  // just stated (in this sentence, by another holder, or in the previous one).
  const bare = /^(rejects|accepts)$/.test(st.relation) && entry.voice === 'active' && (posFrom >= posTo || (posTo - posFrom === 1 && /^(it|this|that|them)$/.test(tokens[posFrom]!.lower)));
  const backRef = bare ? 'response' : !concepts.length ? definiteReference(tokens, posFrom, posTo) : null;
  if (backRef) {
    const here = bare ? out.filter((o) => o.positions.length && !o.sources.some((a) => st.sources.some((b) => a.id === b.id))).flatMap((o) => o.positions) : [];
    // One rejects or accepts what others stated, not one's own demand ("Trump denied the request" is Kim's request).
    const own = new Set(/^(rejects|accepts)$/.test(st.relation) ? st.sources.flatMap((a) => input.demandsOf(a)).map((p) => p.id) : []);
    const earlier = (backRef === 'demand' ? input.recentPositions.filter((p) => p.kind === 'demand') : bare ? input.previousPositions : input.recentPositions).filter((p) => !own.has(p.id));
    const wanted = here.length ? here : earlier;
    if (wanted.length) {
      st.positions = wanted;
      st.rule += ' + reference to the position named before';
      st.sources = dedupe(st.sources);
      return { statement: st };
    } else return { reason: 'refers back to a position not named before' };
  }
  let penaltyTriggerEnd = -1;
  if (entry.relation === 'demands' || entry.relation === 'threatens') {
    // "X will prompt massive consequences": a penalty said of the future is a threat by the speaker,
    // and whoever acts in the words before the modal is its target.
    // Only a future ("will prompt", "would face") makes a penalty a threat; "must drop their tariff" is a demand.
    const modal = tokens.slice(posFrom, posTo).findIndex((t) => MODALS.has(t.lower) && !/^(must|should|may|might)$/.test(t.lower));
    if (modal >= 0) {
      const m = posFrom + modal;
      // ("which would violate U.N. sanctions": a penalty broken or lifted is no threat.)
      const penalties = concepts.filter((c) => c.start > m && c.concept.entry.penalty && !c.negated);
      if (penalties.length) {
        st.relation = 'threatens';
        st.cameo = penalties[0]!.concept.entry.cameo?.threatens ?? '130';
        st.plover = 'THREATEN';
        st.rule += ' + penalty in the future tense';
        concepts.splice(0, concepts.length, ...penalties);
        penaltyTriggerEnd = m;
        if (!addressee.length) addressee = actorsOf(mentionsIn(posFrom, m).filter((x) => !x.pronoun || x.pronoun !== 'we'));
      }
    }
  }
  // "vowed to retaliate": an offer of a penalty is a threat.
  if (st.relation === 'offers' && concepts.some((c) => c.concept.entry.penalty)) {
    st.relation = 'threatens';
    st.cameo = '130';
    st.plover = 'THREATEN';
    concepts.splice(0, concepts.length, ...concepts.filter((c) => c.concept.entry.penalty));
  }
  // "urged Russia to accept a ceasefire or face sanctions": the demand carries a threat.
  if (st.relation === 'demands') {
    const orAt = tokens.slice(posFrom, posTo).findIndex((t, n, all) => t.lower === 'or' && /^(face|risk|suffer)/.test(all[n + 1]?.lower ?? ''));
    const threat = orAt >= 0 ? concepts.filter((c) => c.start > posFrom + orAt && c.concept.entry.penalty) : [];
    if (threat.length) {
      const t: Statement = { relation: 'threatens', sources: st.sources, positions: threat.map((c) => conceptPosition(c, false, tokens)), targets: addressee.filter((a) => !st.sources.some((x) => x.id === a.id)), cameo: threat[0]!.concept.entry.cameo?.threatens ?? '130', plover: 'THREATEN', rule: st.rule + ' + "or face"' };
      t.condition = tokens.slice(posFrom, posFrom + orAt).length ? `unless ${input.text.slice(tokens[posFrom]!.start, tokens[posFrom + orAt - 1]!.end)}` : undefined;
      if (!t.condition) delete t.condition;
      out.push(t);
      concepts.splice(0, concepts.length, ...concepts.filter((c) => c.start < posFrom + orAt));
    }
  }
  // "warned that the government's actions would divide the country" is a warning; it threatens only
  // with a penalty or force, or under a condition ("…will have to take measures if the West…").
  if (st.relation === 'threatens' && /^warn/.test(tokens[hit.start]!.lower) && !cond && !concepts.some((c) => c.concept.entry.penalty) && !quotedPhraseIn(tokens, posFrom, posTo)) {
    return { reason: 'a warning without a penalty or a condition' };
  }
  // "lifted orders blocking X", "scrapped the plan": a cue that is itself a negating governor takes the thing away.
  const negate = entry.negates || (lexicon.governors.has(tokens[hit.start]!.lower) && !concepts.length && st.relation !== 'rejects');
  let phraseSpan: [number, number] | null = null;
  // What each penalty is aimed at ("tariffs on steel and aluminum exports"): part of its label, and whose goods they are.
  const objects = concepts.map((c) => penaltyObjectSpan(c, tokens, input.tags(), conceptActorEnd));
  if (concepts.length) {
    concepts.forEach((c, n) => st.positions.push(conceptPosition(c, negate, tokens, objects[n] ? objectText(tokens, objects[n]!) : null)));
    const code = concepts[0]!.concept.entry.cameo?.[entry.relation];
    if (code && st.relation === entry.relation) st.cameo = code;
  } else if (entry.relation !== 'threatens' || entry.voice !== 'passive') {
    let lead = posFrom;
    while (lead < posTo && /^(on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|again|also|publicly|formally|initially|now|last|this|week|month|year)$/.test(tokens[lead]!.lower)) lead++;
    if (subjectPosition) [lead, posTo] = subjectPosition;
    // "aims to understand what…": an infinitive has no subject of its own to skip.
    const infinitive = tokens[lead - 1]?.lower === 'to' && input.tags()[lead] === 'VERB';
    const start = subjectPosition || cueLabel || infinitive ? lead : skipClauseSubject(tokens, mentions, lead, posTo, input.tags());
    // Words the writer put in quotation marks right after the verb name the position ("take ''military-technical measures''").
    const quotedPhrase = quotedPhraseIn(tokens, start, Math.min(posTo, start + 5));
    const kind = /^(threatens|offers|imposes)$/.test(entry.relation) ? 'response' : 'demand';
    // A quoted label ("exert “maximum pressure” on Iran") may be aimed at an actor after its closing quote.
    phraseSpan = [start, tokens[posTo]?.text === '"' ? spanEnd(posTo + 1) : posTo];
    if (passiveOf) {
      const np = phrasePosition(tokens, passiveOf.np[0], passiveOf.np[1], kind, input.tags());
      if (np) { np.label = `${np.label} ${tokens[passiveOf.participle]!.text}`; np.id = slug(np.label); st.positions.push(np); st.rule += ' + passive infinitive'; }
    }
    let p = passiveOf ? null : quotedPhrase ? phrasePosition(tokens, quotedPhrase[0], quotedPhrase[1], kind, input.tags()) : phrasePosition(tokens, start, posTo, kind, input.tags());
    // A label that is only an actor's name ("imposed on Washington") is no position; after a verb in its base form the
    // verb and its object are one ("will release Prime Minister X" → "Release Prime Minister X").
    // ("Chinese subsidies" is a position: a demonym before a noun names no one.)
    if (p && mentions.some((m) => m.start >= start && m.start < posTo && !(m.modifier && /^(NOUN|ADJ)$/.test(input.tags()[m.end] ?? '')) && p!.label.split(' ').length <= m.end - m.start + 1 && p!.label.toLowerCase().startsWith(m.text.toLowerCase().replace(/^the /, '')))) {
      const verb = tokens[hit.end - 1]!;
      const base = start === hit.end && input.tags()[hit.end - 1] === 'VERB' && /^(will|would|to|must|should|can|could)$/.test(tokens[hit.end - 2]?.lower ?? '');
      p = base ? { ...p, label: `${verb.text[0]!.toUpperCase()}${verb.text.slice(1)} ${p.label}`, id: slug(`${verb.text} ${p.label}`) } : null;
    }
    // "voted for the present President of the commission": an office or a body is someone, not a position.
    const headAt = tokens.findIndex((_, k) => k >= start && k < posTo && /^(NOUN|PROPN)$/.test(input.tags()[k]!));
    if (p && !cueLabel && headAt >= 0 && isTitleNoun(tokens, headAt, lexicon) && input.tags()[headAt + 1] !== 'PROPN') p = null;
    // "support Ukraine in the face of aggression": support for an actor names no position of its own.
    if (p && entry.relation === 'supports' && mentions.some((m) => m.start === start - 1 || (m.start === start - 2 && ARTICLES.has(tokens[start - 1]!.lower)))) p = null;
    if (p) {
      if (negate) { p.id = `no-${p.id}`; p.label = `No ${p.label.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())}`; }
      // "froze the assets of X" → "Freeze the assets of X": a label that opens with its cue's verb takes its base form.
      if (cueLabel) {
        const [first, ...rest] = p.label.split(' ');
        p.label = [baseForm(first!), ...rest].join(' ');
        p.id = slug(p.label);
      }
      // "Prevent it from achieving a weapon" reads "Prevent Iran from…" once "it" is resolved.
      const named = cueLabel?.pronoun ? actorsOf([cueLabel.pronoun]) : [];
      if (named.length === 1) {
        p.label = p.label.replace(new RegExp(`\\b${cueLabel!.pronoun!.text}\\b`), named[0]!.label);
        p.id = slug(p.label);
      }
      st.positions.push(p);
      st.rule += ' + phrase';
    }
  }
  if (!st.positions.length) return { reason: 'no position found' };

  // Targets: the addressee, else the subject of the condition, else actors named in each position.
  const notSource = (list: ActorRef[]) => list.filter((t) => !st.sources.some((s) => s.id === t.id));
  let targets = addressee;
  if (!targets.length && cond) targets = actorsOf(mentionsIn(cond.span[0], cond.span[1]).slice(0, 1));
  st.targets = notSource(targets);
  if (!st.targets.length && concepts.length) {
    st.positionTargets = new Map();
    concepts.forEach((c, n) => {
      // "tariffs on Chinese vehicles", "on steel from Canada": whose goods a penalty's object names is its target.
      const object = objects[n];
      const inObject = object ? mentions.filter((m) => !m.pronoun && m.start >= object[0] && m.end <= object[1]) : [];
      const named = conceptTargetMentions(tokens, mentions, [c], penaltyTriggerEnd);
      st.positionTargets!.set(st.positions[n]!.id, notSource(actorsOf(named.length ? named : inObject.slice(0, 2))));
    });
  } else if (!st.targets.length && phraseSpan) {
    // "tariffs on Chinese vehicles", "maximum pressure on Iran": the actor the phrase is aimed at.
    st.targets = notSource(actorsOf(aimedAt(tokens, mentions, phraseSpan[0], phraseSpan[1])));
  }
  st.sources = dedupe(st.sources);
  return { statement: st };
}

/** Words that aim a phrase at an actor: "sanctions on X", "pressure against X", "aid to X", "talks with X". */
const AIMING = /^(on|against|to|with|toward|towards|at|targeting)$/;
/** Participles that aim what comes before them at an actor ("legislation targeting Turkey", "measures aimed at Iran"). */
const AIMED = /^(targeting|targetting|at|against)$/;

/**
 * Actors a phrase is aimed at: named after an aiming preposition, or as the adjective of its noun ("Chinese vehicles"),
 * within the phrase's first clause. A possessive names a holder, not a target ("Trump's threat").
 */
function aimedAt(tokens: Token[], mentions: Mention[], from: number, to: number): Mention[] {
  return mentions.filter((m) => {
    // ("an agreement with Turkey's rival Greece": a possessive after the preposition names whose the aim is, not the aim.)
    if (m.pronoun || m.possessive || m.start < from || m.start >= Math.min(to, from + 10)) return false;
    const before = tokens[m.start - 1]?.lower ?? '';
    return AIMING.test(before) || m.modifier;
  }).slice(0, 2);
}

/** Actors named inside a concept's words or right after it ("removal of U.S. troops", "sanctions on Russia"). */
function conceptTargetMentions(tokens: Token[], mentions: Mention[], concepts: ConceptHit[], after: number): Mention[] {
  const out: Mention[] = [];
  for (const c of concepts) {
    for (const m of mentions) {
      if (m.pronoun) continue;
      const inside = m.start >= c.start && m.end <= c.end;
      // "sanctions on Russia"; "a sanctions package against Iran" (a noun completing the concept's name)
      // "a ceasefire with international forces", "consultations with the U.S.": the other party is the target.
      const onAfter = (m.start === c.end + 1 && /^(on|against|to|of|for|with)$/.test(tokens[c.end]?.lower ?? ''))
        // "legislation Wednesday targeting Turkey": a participle of aim within a few words.
        || (m.start > c.end && m.start <= c.end + 4 && AIMED.test(tokens[m.start - 1]?.lower ?? '') && !tokens.slice(c.end, m.start).some((t) => t.punct))
        || (m.start === c.end + 2 && /^(on|against)$/.test(tokens[c.end + 1]?.lower ?? '') && /^[a-z]+$/.test(tokens[c.end]?.text ?? ''));
      const afterOf = m.start >= c.end && m.start <= c.end + 3 && after >= 0;
      if (inside || onAfter || afterOf) out.push(m);
    }
  }
  return out;
}
