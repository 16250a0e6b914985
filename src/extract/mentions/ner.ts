// Named-entity recognition for actors the lexicon does not know ("Amnesty International", a new
// minister), with compromise. It is the slow part, so it only sees words the cheap rules single out.
import { compromise } from '../syntax/compromise.ts';
import type { ActorRef } from '../claims.ts';
import { organisationRef, personRef } from './actor-ref.ts';
import type { Lexicon } from '../lexicon.ts';
import { stripPossessive } from '../tokens.ts';

const NOT_NAMES = /^(the|a|an|this|that|these|those|it|he|she|they|we|i|but|and|or|in|on|at|after|before|while|when|if|as|for|with|officials?|sources?|president|minister|leaders?)$/i;

const VERB_TAGS = new Set(['Verb', 'Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'PerfectTense', 'Participle', 'FutureTense', 'Imperative']);

let lexiconTags: Record<string, string> | undefined;
const nlp = compromise;
function lexiconOf(): Record<string, string> {
  return (lexiconTags ??= (nlp() as unknown as { model(): { one: { lexicon: Record<string, string> } } }).model().one.lexicon);
}

/**
 * Is this word (lower case) a verb? compromise's own lexicon answers for most words without a parse;
 * regular forms it does not list are judged by their ending.
 */
export function isVerbWord(word: string): boolean {
  const tag = lexiconOf()[word];
  if (tag) return VERB_TAGS.has(tag);
  return /[^e]ed$|[^s]es$|izes$|ises$/.test(word);
}

export interface NamedEntities {
  people: string[];
  places: string[];
  organizations: string[];
}

/** Words of context on each side of a phrase that compromise reads to classify it. */
const CONTEXT_BEFORE = /(?:\S+\s*){0,4}$/;
const CONTEXT_AFTER = /^(?:\s*\S+){0,4}/;

/**
 * A sentence whose unknown names compromise classifies. Only the phrase and a few words on each side are parsed,
 * at most once per phrase: tagging a whole long sentence cost a sixth of all extraction time on news text, and
 * on the VOA corpus, the gold article and the PLOVER sentences the window gives the very same graph.
 */
export class SentenceParse {
  private readonly windows = new Map<string, NamedEntities>();

  constructor(readonly text: string) {}

  /** Entities compromise finds around text[start, end). */
  namedAround(start: number, end: number): NamedEntities {
    // The window is cut from the sentence as written, so compromise sees its punctuation and spacing.
    const before = CONTEXT_BEFORE.exec(this.text.slice(Math.max(0, start - 200), start))![0];
    const after = CONTEXT_AFTER.exec(this.text.slice(end, end + 200))![0];
    const window = this.text.slice(start - before.length, end + after.length);
    let found = this.windows.get(window);
    if (!found) {
      const doc = nlp()(window);
      const clean = (list: string[]) => list.map((t) => t.replace(/[’'s.,]+$/g, '').trim());
      found = {
        people: clean(doc.people().out('array') as string[]),
        places: clean(doc.places().out('array') as string[]),
        organizations: clean(doc.organizations().out('array') as string[]),
      };
      this.windows.set(window, found);
    }
    return found;
  }
}

/** Classifies the capitalised words at text[start, end) of the sentence as a person, a state or an organisation, or rejects them. */
export function recogniseActor(sentence: SentenceParse, start: number, end: number, lexicon: Lexicon): ActorRef | null {
  const phrase = sentence.text.slice(start, end);
  const words = phrase.split(/\s+/).map(stripPossessive).filter(Boolean);
  if (!words.length || words.some((w) => NOT_NAMES.test(w) || lexicon.nonActors.has(w.toLowerCase()))) return null;
  if (lexicon.nonActors.has(words.join(' ').toLowerCase())) return null;
  const name = words.join(' ');
  // A lone acronym ("CNBC", "UNIFIL") the lexicon does not know is more often an outlet or a mission than an actor.
  if (words.length === 1 && /^[A-Z]{2,6}$/.test(name)) return null;
  const { people, places, organizations } = sentence.namedAround(start, end);
  if (people.includes(name)) return personRef(name);
  if (places.includes(name)) return organisationRef(name, 'state');
  if (organizations.includes(name)) return organisationRef(name);
  // Two or more capitalised words compromise cannot place are most often an organisation.
  return words.length >= 2 ? organisationRef(name) : null;
}
