// What an article has said so far, sentence by sentence, and who "he", "they", "it", "we" and
// "the alliance" refer to in the next sentence. Prefers no antecedent to a wrong one.
import { isOfficeNoun } from './allegiance.ts';
import type { ActorRef, PositionRef } from '../claims.ts';
import type { Lexicon } from '../lexicon.ts';
import type { Mention } from './mentions.ts';
import { recogniseActor, type SentenceParse } from './ner.ts';
import type { PersonRegistry } from './people.ts';
import type { Statement } from '../statements/statements.ts';
import { listJoint, type Token } from '../tokens.ts';

export class Discourse {
  lastPerson?: { actor: ActorRef; sentence: number; paragraph: number };
  lastSubjects?: { actors: ActorRef[]; sentence: number };
  lastSingular?: { actor: ActorRef; sentence: number };
  /** the last actor named of each kind, for "the alliance", "the bloc" */
  readonly lastOfType = new Map<ActorRef['actorType'], ActorRef>();
  /** every actor named so far, latest last, for "the council" → the last actor whose name says council */
  readonly named: ActorRef[] = [];
  lastPositions: PositionRef[] = [];
  positionsSentence = -1;
  /** demands held by each actor so far, for `answers` edges */
  readonly demandsBy = new Map<string, PositionRef[]>();

  /** Positions stated in the sentence before `k`, or within `within` sentences. */
  positionsBefore(k: number, within = 1): PositionRef[] {
    return this.positionsSentence >= k - within ? this.lastPositions : [];
  }

  recordDemand(holder: ActorRef, position: PositionRef): void {
    const list = this.demandsBy.get(holder.id) ?? [];
    if (!list.some((x) => x.id === position.id)) list.push(position);
    this.demandsBy.set(holder.id, list);
  }

  /** After sentence k: remember its people, subjects, actors by kind and positions. */
  update(k: number, paragraph: number, tokens: Token[], mentions: Mention[], statements: Statement[], positions: PositionRef[]): void {
    if (positions.length) {
      this.lastPositions = positions;
      this.positionsSentence = k;
    }
    const person = mentions.filter((m) => m.actor?.actorType === 'person').pop();
    if (person) this.lastPerson = { actor: person.actor!, sentence: k, paragraph };
    const subjects = statements.find((st) => st.sources.length)?.sources ?? firstSubject(tokens, mentions);
    if (subjects.length) this.lastSubjects = { actors: subjects, sentence: k };
    for (const m of mentions) if (m.actor && !m.modifier) this.lastOfType.set(m.actor.actorType, m.actor);
    for (const m of mentions) if (m.actor && m.actor.actorType !== 'person') this.named.push(m.actor);
    const singular = mentions.filter((m) => m.actor && m.actor.actorType !== 'person' && !m.modifier).pop();
    if (singular) this.lastSingular = { actor: singular.actor!, sentence: k };
  }
}

/** The sentence's first subject ("the U.S. and its allies say…"), for a "they" in the next one. */
function firstSubject(tokens: Token[], mentions: Mention[]): ActorRef[] {
  const first = mentions.find((m) => m.actor && !m.modifier && !m.possessive);
  if (!first) return [];
  const before = tokens[first.start - 1]?.lower;
  if (before && /^(of|to|for|on|in|against|with|from|by|about|between)$/.test(before)) return [];
  return [first.actor!];
}

export interface SentenceScope {
  /** sentence index in the article, and its paragraph */
  k: number;
  paragraph: number;
  tokens: Token[];
  mentions: Mention[];
  quoted: boolean[];
  /** the quote's speaker, for "we" and "I" */
  speaker: ActorRef[] | null;
  text: string;
  parse: SentenceParse;
  lexicon: Lexicon;
  people: PersonRegistry;
}

/** The state a person speaks for, from the article's people or this sentence's titles. */
export function representedBy(a: ActorRef, scope: SentenceScope): ActorRef | undefined {
  return scope.people.lookup(a.label)?.represents ?? scope.mentions.find((m) => m.actor?.id === a.id && m.represents)?.represents;
}

