// Named-entity recognition for actors the lexicon does not know ("Amnesty International", a new
// minister), with compromise. It is the slow part, so it only sees words the cheap rules single out.
import { createRequire } from 'node:module';
import type Compromise from 'compromise';
import type { ActorRef } from './claims.ts';
import { organisationRef, personRef } from './actor-ref.ts';
import type { Lexicon } from './lexicon.ts';
import { stripPossessive } from './tokens.ts';

const NOT_NAMES = /^(the|a|an|this|that|these|those|it|he|she|they|we|i|but|and|or|in|on|at|after|before|while|when|if|as|for|with|officials?|sources?|president|minister|leaders?)$/i;

const VERB_TAGS = new Set(['Verb', 'Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'PerfectTense', 'Participle', 'FutureTense', 'Imperative']);

// compromise is loaded on first use: a build's main thread, which only merges what workers extract,
// never pays the quarter second it takes to load.
type Nlp = typeof Compromise;
let loaded: Nlp | undefined;
let lexiconTags: Record<string, string> | undefined;
function nlp(): Nlp {
  return (loaded ??= createRequire(import.meta.url)('compromise') as Nlp);
}
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

/** One sentence parsed by compromise at most once, and only when a rule asks: the parse is the slow part. */
export class SentenceParse {
  private doc?: ReturnType<Nlp>;
  private entities?: { people: string[]; places: string[]; organizations: string[] };

  constructor(readonly text: string) {}

  private parsed(): ReturnType<Nlp> {
    return (this.doc ??= nlp()(this.text));
  }

  named(): { people: string[]; places: string[]; organizations: string[] } {
    if (!this.entities) {
      const doc = this.parsed();
      const clean = (list: string[]) => list.map((t) => t.replace(/[’'s.,]+$/g, '').trim());
      this.entities = {
        people: clean(doc.people().out('array') as string[]),
        places: clean(doc.places().out('array') as string[]),
        organizations: clean(doc.organizations().out('array') as string[]),
      };
    }
    return this.entities;
  }
}

/** Classifies a run of capitalised words as a person, a state or an organisation, or rejects it. */
export function recogniseActor(phrase: string, sentence: SentenceParse, lexicon: Lexicon): ActorRef | null {
  const words = phrase.split(/\s+/).map(stripPossessive).filter(Boolean);
  if (!words.length || words.some((w) => NOT_NAMES.test(w) || lexicon.nonActors.has(w.toLowerCase()))) return null;
  if (lexicon.nonActors.has(words.join(' ').toLowerCase())) return null;
  const name = words.join(' ');
  // A lone acronym ("CNBC", "UNIFIL") the lexicon does not know is more often an outlet or a mission than an actor.
  if (words.length === 1 && /^[A-Z]{2,6}$/.test(name)) return null;
  const { people, places, organizations } = sentence.named();
  if (people.includes(name)) return personRef(name);
  if (places.includes(name)) return organisationRef(name, 'state');
  if (organizations.includes(name)) return organisationRef(name);
  // Two or more capitalised words compromise cannot place are most often an organisation.
  return words.length >= 2 ? organisationRef(name) : null;
}
