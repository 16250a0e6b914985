// The compound reader (readers/compound.ts): a cue that is half of a compound adjective after a name ("a
// <A>-proposed <X>", "the <A>-backed <X>"): A holds the act, X (the noun phrase described) is the position.
import { describe, expect, test } from 'vitest';
import { edgesMatching, edgesOf } from '../../../_helpers-extract.ts';

describe('readCompound', () => {
  test.for([
    ['Ukraine accepted a U.S.-proposed ceasefire.', 'United States -offers-> [Ceasefire]'],
    ['Rebels rejected the Saudi-backed plan.', 'Saudi Arabia -supports-> [Plan]'],
    // The compound describes one noun phrase: what follows it is the sentence's, not the holder's.
    ['Diplomats urged Russia to accept a U.S.-proposed ceasefire or face the possibility of additional sanctions.', 'United States -offers-> [Ceasefire]'],
    // No hyphen: the names are the co-ordinated subject of the verb, read by the active reader.
    ['Chile, Peru and South Korea also supported the ceasefire.', 'Chile -supports-> [Ceasefire]'],
  ])('%s', ([sentence, edge]) => {
    expect(edgesOf(sentence!)).toContain(edge);
  });

  test.for([
    // A compound of a word that names no actor holds nothing.
    ['Ukraine accepted a long-proposed ceasefire.', /-offers->/],
    ['Diplomats urged Russia to accept a U.S.-proposed ceasefire or face additional sanctions.', /United States -threatens->/],
  ])('no such edge in: %s', ([sentence, bad]) => {
    expect(edgesMatching(bad as RegExp, sentence as string)).toEqual([]);
  });
});
