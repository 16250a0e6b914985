// "China's U.N. ambassador told reporters … Fu Cong blamed …": news often names an office first and its holder in
// the next sentence. A person the text has not placed, named right after a sentence whose subject is an office
// without a name, holds that office and speaks for the state or body it belongs to.
import type { ActorRef } from '../claims.ts';
import type { Lexicon } from '../lexicon.ts';
import type { Tag } from '../syntax/tags.ts';
import type { Token } from '../tokens.ts';
import { isTitleNoun } from './allegiance.ts';
import { personRef } from './actor-ref.ts';
import { recogniseActor, SentenceParse } from './ner.ts';
import type { Mention } from './mentions.ts';
import type { PersonRegistry } from './people.ts';

/** How far into a sentence its subject's office may stand ("The leader of Afghanistan's Taliban insurgency"). */
const SUBJECT_REACH = 8;

/**
 * The state or body whose office opens sentence k without a name: "China's U.N. ambassador told…",
 * "The leader of Afghanistan's Taliban insurgency praised…", "The Iranian foreign minister said…"; else null.
 */
export function unnamedOffice(tokens: Token[], mentions: Mention[], tags: Tag[], lexicon: Lexicon): ActorRef | null {
  const verb = tags.findIndex((t, i) => (t === 'VERB' || t === 'AUX') && i > 0);
  if (verb < 0 || verb > SUBJECT_REACH) return null;
  // The subject's head is its first title noun ("A spokesman for Afghan President X": the spokesman).
  const head = [...Array(verb).keys()].find((i) => isTitleNoun(tokens, i, lexicon));
  if (head === undefined) return null;
  const subject = mentions.filter((m) => m.end <= verb && m.actor);
  // "A spokesman for Afghan President X": the office serves a person, and so the state that person speaks for.
  const served = /^(for|of|to)$/.test(tokens[head + 1]?.lower ?? '') ? subject.find((m) => m.start > head && m.actor!.actorType === 'person') : undefined;
  if (served) return served.represents ?? null;
  // A name in the subject is the office's holder already ("China's U.N. ambassador Fu Cong said").
  if (subject.some((m) => m.actor!.actorType === 'person')) return null;
  // "The leader of <X>'s <Y>": the body after "of" (its last name); "<X>'s ambassador", "the <Xian> minister": before.
  const after = subject.filter((m) => m.start > head && !m.possessive).pop() ?? subject.filter((m) => m.start > head).pop();
  // "China's U.N. ambassador": the possessive holds the office; "the Norwegian foreign minister" may be one mention of
  // the state, with the title inside it.
  const before = subject.find((m) => m.possessive && m.end <= head) ?? subject.filter((m) => m.start <= head).pop();
  return (tokens[head + 1]?.lower === 'of' ? after : before)?.actor ?? null;
}

/** What pass 1 of an article knows of one sentence. */
export interface SentenceSeen {
  text: string;
  tokens: Token[];
  mentions: Mention[];
  /** capitalised names pass 1 could not place */
  unresolved: string[];
  tags: () => Tag[];
}

/**
 * Gives the office of sentence k to the first person named in sentence k + 1 whom the text has not placed
 * ("Fu Cong blamed…", "…,” said Mawlawi Hibatullah Akhundzada"); returns the names placed. Tags and named-entity
 * recognition are asked only for sentences whose next one names such a person.
 */
export function learnOfficeHolders(sentences: SentenceSeen[], lexicon: Lexicon, people: PersonRegistry): string[] {
  const placed: string[] = [];
  for (let k = 0; k + 1 < sentences.length; k++) {
    const next = sentences[k + 1]!;
    const name = next.unresolved.find((n) => n.includes(' ') && !people.lookup(n)?.represents);
    if (!name) continue;
    const here = sentences[k]!;
    // The words decide first (a title noun near the start); the tagger is asked only then.
    if (!here.tokens.slice(0, SUBJECT_REACH).some((_, i) => isTitleNoun(here.tokens, i, lexicon))) continue;
    const office = unnamedOffice(here.tokens, here.mentions, here.tags(), lexicon);
    if (!office || office.actorType === 'person') continue;
    const person = personNamed(next, name, lexicon);
    if (!person) continue;
    if (people.lookup(name)) people.assign(name, office);
    else people.add(person, name, undefined, office);
    placed.push(name);
  }
  return placed;
}

/**
 * The person `name` in a sentence, when it is a name at all (named-entity recognition finds one) and nothing in it
 * names a body ("Council", "Party"): compromise often reads foreign personal names ("Fu Cong") as organisations.
 */
function personNamed(s: SentenceSeen, name: string, lexicon: Lexicon): ActorRef | null {
  const words = name.toLowerCase().split(' ');
  if (words.length > 4 || words.some((w) => lexicon.bodyNouns.has(w) || lexicon.groups.has(w))) return null;
  const at = s.tokens.findIndex((_, i) => words.every((w, n) => s.tokens[i + n]?.bare === w));
  if (at < 0 || s.tokens.slice(at, at + words.length).some((t) => t.text === t.text.toUpperCase())) return null;
  const ref = recogniseActor(new SentenceParse(s.text), s.tokens[at]!.start, s.tokens[at + words.length - 1]!.end, lexicon);
  return ref ? personRef(ref.label) : null;
}
