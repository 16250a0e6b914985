// "Frankie Bontemps and Maxwell Evenor are second-generation Chagossians… They are part of the group Chagossian
// Voices": a pronoun that opens a sentence and states membership of a body stands for the people the sentence
// before opened with ("they" for all of them, "he" or "she" for one alone); they speak for that body.
import type { Lexicon } from '../lexicon.ts';
import type { Tag } from '../syntax/tags.ts';
import type { Token } from '../tokens.ts';
import { openingPeople, pronounMembership } from './allegiance.ts';
import { personRef } from './actor-ref.ts';
import type { Mention } from './mentions.ts';
import type { PersonRegistry } from './people.ts';

export interface SentenceWords {
  tokens: Token[];
  mentions: Mention[];
  tags: () => Tag[];
}

/** Places the people a membership pronoun stands for; returns their names. */
export function learnPronounMembers(sentences: SentenceWords[], lexicon: Lexicon, people: PersonRegistry): string[] {
  const placed: string[] = [];
  for (let k = 1; k < sentences.length; k++) {
    const here = sentences[k]!;
    const member = pronounMembership(here.tokens, here.mentions, lexicon, people);
    if (!member) continue;
    const names = openingPeople(sentences[k - 1]!.tokens, lexicon, sentences[k - 1]!.tags);
    // "they" needs more than one person, "he"/"she" exactly one: else the pronoun may stand for someone else.
    if (!names.length || (member.pronoun === 'they') !== names.length > 1) continue;
    for (const name of names.filter((n) => !people.lookup(n)?.represents && !people.lookup(n)?.ref.known)) {
      // (add, not assign: "Bontemps told VOA" may have registered the surname alone.)
      people.add(personRef(name, 'member'), name, 'member', member.body);
      placed.push(name);
    }
  }
  return placed;
}
