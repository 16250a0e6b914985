// Named-entity recognition for actors the lexicon does not know ("Amnesty International", a new
// minister), with compromise. It is the slow part, so it only sees words the cheap rules single out.
import nlp from 'compromise';
import type { ActorRef } from './claims.ts';
import { organisationRef, personRef } from './actor-ref.ts';
import type { Lexicon } from './lexicon.ts';
import { stripPossessive } from './tokens.ts';

const NOT_NAMES = /^(the|a|an|this|that|these|those|it|he|she|they|we|i|but|and|or|in|on|at|after|before|while|when|if|as|for|with|officials?|sources?|president|minister|leaders?)$/i;

/** Character offsets of the words compromise tags as verbs in a sentence ("…that involve Beijing"). */
export function verbOffsets(sentence: string): Set<number> {
  const out = new Set<number>();
  const json = nlp(sentence).json({ offset: true, terms: { offset: true } }) as Array<{ terms: Array<{ offset: { start: number }; tags: string[] }> }>;
  for (const s of json) for (const t of s.terms) if (t.tags.includes('Verb') && !t.tags.includes('Adjective')) out.add(t.offset.start);
  return out;
}

/** Classifies a run of capitalised words as a person, a state or an organisation, or rejects it. */
export function recogniseActor(phrase: string, sentence: string, lexicon: Lexicon): ActorRef | null {
  const words = phrase.split(/\s+/).map(stripPossessive).filter(Boolean);
  if (!words.length || words.some((w) => NOT_NAMES.test(w) || lexicon.nonActors.has(w.toLowerCase()))) return null;
  if (lexicon.nonActors.has(words.join(' ').toLowerCase())) return null;
  const name = words.join(' ');
  const doc = nlp(sentence);
  const has = (list: string[]) => list.some((t) => t.replace(/[’'s.,]+$/g, '').trim() === name);
  if (has(doc.people().out('array') as string[])) return personRef(name);
  if (has(doc.places().out('array') as string[])) return organisationRef(name, 'state');
  if (has(doc.organizations().out('array') as string[])) return organisationRef(name);
  // Two or more capitalised words compromise cannot place are most often an organisation.
  return words.length >= 2 ? organisationRef(name) : null;
}
