// Extracts the claims of one article: splits sentences, finds actors and people, follows quotes and
// pronouns across sentences, reads each candidate sentence's statements and turns them into claims.
import { splitSentences, type Sentence } from '../article/sentences.ts';
import type { Article } from '../article/parse.ts';
import type { Evidence } from '../graph/types.ts';
import { personRef } from './mentions/actor-ref.ts';
import { learnAllegiances } from './mentions/allegiance.ts';
import { learnOfficeHolders } from './mentions/unnamed-office.ts';
import { learnPronounMembers } from './mentions/member-pronoun.ts';
import { assignHomeState, homeState, placeFactions } from './mentions/home-state.ts';
import { lazySyntax } from './syntax/sentence.ts';
import { attributeParagraph, type SentenceView } from './statements/attribution.ts';
import type { ActorRef, Claim, PositionRef } from './claims.ts';
import type { Lexicon } from './lexicon.ts';
import { findMentions, nameAt, type Mention } from './mentions/mentions.ts';
import { Discourse, representedBy, resolveMention, type SentenceScope } from './mentions/discourse.ts';
import { isVerbWord, recogniseActor, SentenceParse } from './mentions/ner.ts';
import { PersonRegistry } from './mentions/people.ts';
import { extractStatements, type SkippedCue, type Statement } from './statements/statements.ts';
import { stripPossessive, tokenize, type Token } from './tokens.ts';

export interface ExtractResult {
  sentences: Sentence[];
  claims: Claim[];
  warnings: string[];
  /** cues that gave no claim, and why (negated, hedged, no source…), for `kg explain` */
  skipped: Array<SkippedCue & { sentence: number }>;
}

/** A capitalised word next to a verb of saying is a person even if the lexicon has never heard of them. */
function registerSpeakers(tokens: Token[], lexicon: Lexicon, people: PersonRegistry): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!lexicon.speech.has(tokens[i]!.lower) || tokens[i]!.lower === 'according') continue;
    const candidates: Array<[number, number]> = [];
    // "Ryabkov said" / "Sergei Ryabkov said"
    let s = i;
    while (s > 0 && tokens[s - 1]!.cap && !tokens[s - 1]!.punct && i - s < 3) s--;
    if (s < i) candidates.push([s, i]);
    // "said Ryabkov."
    let e = i + 1;
    while (e < tokens.length && tokens[e]!.cap && !tokens[e]!.punct && e - i <= 3) e++;
    if (e > i + 1) candidates.push([i + 1, e]);
    for (const [a, b] of candidates) {
      if (a === 0 && b - a === 1 && !/^[A-Z][a-z]+$/.test(tokens[a]!.text)) continue;
      const words = tokens.slice(a, b);
      if (words.some((w) => lexicon.nonActors.has(w.bare) || /^(the|he|she|they|it|we|i|but|and|officials?)$/.test(w.lower))) continue;
      if (words.some((_, k) => nameAt(tokens, a + k, lexicon))) continue;
      if (words.some((w) => lexicon.roles.has(w.lower) || lexicon.groups.has(w.lower))) continue;
      const name = words.map((w) => stripPossessive(w.text)).join(' ');
      if (!people.lookup(name)) people.add(personRef(name), name);
    }
  }
}

function evidenceOf(article: Article, s: Sentence): Evidence {
  return { article: article.id, sentence: s.index, text: s.text, date: article.date };
}

