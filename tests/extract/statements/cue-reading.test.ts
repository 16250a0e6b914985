// Cues that only look like acts (cue-reading.ts), turned away before any reader: negated or hedged verbs,
// participles that describe a noun.
import { describe, expect, test } from 'vitest';
import { edgesOf } from '../../_helpers-extract.ts';

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
    expect(edgesOf(sentence as string).filter((e) => (bad as RegExp).test(e))).toEqual([]);
  });
});
