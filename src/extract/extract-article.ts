// Extracts the claims of one article: splits sentences, finds actors and people, follows quotes and
// pronouns across sentences, reads each candidate sentence's statements and turns them into claims.
import { splitSentences, type Sentence } from '../article/sentences.ts';
import type { Article } from '../article/parse.ts';
import type { Evidence } from '../graph/types.ts';
import { personRef } from './actor-ref.ts';
import { attributeParagraph, type SentenceView } from './attribution.ts';
import type { ActorRef, Claim, PositionRef } from './claims.ts';
import type { Lexicon } from './lexicon.ts';
import { findMentions, nameAt, type Mention } from './mentions.ts';
import { isVerbWord, recogniseActor, SentenceParse } from './ner.ts';
import { PersonRegistry } from './people.ts';
import { extractStatements, type SkippedCue, type Statement } from './statements.ts';
import { stripPossessive, tokenize, type Token } from './tokens.ts';

export interface ExtractResult {
  sentences: Sentence[];
  claims: Claim[];
  warnings: string[];
  /** cues that gave no claim, and why (negated, hedged, no source…), for `kg explain` */
  skipped: Array<SkippedCue & { sentence: number }>;
}

interface Discourse {
  lastPerson?: { actor: ActorRef; represents?: ActorRef; sentence: number; paragraph: number };
  lastSubjects?: { actors: ActorRef[]; sentence: number };
  lastSingular?: { actor: ActorRef; sentence: number };
  /** the last actor named of each kind, for "the alliance", "the bloc" */
  lastOfType: Map<ActorRef['actorType'], ActorRef>;
  lastPositions: PositionRef[];
  positionsSentence: number;
  /** demands held by each actor so far, for `answers` edges */
  demandsBy: Map<string, PositionRef[]>;
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
  const unresolved = tokens.map(() => ({ value: false }));
  const first = tokens.map((t, k) => findMentions(t, { lexicon, people, unresolved: unresolved[k] }));
  for (const t of tokens) registerSpeakers(t, lexicon, people);
  // Pass 2 only where pass 1 met a name it could not place yet.
  const mentions = tokens.map((t, k) => (unresolved[k]!.value ? findMentions(t, { lexicon, people }) : first[k]!));

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

  const d: Discourse = { lastPositions: [], positionsSentence: -1, demandsBy: new Map(), lastOfType: new Map() };
  const claims: Claim[] = [];
  const skipped: ExtractResult['skipped'] = [];

