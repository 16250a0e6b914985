// Reads one sentence's cues, mentions and concepts as statements: who (source) does what (relation)
// to which position, aimed at whom (target), under which condition, negated or hedged or not.
import type { ActorRef } from '../claims.ts';
import type { Lexicon } from '../lexicon.ts';
import {
  ANAPHORS, ARTICLES, BE, CLAUSE_END, CLAUSE_JOINERS, definiteReference, MODALS,
  PREDICATE_LEAD, quotedPhraseIn, skipClauseSubject, skipTimeAdverbials, TIME_WORDS, UNREALISED,
} from './clauses.ts';
import { readCue, type CueHit } from './cue-reading.ts';
import { conditionAfter as conditionAfterIn } from './condition.ts';
import {
  actorsOf as actorsOfIn, conceptActorEnd as conceptActorEndIn, dedupe, holderBefore as holderBeforeIn,
  mentionsIn as mentionsInCtx, resolved as resolvedIn, sentenceContext,
} from './context.ts';
import { isTitleNoun } from '../mentions/allegiance.ts';
import type { Mention } from '../mentions/mentions.ts';
import { spanEnd as spanEndIn } from './object-span.ts';
import { conceptPosition, findConcepts, objectText, penaltyObjectSpan, phrasePosition, type ConceptHit } from '../positions/positions.ts';
import { speakerBefore as speakerBeforeIn } from './speaker.ts';
import type { SentenceInput, SkippedCue, Statement } from './statement.ts';
import { clauseSubjectBefore as clauseSubjectBeforeIn, subjectOf as subjectOfIn, unknownSubject as unknownSubjectIn } from './subject.ts';
import { slug } from '../../graph/keys.ts';
import { baseForm } from '../syntax/base-form.ts';
import type { Tag } from '../syntax/tags.ts';
import type { Token } from '../tokens.ts';

export type { SentenceInput, SkippedCue, Statement } from './statement.ts';