/** The actors a mention stands for: itself, or the antecedent of a pronoun or description. */
export function resolveMention(m: Mention, scope: SentenceScope, d: Discourse): ActorRef[] {
  if (m.actor) return [m.actor];
  const { k, tokens: t, mentions, quoted, lexicon } = scope;
  const earlier = mentions.filter((x) => x.end <= m.start && x.actor);
  if (m.described) {
    // "the council" after "the U.N. Security Council": the last actor whose name holds the noun.
    const noun = m.described;
    const holds = (a: ActorRef) => [a.label, ...a.aliases].some((n) => n.toLowerCase().split(/\s+/).includes(noun));
    const here = earlier.map((x) => x.actor!).filter(holds).pop() ?? [...d.named].reverse().find(holds);
    if (here) return [here];
  }
  // "The statement threatened…": the subject of the sentence just before, which issued it.
  if (m.issued) return d.lastSubjects && d.lastSubjects.sentence >= k - 1 ? d.lastSubjects.actors : [];
  if (m.anaphor) {
    const here = earlier.filter((x) => m.anaphor!.includes(x.actor!.actorType)).pop()?.actor;
    const before = m.anaphor.map((type) => d.lastOfType.get(type)).find(Boolean);
    return here ? [here] : before ? [before] : [];
  }
  // "Palestinian leaders said they would…", "Hungary has said it will…": the pronoun is the speaker.
  const verbAt = lexicon.speech.has(t[m.start - 1]?.lower ?? '') ? m.start - 1 : t[m.start - 1]?.lower === 'that' && lexicon.speech.has(t[m.start - 2]?.lower ?? '') ? m.start - 2 : -1;
  if (verbAt >= 0 && m.pronoun !== 'we' && m.pronoun !== 'i' && !quoted[m.start]) {
    const subj = mentions.filter((x) => x.end <= verbAt && x.actor && !x.modifier && !/^(of|to|for|on|in|with|from|by)$/.test(t[x.start - 1]?.lower ?? '')).pop();
    // ("Canada's Ontario provincial leader said he…": a state's office, written before the verb, is a person too.)
    const office = subj && isOfficeNoun(t, verbAt - 1, lexicon) && t.slice(subj.end, verbAt).every((w) => !w.punct);
    if (subj && ((m.pronoun !== 'he' && m.pronoun !== 'she') || subj.actor!.actorType === 'person' || office)) return [subj.actor!];
    if (!subj) {
      const named = unknownNameBefore(verbAt, scope);
      if (named) return [named];
      // "Government ministers say they hope…": the speaker is a group the text does not name, and so is the pronoun.
      if (m.pronoun === 'they' && t.slice(0, verbAt).some((w) => /^[a-z]+s$/.test(w.text))) return [];
    }
  }
  switch (m.pronoun) {
    case 'we':
    case 'i':
      return quoted[m.start] && scope.speaker ? scope.speaker.map((a) => (m.pronoun === 'we' ? representedBy(a, scope) ?? a : a)) : [];
    case 'he':
    case 'she': {
      // ("Iran's U.N. ambassador …, but his mission…": an office named in the sentence is a person too.)
      const here = earlier.filter((x) => x.actor!.actorType === 'person' || x.office).pop();
      if (here) return [here.actor!];
      const lp = d.lastPerson;
      return lp && (lp.paragraph === scope.paragraph || lp.sentence === k - 1) ? [lp.actor] : [];
    }
    case 'they': {
      // "G7 members emphasized …, reiterating their opposition": with no other actor named in between, a plural
      // pronoun stands for its own sentence's subject.
      // (One person is never "they".)
      const subject = quoted[m.start] ? [] : firstSubject(t, earlier).filter((a) => a.actorType !== 'person');
      const between = subject.length ? earlier.filter((x) => x.actor!.id !== subject[0]!.id && !x.modifier) : [];
      if (subject.length && !between.length) return subject;
      // "kept tariffs on Mexico, Canada and China to pressure them": an object pronoun stands for the actors listed
      // together just before it.
      const listed = t[m.start]!.lower === 'them' ? lastList(t, earlier) : [];
      if (listed.length) return listed;
      // '"If the Taliban are sincere, they must…"': inside a quotation, the group the quotation itself named.
      const quotedGroup = quoted[m.start] ? earlier.filter((x) => quoted[x.start] && !x.modifier && !x.possessive && x.actor!.actorType !== 'person').pop() : undefined;
      if (quotedGroup) return [quotedGroup.actor!];
      const last = d.lastSubjects && d.lastSubjects.sentence >= k - 1 ? d.lastSubjects.actors : [];
      return last.length === 1 && last[0]!.actorType === 'person' ? [] : last;
    }
    case 'it': {
      const here = earlier.filter((x) => x.actor!.actorType !== 'person' && !x.modifier).pop();
      if (here) return [here.actor!];
      return d.lastSingular && d.lastSingular.sentence >= k - 1 ? [d.lastSingular.actor] : [];
    }
    default:
      return [];
  }
}

/** "The fundamentalist Umma party has said it…": a name the lexicon does not know, right before a verb of saying. */
function unknownNameBefore(verbAt: number, scope: SentenceScope): ActorRef | null {
  const t = scope.tokens;
  let e = verbAt;
  while (e > 0 && /^(has|have|had|also|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/.test(t[e - 1]!.lower)) e--;
  let b = e;
  while (b > 0 && t[b - 1]!.cap && !t[b - 1]!.punct && e - b < 4) b--;
  if (b === e || (b > 0 && !/^(the|,)$/.test(t[b - 1]!.lower))) return null;
  return recogniseActor(scope.parse, t[b]!.start, t[e - 1]!.end, scope.lexicon);
}

/** The last actors of the sentence named as a list ("Mexico, Canada and China"), two at least. */
function lastList(tokens: Token[], earlier: Mention[]): ActorRef[] {
  const named = earlier.filter((x) => !x.modifier && !x.possessive);
  const list: Mention[] = [];
  for (let k = named.length - 1; k >= 0; k--) {
    const m = named[k]!;
    const next = list[0];
    if (next && !listJoint(tokens, m.end, next.start)) break;
    list.unshift(m);
  }
  return list.length >= 2 && tokens.slice(list[0]!.end, list[list.length - 1]!.start).some((w) => w.lower === 'and') ? list.map((x) => x.actor!) : [];
}