  sentences.forEach((s, k) => {
    const ms = mentions[k]!;
    const ev = evidenceOf(article, s);

    const resolveIn = (m: Mention, speaker: ActorRef[] | null): ActorRef[] => {
      if (m.actor) return [m.actor];
      const earlier = ms.filter((x) => x.end <= m.start && x.actor);
      if (m.anaphor) {
        const here = earlier.filter((x) => m.anaphor!.includes(x.actor!.actorType)).pop()?.actor;
        const before = m.anaphor.map((type) => d.lastOfType.get(type)).find(Boolean);
        return here ? [here] : before ? [before] : [];
      }
      // "Palestinian leaders said they would…", "Hungary has said it will…": the pronoun is the speaker.
      const t = tokens[k]!;
      const verbAt = lexicon.speech.has(t[m.start - 1]?.lower ?? '') ? m.start - 1 : t[m.start - 1]?.lower === 'that' && lexicon.speech.has(t[m.start - 2]?.lower ?? '') ? m.start - 2 : -1;
      if (verbAt >= 0 && m.pronoun !== 'we' && m.pronoun !== 'i' && !quoted[k]![m.start]) {
        const subj = ms.filter((x) => x.end <= verbAt && x.actor && !x.modifier && !/^(of|to|for|on|in|with|from|by)$/.test(t[x.start - 1]?.lower ?? '')).pop();
        if (subj && (m.pronoun !== 'he' && m.pronoun !== 'she' || subj.actor!.actorType === 'person')) return [subj.actor!];
        if (!subj) {
          let e = verbAt;
          while (e > 0 && /^(has|have|had|also|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/.test(t[e - 1]!.lower)) e--;
          let b = e;
          while (b > 0 && t[b - 1]!.cap && !t[b - 1]!.punct && e - b < 4) b--;
          if (b < e && (b === 0 || /^(the|,)$/.test(t[b - 1]!.lower))) {
            const actor = recogniseActor(s.norm.slice(t[b]!.start, t[e - 1]!.end), parse, lexicon);
            if (actor) return [actor];
          }
        }
      }
      switch (m.pronoun) {
        case 'we':
        case 'i':
          return quoted[k]![m.start] && speaker ? speaker.map((a) => (m.pronoun === 'we' ? representedBy(a) ?? a : a)) : [];
        case 'he':
        case 'she': {
          const here = earlier.filter((x) => x.actor!.actorType === 'person').pop();
          if (here) return [here.actor!];
          const lp = d.lastPerson;
          if (lp && (lp.paragraph === s.paragraph || lp.sentence === k - 1)) return [lp.actor];
          return [];
        }
        case 'they': {
          if (d.lastSubjects && d.lastSubjects.sentence >= k - 1 && d.lastSubjects.actors.length) return d.lastSubjects.actors;
          return [];
        }
        case 'it': {
          const here = earlier.filter((x) => x.actor!.actorType !== 'person' && !x.modifier).pop();
          if (here) return [here.actor!];
          if (d.lastSingular && d.lastSingular.sentence >= k - 1) return [d.lastSingular.actor];
          return [];
        }
        default:
          return [];
      }
    };
    const representedBy = (a: ActorRef): ActorRef | undefined => people.lookup(a.label)?.represents ?? mentionRepresents(ms, a);

    const sp = quoteSpeaker[k];
    const speaker = sp ? resolveIn(sp, null) : null;
    const skippedHere: SkippedCue[] = [];
    const parse = new SentenceParse(s.norm);
    const statements: Statement[] = lexicon.cueIndex.mayMatch(tokens[k]!)
      ? extractStatements(
          {
            tokens: tokens[k]!,
            mentions: ms,
            quoted: quoted[k]!,
            quoteSpeaker: speaker && speaker.length ? speaker : null,
            resolve: (m) => resolveIn(m, speaker),
            previousPositions: d.positionsSentence >= k - 1 ? d.lastPositions : [],
            recentPositions: d.positionsSentence >= k - 3 ? d.lastPositions : [],
            text: s.norm,
            sameSide: (a, b) => a.id === b.id || representedBy(a)?.id === b.id || representedBy(b)?.id === a.id,
            isVerb: (i) => isVerbWord(tokens[k]![i]!.lower),
            recognise: (from, to) => {
              const t = tokens[k]!;
              return recogniseActor(s.norm.slice(t[from]!.start, t[to - 1]!.end), parse, lexicon);
            },
          },
          lexicon,
          skippedHere,
        )
      : [];
    for (const x of skippedHere) skipped.push({ ...x, sentence: k });

    // Who speaks for whom: "Russian Deputy Foreign Minister Sergei Ryabkov", "Secretary of State Antony Blinken".
    const seen = new Set<string>();
    for (const m of ms) {
      if (!m.actor || !m.represents || seen.has(m.actor.id) || m.actor.id === m.represents.id) continue;
      seen.add(m.actor.id);
      claims.push({ relation: 'represents', source: m.actor, target: m.represents, evidence: ev, cameo: undefined, rule: m.rule });
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
    const statedPositions: PositionRef[] = [];
    for (const st of statements) {
      if (st.relation === 'accuses' || st.relation === 'meets') {
        for (const src of st.sources) for (const tgt of st.targets) {
          claims.push(claim(st.relation, src, tgt, ev, st));
        }
        continue;
      }
      for (const src of st.sources) {
        for (const pos of st.positions) {
          claims.push(claim(st.relation, src, pos, ev, st));
          if (st.relation === 'demands') {
            const list = d.demandsBy.get(src.id) ?? [];
            if (!list.some((x) => x.id === pos.id)) list.push(pos);
            d.demandsBy.set(src.id, list);
          }
        }
      }
      for (const pos of st.positions) {
        for (const tgt of st.positionTargets?.get(pos.id) ?? st.targets) claims.push({ relation: 'targets', source: pos, target: tgt, evidence: ev, rule: `target of "${pos.label}"` });
        statedPositions.push(pos);
      }
      // A response offered to, or threatened against, an actor whose demands the text just named answers them.
      if ((st.relation === 'offers' || st.relation === 'threatens') && /\bdemands\b/i.test((sentences[k - 1]?.norm ?? '') + ' ' + s.norm)) {
        for (const tgt of st.targets) {
          for (const demand of (d.demandsBy.get(tgt.id) ?? []).filter((x) => x.concept)) {
            for (const pos of st.positions) {
              if (pos.kind === 'response') claims.push({ relation: 'answers', source: pos, target: demand, evidence: ev, rule: `"${pos.label}" offered in answer to demands of ${tgt.label}` });
            }
          }
        }
      }
    }
    if (statedPositions.length) {
      d.lastPositions = statedPositions;
      d.positionsSentence = k;
    }

    // Discourse state for the next sentence's pronouns.
    const persons = ms.filter((m) => m.actor?.actorType === 'person');
    if (persons.length) {
      const last = persons[persons.length - 1]!;
      d.lastPerson = { actor: last.actor!, sentence: k, paragraph: s.paragraph };
      if (last.represents) d.lastPerson.represents = last.represents;
    }
    const subj = statements.find((st) => st.sources.length)?.sources ?? compoundSubject(tokens[k]!, ms);
    if (subj.length) d.lastSubjects = { actors: subj, sentence: k };
    for (const m of ms) if (m.actor && !m.modifier) d.lastOfType.set(m.actor.actorType, m.actor);
    const singular = ms.filter((m) => m.actor && m.actor.actorType !== 'person' && !m.modifier).pop();
    if (singular) d.lastSingular = { actor: singular.actor!, sentence: k };
  });

  return { sentences, claims, warnings, skipped };
}

function mentionRepresents(ms: Mention[], a: ActorRef): ActorRef | undefined {
  return ms.find((m) => m.actor?.id === a.id && m.represents)?.represents;
}

/** The first co-ordinated subject of a sentence ("the U.S. and its allies say…"), for a following "they". */
function compoundSubject(tokens: Token[], ms: Mention[]): ActorRef[] {
  const first = ms.find((m) => m.actor && !m.modifier && !m.possessive);
  if (!first) return [];
  const before = tokens[first.start - 1]?.lower;
  if (before && /^(of|to|for|on|in|against|with|from|by|about|between)$/.test(before)) return [];
  return [first.actor!];
}

function claim(relation: Claim['relation'], source: Claim['source'], target: Claim['target'], evidence: Evidence, st: Statement): Claim {
  const c: Claim = { relation, source, target, evidence, cameo: st.cameo, plover: st.plover, rule: st.rule };
  if (st.condition) c.condition = st.condition;
  if (st.strength) c.strength = st.strength;
  return c;
}