export function extractStatements(input: SentenceInput, lexicon: Lexicon, skipped: SkippedCue[] = []): Statement[] {
  const ctx = sentenceContext(input, lexicon);
  const { tokens, mentions, quoted, cues } = ctx;
  const out: Statement[] = [];
  const skip = (hit: CueHit, reason: string) =>
    skipped.push({ cue: hit.cue.entry.id, words: tokens.slice(hit.start, hit.end).map((t) => t.text).join(' '), reason });
  // The shared steps (context.ts, subject.ts, speaker.ts, object-span.ts, condition.ts), bound to this sentence.
  const resolved = (m: Mention) => resolvedIn(ctx, m);
  const actorsOf = (ms: Mention[]) => actorsOfIn(ctx, ms);
  const mentionsIn = (s: number, e: number) => mentionsInCtx(ctx, s, e);
  const conceptActorEnd = (i: number) => conceptActorEndIn(ctx, i);
  const holderBefore = (at: number) => holderBeforeIn(ctx, at);
  const subjectOf = (at: number) => subjectOfIn(ctx, at);
  const unknownSubject = (at: number) => unknownSubjectIn(ctx, at);
  const clauseSubjectBefore = (at: number) => clauseSubjectBeforeIn(ctx, at);
  const speakerBefore = (at: number) => speakerBeforeIn(ctx, at);
  const spanEnd = (from: number) => spanEndIn(ctx, from);
  const conditionAfter = (from: number) => conditionAfterIn(ctx, from);
  const purpose = ctx.cueReading.purpose;

  /** The verb of calling ("called", "described … as") that governs a predicate at `at`, in its clause, or -1. */
  function callingVerbBefore(at: number): number {
    for (let k = at - 1; k >= 0 && at - k <= 14; k--) {
      const t = tokens[k]!;
      if (CLAUSE_END.has(t.text) || (t.text === ',' && k < at - 1)) return -1;
      if (lexicon.callingVerbs.has(t.lower) && input.tags()[k] === 'VERB') return k;
    }
    return -1;
  }

  /** The words governed by demands and threats already read: cues inside them belong to their position. */
  const governed: Array<[number, number, ActorRef[]]> = [];
  for (const hit of cues) {
    const { entry } = hit.cue;
    // A noun cue with its own holder ("rejected Russian demands for…") is a statement of that holder.
    const ownHolder = entry.voice === 'nominal' && !!holderBefore(hit.start);
    const governor = governed.find(([a, b]) => hit.start >= a && hit.start < b);
    if (governor && entry.relation !== 'meets' && !ownHolder) { skip(hit, 'part of the position of an earlier cue'); continue; }
    // "Tehran rejected its offer": "its" is someone else's; a holder that resolves to the governing subject is unsure.
    const holder = ownHolder ? holderBefore(hit.start) : undefined;
    if (governor && holder?.pronoun && actorsOf([holder]).some((a) => governor[2].some((g) => g.id === a.id))) { skip(hit, 'its holder is a pronoun that may stand for the subject of the governing verb'); continue; }
    const reading = readCue(hit, ctx.cueReading);
    if ('reason' in reading) { skip(hit, reading.reason); continue; }
    const { relation } = reading;

    const end = spanEnd(hit.end);
    const cond = conditionAfter(hit.end);
    const st: Statement = { relation, sources: [], positions: [], targets: [], cameo: entry.cameo, plover: entry.plover, rule: `cue "${entry.id}" (${tokens.slice(hit.start, hit.end).map((t) => t.text).join(' ')})` };
    if (relation === 'rejects' && entry.relation !== 'rejects') {
      st.cameo = '120';
      st.plover = 'REJECT';
      st.rule += ' + negation';
    }
    if (relation === 'threatens' && entry.relation === 'imposes') {
      // Only its holder's words make a possible penalty a threat ("Beijing has hinted that it could retaliate"); the
      // writer's "the administration could impose restrictions" is a possibility.
      if (!quoted[hit.start] && !tokens.slice(0, hit.start).some((t) => lexicon.speech.has(t.lower))) { skip(hit, 'a possibility the writer reports'); continue; }
      st.cameo = '130';
      st.plover = 'THREATEN';
      st.rule += ' + "could": a veiled threat';
    }
    // "said they would boycott…", "will withdraw … unless…": a sanction announced for later, or any act
    // made conditional with "unless", is a threat.
    const future = tokens.slice(Math.max(0, hit.start - 2), hit.start).some((t) => /^(will|would|'ll|shall)$/.test(t.lower));
    const unless = cond && /^unless\b/i.test(cond.text);
    if ((entry.relation === 'imposes' && (future || unless)) || (unless && /^(accepts|offers)$/.test(relation))) {
      st.relation = 'threatens';
      st.cameo = entry.relation === 'imposes' ? '1312' : '130';
      st.plover = 'THREATEN';
      st.rule += future ? ' + future tense' : ' + "unless"';
    }
    if (entry.strength) st.strength = entry.strength;
    // "Russia seeks to challenge the system, Blinken said": an intention another side ascribes is no stance.
    if (entry.intention) {
      if (tokens[hit.end - 1]!.lower === 'to' && input.tags()[hit.end] !== 'VERB') { skip(hit, '"to" takes no verb: no intention'); continue; }
      const subj = subjectOf(hit.start);
      const holders = subj ? actorsOf(subj.mentions) : [];
      const speakers = subj ? speakerBefore(hit.start).filter((a) => !holders.some((h) => input.sameSide(a, h))) : [];
      if (speakers.length) { skip(hit, 'an intention another side ascribes'); continue; }
    }
    if (cond) st.condition = cond.text;

    if (entry.relation === 'accuses' && entry.voice === 'nominal') {
      // "in the face of Russia's illegal aggression", said by Canada's minister: the speaker accuses the holder.
      const wrongdoer = mentions.find((m) => m.end === hit.start && (m.possessive || m.modifier) && !m.pronoun);
      st.targets = wrongdoer ? actorsOf([wrongdoer]) : [];
      st.sources = wrongdoer ? speakerBefore(hit.start).filter((a) => !st.targets.some((t) => input.sameSide(a, t))) : [];
      if (!st.sources.length || !st.targets.length) { skip(hit, 'no wrongdoer or nobody saying so'); continue; }
      st.rule += ' + said of its holder';
      out.push(st);
      continue;
    }
    if (entry.relation === 'accuses' && entry.voice === 'passive') {
      // "the American side has violated the agreement", said by the Taliban: whoever says an actor did wrong accuses it.
      const subj = subjectOf(hit.start);
      const wrongdoers = subj && subj.mentions.every((m) => m.pronoun !== 'we' && m.pronoun !== 'i') ? actorsOf(subj.mentions) : [];
      st.sources = subj ? speakerBefore(subj.at) : [];
      st.targets = wrongdoers.filter((w) => !st.sources.some((s) => input.sameSide(s, w)));
      if (!st.sources.length || !st.targets.length) { skip(hit, 'no wrongdoer or nobody saying so'); continue; }
      st.rule += ' + said of an actor';
      out.push(st);
      continue;
    }
    if (entry.relation === 'accuses' || entry.relation === 'meets') {
      // "his talks with X", "Pakistan's talks with the IMF": a noun of meeting belongs to its holder; else to the
      // clause's subject ("Rubio led talks with", "X will join the talks with"), else to whoever says it
      // ("Pakistan said that discussions with the IMF are progressing").
      const meetingNoun = entry.relation === 'meets' && input.tags()[hit.start] === 'NOUN';
      // "leverage for future negotiations with China": talks not (yet) held are no meeting.
      if (meetingNoun && UNREALISED.has(tokens[hit.start - 1]?.lower ?? '')) { skip(hit, 'a meeting not held'); continue; }
      const holder = meetingNoun ? mentions.find((m) => m.end === hit.start && m.possessive) : undefined;
      const subj = holder ? null : subjectOf(hit.start);
      let sources = holder ? actorsOf([holder]) : subj ? actorsOf(subj.mentions) : meetingNoun ? speakerBefore(hit.start) : unknownSubject(hit.start);
      // "met in Brussels": a place after "in" or "at" is where, not whom.
      // "the U.S.-based lender": a name joined to a word by a hyphen describes something else.
      const objects = actorsOf(mentionsIn(hit.end, end).filter((m) => (!m.modifier || entry.relation === 'meets') && tokens[m.end]?.text !== '-' && !/^(in|at|near|from|outside|inside)$/.test(tokens[m.start - 1]?.lower ?? '') && !/^(summit|talks|meeting|conference|forum|port|city|capital|border)$/.test(tokens[m.end]?.lower ?? '')));
      // "talks between Britain and Mauritius": both sides follow the cue.
      if (entry.relation === 'meets' && tokens[hit.end - 1]!.lower === 'between' && objects.length > 1) sources = [];
      if (entry.relation === 'meets' && !sources.length && tokens[hit.end - 1]!.lower === 'between') {
        st.sources = objects.slice(0, 1);
        st.targets = objects.slice(1, 2);
      } else if (entry.relation === 'meets' && sources.length > 1) {
        st.sources = [sources[0]!];
        st.targets = sources.slice(1);
      } else {
        st.sources = sources;
        st.targets = objects.slice(0, 1);
      }
      st.targets = st.targets.filter((t) => !st.sources.some((s) => s.id === t.id));
      // "condemned the delay": aimed at a thing, not an actor, the cue takes a stance on it.
      const onPosition = entry.onPosition && st.sources.length && !st.targets.length && !mentionsIn(hit.end, end).length;
      if (onPosition) {
        st.relation = entry.onPosition!;
        st.plover = 'REJECT';
        st.cameo = '120';
        st.rule += ` + object is no actor: ${entry.onPosition}`;
      } else {
        if (!st.sources.length || !st.targets.length) { skip(hit, 'no source or no other actor'); continue; }
        out.push(st);
        continue;
      }
    }

    let posFrom = hit.end;
    let posTo = end;
    // "agreed at a virtual summit to address…": a phrase of place or occasion before the infinitive is not its object.
    if (/^(at|in|during|on)$/.test(tokens[hit.end]?.lower ?? '')) {
      const to = tokens.findIndex((t, k) => k > hit.end && k <= hit.end + 6 && t.lower === 'to');
      const tags = input.tags();
      if (to > 0 && !tokens.slice(hit.end, to).some((t) => t.punct) && (tags[to + 1] === 'VERB' || (tags[to + 1] === 'ADV' && tags[to + 2] === 'VERB'))) posFrom = to + 1;
    }
    let addressee: ActorRef[] = [];
    let subjectPosition: [number, number] | null = null;
    /** "the hunts to be stopped": the noun phrase and the participle that make the position */
    let passiveOf: { np: [number, number]; participle: number } | null = null;
    /** a position labelled from the cue's own verb phrase; a pronoun object is named in the label */
    let cueLabel: { pronoun: Mention | undefined } | null = null;
    if (entry.voice === 'active') {
      // The purpose infinitive's subject is its main verb's ("Trump is keeping tariffs on X to pressure them").
      const mainVerb = tokens[hit.start - 1]?.lower === 'to' && purpose(hit.start - 1) ? input.tags().lastIndexOf('VERB', hit.start - 2) : -1;
      const subj = subjectOf(mainVerb > 0 ? mainVerb : hit.start);
      st.sources = subj ? actorsOf(subj.mentions) : quoted[hit.start] ? speakerBefore(hit.start) : unknownSubject(hit.start);
      // "urged Russia to…", "called on Iran to…", "demanded that Israel…": the addressee is the target.
      const next = mentions.find((m) => m.start >= hit.end && m.start - hit.end <= 1 && !m.possessive);
      const thatClause = entry.relation === 'demands' && (tokens[hit.end]?.lower === 'that' || tokens[hit.end - 1]?.lower === 'that');
      // "called a private meeting": a cue that ends in a noun names the position itself; it opens the label.
      let nounCue = false;
      if (hit.end - hit.start > 1 && input.tags()[hit.end - 1] === 'NOUN') {
        let k = hit.end - 1;
        while (k > hit.start && /^(DET|ADJ|NOUN)$/.test(input.tags()[k - 1]!)) k--;
        if (k > hit.start) [posFrom, nounCue] = [k, true];
      }
      // "to prevent Iran from acquiring a weapon": the cue's verb opens the label, its object is the addressee.
      if (entry.labelFromCue) {
        // The label opens with the cue's verb: "prevent" in "in order to prevent", "cut" in "cut off".
        const verb = input.tags().findIndex((t, k) => k >= hit.start && k < hit.end && t === 'VERB');
        posFrom = verb >= 0 ? verb : hit.end - 1;
        const obj = mentions.find((m) => m.start === hit.end && !m.possessive);
        // "reduced flights to stop the spread of the virus" is a purpose; "to prevent Iran from…" names whom it is aimed at.
        if (!obj && entry.relation === 'demands') { skip(hit, 'nobody is to be prevented from anything'); continue; }
        if (obj) addressee = resolved(obj);
        // The verb phrase ends at its clause's first comma ("…a weapon, including sanctions").
        const comma = tokens.findIndex((t, k) => k > hit.end && k < posTo && t.text === ',');
        if (comma > 0) posTo = comma;
        cueLabel = { pronoun: obj?.pronoun ? obj : undefined };
      }
      // "asked Trump for sanctions relief", "threatened the EU with tariffs": the addressee before "for" or "with".
      const joiner = entry.relation === 'demands' ? 'for' : entry.relation === 'threatens' ? 'with' : '';
      const askedFor = !!joiner && tokens[next?.end ?? -1]?.lower === joiner && next!.start <= hit.end + 1;
      // "urged Russia on Friday to accept…": a time adverbial may stand between the addressee and its infinitive.
      const toAt = next ? skipTimeAdverbials(tokens, next.end) : -1;
      if (next && (tokens[toAt]?.lower === 'to' || thatClause || askedFor)) {
        addressee = resolved(next);
        posFrom = askedFor ? next.end + 1 : tokens[toAt]?.lower === 'to' ? toAt : next.end;
      }
      // "wants the talks to produce X": the wanted thing is what the infinitive governs
      // (unless a position is named before the "to": "a de-escalation for there to be progress").
      const early = findConcepts(tokens, lexicon, posFrom, posTo);
      // Verbs that name an addressee ("urged owners of food stalls … to substitute") look further for the "to".
      const reach = /^(urg|ask|press|call|appeal|encourag|tell|told|implor|lobb|push)/.test(tokens[hit.start]!.lower) ? 14 : 5;
      const before = posFrom;
      for (let k = posFrom; entry.relation === 'demands' && !nounCue && !entry.labelFromCue && k < Math.min(posTo, posFrom + reach); k++) {
        if (early.some((c) => c.start < k && !c.concept.entry.frame)) break;
        const verb = tokens[k + 1];
        if (tokens[k]!.lower === 'to' && verb && !verb.punct && !verb.cap && !ARTICLES.has(verb.lower) && !/^(halt|end|stop|return|access)$/.test(tokens[k - 1]?.lower ?? '')) { posFrom = k + 1; break; }
      }
      // "pressed Iran to (quickly) return": some cues demand only what their addressee is told to do.
      const tags = input.tags();
      const told = posFrom !== before && tokens[posFrom - 1]?.lower === 'to' && (tags[posFrom] === 'VERB' || (tags[posFrom] === 'ADV' && tags[posFrom + 1] === 'VERB'));
      if (entry.needsInfinitive && !told) { skip(hit, 'nobody is told to do anything'); continue; }
      // "want the hunts to be stopped", "called for the charge to be dropped": a passive infinitive's subject is what it
      // is about; the position is that phrase with its participle ("Hunts stopped").
      if (posFrom !== before && tokens[posFrom]?.lower === 'be' && tags[posFrom + 1] === 'VERB' && !mentions.some((m) => m.start >= before && m.end <= posFrom - 1)) {
        passiveOf = { np: [before, posFrom - 1], participle: posFrom + 1 };
      }
    } else if (entry.voice === 'passive') {
      // The subject stands right before the verb group ("Russia must", "Iran will have to"), not inside a longer
      // phrase ("the U.S. ceasefire proposal …, but key details need to").
      const near = subjectOf(hit.start);
      const between = near ? input.tags().slice(near.mentions[near.mentions.length - 1]!.end, hit.start) : [];
      const tailFrom = near ? near.mentions[near.mentions.length - 1]!.end : 0;
      const inPhrase = (t: Tag, n: number) => SUBJECT_TAIL_TAGS.has(t) && (t !== 'CCONJ' || /^(and|or)$/.test(tokens[tailFrom + n]!.lower));
      const subj = near && between.every((t, n) => inPhrase(t, n) || ((t === 'AUX' || t === 'PART') && between.slice(n).every((u) => u === 'AUX' || u === 'PART' || u === 'ADV'))) ? near : null;
      // "they must stop killing civilians": a third-person pronoun stands for the actor it resolves to; "we must" is the speaker's own side.
      // A quoted "they" counts when it stands for an actor this sentence names ("If the Taliban are sincere, then they must…").
      const namedHere = (m: Mention) => actorsOf([m]).some((a) => mentions.some((x) => x.start < m.start && !x.pronoun && x.actor?.id === a.id));
      const named = subj && subj.mentions.every((m) => !m.pronoun || (m.pronoun !== 'we' && m.pronoun !== 'i' && (!quoted[m.start] || namedHere(m))));
      if (subj && named && actorsOf(subj.mentions).length) {
        addressee = actorsOf(subj.mentions);
        st.sources = speakerBefore(subj.at);
      } else if (!subj && entry.subjectIsPosition) {
        // "talks with China must continue": no actor is obliged; what the subject names is what the speaker wants.
        let clause = hit.start;
        while (clause > 0 && !CLAUSE_END.has(tokens[clause - 1]!.text) && tokens[clause - 1]!.text !== '"' && tokens[clause - 1]!.text !== ',' && tokens[clause - 1]!.lower !== 'that' && !lexicon.speech.has(tokens[clause - 1]!.lower)) clause--;
        // Only a noun phrase of common nouns: "what has to be done", "one of the things", "the Council" name no position.
        const tags = input.tags();
        // The head is the last noun before any preposition: "talks" in "talks with China".
        let h = clause;
        while (h + 1 < hit.start && tags[h + 1] !== 'ADP' && SUBJECT_PHRASE_TAGS.has(tags[h + 1]!)) h++;
        const nounPhrase = tags.slice(clause, hit.start).every((t) => SUBJECT_PHRASE_TAGS.has(t)) && tags[h] === 'NOUN' && !tokens[h]!.cap && !/^(one|all|some|many|most|each|what)$/.test(tokens[clause]!.lower);
        if (hit.start - clause < 2 || !nounPhrase || mentionsIn(clause, hit.start).some((m) => !m.modifier && tokens[m.start - 1]?.lower !== 'with')) { skip(hit, 'no named subject'); continue; }
        subjectPosition = [clause, hit.start];
        st.sources = speakerBefore(clause);
        st.rule += ' + the subject is the position';
      } else { skip(hit, 'no named subject'); continue; }
      // "Moscow will have to take measures", said by Putin: an obligation one's own side states is no demand.
      if (st.sources.some((s) => addressee.some((a) => input.sameSide(s, a)))) { skip(hit, 'an obligation the speaker\'s own side states'); continue; }
    } else if (entry.voice === 'nominal') {
      // "Demands of the United States … that we…", "Russia's demands for…"
      // "threats of Washington sanctions": a name that modifies the next noun is the holder, and the noun phrase the position.
      const compound = mentions.find((m) => m.start === hit.end && !m.pronoun && input.tags()[m.end] === 'NOUN');
      // "demands of the United States", "calls by Iran": a holder after the noun is joined by of, by or from.
      const joined = (m: Mention) => [tokens[hit.end - 1]!, ...tokens.slice(hit.end, m.start)].some((t) => /^(of|by|from)$/.test(t.lower));
      const after = compound ? [] : mentions.filter((m) => m.start >= hit.end && m.start - hit.end <= 1 && joined(m));
      const possessor = compound ?? holderBefore(hit.start);
      let srcMentions: Mention[] = [];
      if (after.length) {
        srcMentions = [after[0]!];
        for (let k = mentions.indexOf(after[0]!) + 1; k < mentions.length; k++) {
          const m = mentions[k]!;
          const between = tokens.slice(srcMentions[srcMentions.length - 1]!.end, m.start).map((t) => t.lower);
          if (between.every((w) => /^(and|,|other|its|their)$/.test(w))) srcMentions.push(m);
          else break;
        }
        posFrom = srcMentions[srcMentions.length - 1]!.end;
        while (posFrom < tokens.length && !/^(that|for|to)$/.test(tokens[posFrom]!.lower) && posFrom - srcMentions[srcMentions.length - 1]!.end < 3) posFrom++;
      } else if (possessor) {
        srcMentions = [possessor];
        // "Beijing's demands as a case in point": a noun of stance names its position after for, to, that, on or of.
        let next = hit.end;
        while (TIME_WORDS.has(tokens[next]?.lower ?? '') || tokens[next]?.lower === 'also') next++;
        if (!/^(for|to|that|on|of|over|against)$/.test(tokens[next]?.lower ?? '') && !/^(for|to|of|on)$/.test(tokens[hit.end - 1]!.lower)) { skip(hit, 'a noun with no object'); continue; }
      }
      st.sources = actorsOf(srcMentions);
      // "U.S. tariffs on steel": the noun with its object is the position; "would violate U.N. sanctions", "lift U.S.
      // tariffs": a penalty someone breaks or removes is no act of its holder here.
      if (entry.namesPosition && [1, 2].some((n) => lexicon.governors.has(tokens[(possessor?.start ?? hit.start) - n]?.lower ?? ''))) { skip(hit, 'a penalty broken or removed'); continue; }
      if (entry.namesPosition) posFrom = hit.start;
      // "…that we carry out…": the subject of the demanded act is the target.
      if (tokens[posFrom]?.lower === 'that') {
        const subjOfThat = mentions.find((m) => m.start === posFrom + 1);
        if (subjOfThat) addressee = resolved(subjOfThat);
      }
      posTo = spanEnd(posFrom);
      // "The proposed deal also has the backing of India": what is backed is the clause's subject.
      if (entry.subjectIsPosition) {
        const span = clauseSubjectBefore(hit.start);
        if (!span || !after.length) { skip(hit, 'no subject phrase or no holder after the noun'); continue; }
        subjectPosition = span;
      }
    } else if (entry.voice === 'predicate' && callingVerbBefore(hit.start) >= 0) {
      // "called Chinese subsidies unbearable", "described the plan as a disaster": the calling verb's object is judged,
      // and its subject holds the judgement.
      const verb = callingVerbBefore(hit.start);
      posFrom = verb + 1;
      posTo = hit.start;
      while (posTo > posFrom && PREDICATE_LEAD.test(tokens[posTo - 1]!.lower)) posTo--;
      const subj = subjectOf(verb);
      st.sources = subj ? actorsOf(subj.mentions) : unknownSubject(verb);
      st.rule += ' + object of a calling verb';
      if (posTo <= posFrom) { skip(hit, 'nothing is judged'); continue; }
    } else if (entry.voice === 'predicate') {
      // "X is a red line for Moscow" / "those are non-starters": the subject is the position, linked by a copula.
      let linked = hit.start;
      while (linked > 0 && (PREDICATE_LEAD.test(tokens[linked - 1]!.lower) || input.tags()[linked - 1] === 'ADV') && !BE.has(tokens[linked - 1]!.lower)) linked--;
      if (!BE.has(tokens[linked - 1]?.lower ?? '') && !/^(remains?|remained|becomes?|became|seems?|seemed|appears?|appeared)$/.test(tokens[linked - 1]?.lower ?? '')) { skip(hit, 'no copula or calling verb before the predicate'); continue; }
      // The subject ends at the copula (quote marks after it are the writer's: 'the EU is "one of the most…"'), and
      // runs back to the clause's start: a sentence end, "that", a verb of saying, a quote mark, or a conjunction that
      // opens another clause ("… has expired so the decision … is null and void").
      let clauseStart = linked - 2;
      while (clauseStart >= 0 && !CLAUSE_END.has(tokens[clauseStart]!.text) && tokens[clauseStart]!.lower !== 'that' && !lexicon.speech.has(tokens[clauseStart]!.lower) && !(tokens[clauseStart]!.text === '"') && !CLAUSE_JOINERS.has(tokens[clauseStart]!.lower)) clauseStart--;
      posFrom = clauseStart + 1;
      posTo = linked - 1;
      // "It is a mistake to support X": an "it" before the predicate stands for the infinitive after it.
      if (tokens[posFrom]?.lower === 'it' && BE.has(tokens[posFrom + 1]?.lower ?? '') && tokens[hit.end]?.lower === 'to' && input.tags()[hit.end + 1] === 'VERB') {
        posFrom = hit.end + 1;
        posTo = spanEnd(posFrom);
        st.sources = speakerBefore(clauseStart + 1);
        st.rule += ' + the infinitive "it" stands for';
      } else if (tokens[posFrom]?.lower === 'it' && BE.has(tokens[posFrom + 1]?.lower ?? '')) {
        // "It is unconstitutional": what "it" stands for is not said here.
        skip(hit, '"it" names nothing here');
        continue;
      }
      while (posFrom < hit.start && posTo > posFrom + 1 && (BE.has(tokens[posTo - 1]!.lower) || /^(a|an|the|also|still|simply|clearly|all)$/.test(tokens[posTo - 1]!.lower))) posTo--;
      const forMention = tokens[hit.end]?.lower === 'for' ? mentions.find((m) => m.start === hit.end + 1) : undefined;
      if (!st.sources.length) st.sources = forMention ? resolved(forMention) : speakerBefore(posFrom);
      const subjectWords = posFrom > hit.start ? [] : tokens.slice(posFrom, posTo).map((t) => t.lower);
      // "the EU is one of the most abusive …": a judgement of an actor, said by someone else, accuses it.
      let head = posFrom;
      while (head < posTo && ARTICLES.has(tokens[head]!.lower)) head++;
      const judged = entry.relation === 'rejects' ? mentions.find((m) => m.start === head && m.end === posTo && !m.modifier && !m.pronoun) : undefined;
      if (judged) {
        st.relation = 'accuses';
        st.plover = 'ACCUSE';
        st.cameo = '111';
        st.targets = actorsOf([judged]).filter((t) => !st.sources.some((a) => input.sameSide(a, t)));
        st.rule += ' + said of an actor';
        if (!st.sources.length || !st.targets.length) { skip(hit, 'no speaker or the speaker\'s own side'); continue; }
        out.push(st);
        continue;
      }
      if (subjectWords.length <= 2 && subjectWords.some((w) => ANAPHORS.has(w))) {
        st.positions = input.previousPositions.filter((p) => p.kind === 'demand' || entry.relation === 'rejects');
        st.rule += ' + anaphora to the previous sentence';
        if (!st.sources.length || !st.positions.length) { skip(hit, 'no holder or nothing to refer back to'); continue; }
        st.sources = dedupe(st.sources);
        out.push(st);
        continue;
      }
    }
    if (!st.sources.length) { skip(hit, 'no source (no actor before the cue, no speaker)'); continue; }

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
        out.push(st);
      } else skip(hit, 'refers back to a position not named before');
      continue;
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
      skip(hit, 'a warning without a penalty or a condition');
      continue;
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
    if (!st.positions.length) { skip(hit, 'no position found'); continue; }

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
    out.push(st);
  }
  return out;
}



/** Tags that may stand between a subject's name and its verb group: the rest of its noun phrase ("his Patriotic Front", "the rebels in Darfur"), adverbs. */
const SUBJECT_TAIL_TAGS = new Set<Tag>(['ADV', 'PROPN', 'NOUN', 'ADJ', 'DET', 'ADP', 'NUM', 'CCONJ', 'PRON']);

/** Tags of a subject that names a position: a noun phrase, maybe with a prepositional phrase ("talks with China"). */
const SUBJECT_PHRASE_TAGS = new Set<Tag>(['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'NUM']);

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
