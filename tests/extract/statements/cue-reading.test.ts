// Cues that only look like acts (cue-reading.ts), turned away before any reader: negated or hedged verbs,
// participles that describe a noun.
import { describe, expect, test } from 'vitest';
import { edgesMatching, edgesOf } from '../../_helpers-extract.ts';

describe('readCue', () => {
  test.for([
    // "seldom criticized" is no criticism.
    ['Peru seldom criticized Chile.', /-accuses->/],
    // A participle before its noun describes it.
    ['Peruvian experts detailed prohibited transfers of arms to Chile.', /-imposes->/],
    // Others' guesses are no stance.
    ['Analysts say Chile would especially welcome the closure of the base.', /Chile -supports->/],
    // The lexicon's negations govern the cue after them.
    ['Russia denied it wants security guarantees.', /-demands->/],
    ['Egypt has refrained from accepting the offer.', /-accepts->/],
    ['Japan has no intention of imposing tariffs.', /-(imposes|threatens)->/],
  ])('no such edge in: %s', ([sentence, bad]) => {
    expect(edgesMatching(bad as RegExp, sentence as string)).toEqual([]);
  });
});

describe('not wanting', () => {
  test.for([
    // Not wanting an act or a thing rejects it.
    ['Peru told its advisers it does not want to meet with Chile before the election.', 'Peru -rejects-> [Meet with Chile]'],
    ['Peru doesn\'t want to sign the border treaty.', 'Peru -rejects-> [Sign the border treaty]'],
    ['Peru said it did not want to see a partition of the province.', 'Peru -rejects-> [Partition of the province]'],
  ])('%s', ([sentence, edge]) => {
    expect(edgesOf(sentence!)).toContain(edge);
  });

  test.for([
    // A wish about oneself, declining to discuss, a pro-verb and a generic "you" reject nothing.
    ['Peru said it did not want to be identified as the source.', /-rejects->/],
    ['"We don\'t want to talk about the bad scenario," Peru said.', /-rejects->/],
    ['"Believe me, I do not want to do this," Peru\'s president said.', /-rejects->/],
    ['"Either you want to end this war, or you don\'t want to end this war," Peru said.', /-rejects->/],
    // Not demanding is no rejection.
    ['Peru did not demand a ceasefire.', /-rejects->/],
  ])('no such edge in: %s', ([sentence, bad]) => {
    expect(edgesMatching(bad as RegExp, sentence as string)).toEqual([]);
  });
});