export function extractArticle(article: Article, lexicon: Lexicon): ExtractResult {
  const sentences = splitSentences(article);
  const people = new PersonRegistry();
  const tokens = sentences.map((s) => tokenize(s.norm));
  const warnings: string[] = [];

  // Pass 1: learn the article's people (titles + names, speakers), so that "Blinken said" in the
  // first paragraph resolves to the "Secretary of State Antony Blinken" of a later one.
  const unresolved = tokens.map((): string[] => []);
  const first = tokens.map((t, k) => findMentions(t, { lexicon, people, unresolved: unresolved[k], date: article.date }));
  const syntax = sentences.map((s, k) => lazySyntax(s.norm, tokens[k]!));
  const placedNames = tokens.flatMap((t, k) => learnAllegiances(t, first[k]!, lexicon, people, syntax[k]!.tags).map((a) => a.name));
  for (const t of tokens) registerSpeakers(t, lexicon, people);
  const home = homeState(first);
  const housedNames = home ? assignHomeState(people, home, lexicon) : [];
  const officeNames = learnOfficeHolders(sentences.map((s, k) => ({ text: s.norm, tokens: tokens[k]!, mentions: first[k]!, unresolved: unresolved[k]!, tags: syntax[k]!.tags })), lexicon, people);
  const memberNames = learnPronounMembers(tokens.map((t, k) => ({ tokens: t, mentions: first[k]!, tags: syntax[k]!.tags })), lexicon, people);
  // Pass 2 only where pass 1 met a name it could not place yet, or a name whose allegiance was learnt since
  // (that changes how every mention of the person reads, before or after).
  const changed = new Set([...placedNames, ...housedNames, ...officeNames, ...memberNames].flatMap((name) => name.toLowerCase().split(/\s+/)));
  const found = tokens.map((t, k) => (t.some((w) => changed.has(w.bare)) || unresolved[k]!.some((name) => people.lookup(name)) ? findMentions(t, { lexicon, people, date: article.date }) : first[k]!));
  const mentions = placeFactions(found, home, lexicon);

  // Quotes and their speakers, paragraph by paragraph.
  const quoted: boolean[][] = [];
  const quoteSpeaker: Array<Mention | null> = [];
  for (let p = 0, i = 0; i < sentences.length; p++) {
    const views: SentenceView[] = [];
    const first = i;
    while (i < sentences.length && sentences[i]!.paragraph === sentences[first]!.paragraph) {
      views.push({ tokens: tokens[i]!, mentions: mentions[i]! });
      i++;
    }
    const a = attributeParagraph(views, lexicon);
    quoted.push(...a.quoted);
    quoteSpeaker.push(...a.quoteSpeaker);
  }

  // Does the sentence say "demands"? (a response offered right after the demands are named answers them)
  const mentionsDemands = sentences.map((s) => /\bdemands\b/i.test(s.norm));
  const d = new Discourse();
  const claims: Claim[] = [];
  const skipped: ExtractResult['skipped'] = [];

  sentences.forEach((s, k) => {
    const ms = mentions[k]!;
    const ev = evidenceOf(article, s);
    const scope: SentenceScope = {
      k, paragraph: s.paragraph, tokens: tokens[k]!, mentions: ms, quoted: quoted[k]!, speaker: null,
      text: s.norm, parse: new SentenceParse(s.norm), lexicon, people,
    };
    const sp = quoteSpeaker[k];
    const speaker = sp ? resolveMention(sp, scope, d) : [];
    scope.speaker = speaker.length ? speaker : null;

    const skippedHere: SkippedCue[] = [];
    const statements: Statement[] = lexicon.cueIndex.mayMatch(tokens[k]!)
      ? extractStatements(
          {
            tokens: tokens[k]!,
            mentions: ms,
            quoted: quoted[k]!,
            quoteSpeaker: scope.speaker,
            resolve: (m) => resolveMention(m, scope, d),
            previousPositions: d.positionsBefore(k, 1),
            recentPositions: d.positionsBefore(k, 3),
            demandsOf: (a) => d.demandsBy.get(a.id) ?? [],
            text: s.norm,
            sameSide: (a, b) => a.id === b.id || representedBy(a, scope)?.id === b.id || representedBy(b, scope)?.id === a.id,
            isVerb: (i) => isVerbWord(tokens[k]![i]!.lower),
            tags: syntax[k]!.tags,
            recognise: (from, to) => recogniseActor(scope.parse, tokens[k]![from]!.start, tokens[k]![to - 1]!.end, lexicon),
          },
          lexicon,
          skippedHere,
        )
      : [];
    for (const x of skippedHere) skipped.push({ ...x, sentence: k });

    // Who speaks for whom: "Russian Deputy Foreign Minister Sergei Ryabkov", "Secretary of State Antony Blinken".
    const seen = new Set<string>();
    for (const m of ms) {
      // "Prime Minister X's administration" names the state and, inside it, the person who speaks for it.
      const [person, state] = m.holder ? [m.holder, m.actor] : [m.actor, m.represents];
      if (!person || !state || seen.has(person.id) || person.id === state.id) continue;
      seen.add(person.id);
      claims.push({ relation: 'represents', source: person, target: state, evidence: ev, rule: m.rule });
    }

    // Event coders code only actors with a known place in politics: a person the text names without
    // any office or allegiance (a farmer quoted in passing) is a source only of a position the lexicon
    // knows, or of an accusation or meeting with a known actor.
    const placed = (a: ActorRef) => a.actorType !== 'person' || a.known || !!a.role || !!people.lookup(a.label)?.represents;
    for (const st of statements) {
      const political = (a: ActorRef) => placed(a) || st.positions.some((p) => p.concept) || st.targets.some((t) => t.known);
      const dropped = st.sources.filter((a) => !political(a));
      if (dropped.length) skipped.push({ sentence: k, cue: st.rule, words: dropped.map((a) => a.label).join(', '), reason: 'a person with no office or allegiance in the text' });
      st.sources = st.sources.filter(political);
    }

    const namesDemands = mentionsDemands[k]! || (k > 0 && mentionsDemands[k - 1]!);
    const stated = statements.flatMap((st) => claimsOf(st, ev, d, namesDemands, claims));
    d.update(k, s.paragraph, tokens[k]!, ms, statements, stated);
  });

  return { sentences, claims, warnings, skipped };
}

/** The claims of one statement; returns the positions it stated. */
function claimsOf(st: Statement, ev: Evidence, d: Discourse, namesDemands: boolean, out: Claim[]): PositionRef[] {
  if (st.relation === 'accuses' || st.relation === 'meets') {
    for (const src of st.sources) for (const tgt of st.targets) out.push(claim(st.relation, src, tgt, ev, st));
    return [];
  }
  for (const src of st.sources) {
    for (const pos of st.positions) {
      out.push(claim(st.relation, src, pos, ev, st));
      if (st.relation === 'demands') d.recordDemand(src, pos);
    }
  }
  for (const pos of st.positions) {
    for (const tgt of st.positionTargets?.get(pos.id) ?? st.targets) out.push({ relation: 'targets', source: pos, target: tgt, evidence: ev, rule: `target of "${pos.label}"` });
  }
  // A response offered to, or threatened against, an actor whose demands the text just named answers them.
  if ((st.relation === 'offers' || st.relation === 'threatens') && namesDemands) {
    for (const tgt of st.targets) {
      for (const demand of (d.demandsBy.get(tgt.id) ?? []).filter((x) => x.concept)) {
        for (const pos of st.positions) {
          if (pos.kind === 'response') out.push({ relation: 'answers', source: pos, target: demand, evidence: ev, rule: `"${pos.label}" offered in answer to demands of ${tgt.label}` });
        }
      }
    }
  }
  return st.positions;
}

function claim(relation: Claim['relation'], source: Claim['source'], target: Claim['target'], evidence: Evidence, st: Statement): Claim {
  const c: Claim = { relation, source, target, evidence, cameo: st.cameo, plover: st.plover, rule: st.rule };
  if (st.condition) c.condition = st.condition;
  if (st.strength) c.strength = st.strength;
  return c;
}
