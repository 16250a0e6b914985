// Constructions of English the statement readers handle, each with invented actors and wording: the edges a
// sentence must give, and the ones it must not.
import { describe, expect, test } from 'vitest';
import { edgesOf } from '../_helpers-extract.ts';

describe('constructions', () => {
  test.for([
    // A condemnation aimed at a thing, not an actor, rejects it.
    ['The opposition coalition of Chile denounced the delay.', 'Chile -rejects-> [Delay]'],
    ['Norway condemned the decision.', 'Norway -rejects-> [Decision]'],
    // "X must V" with no actor as X: the speaker wants X.
    ['Canadian Prime Minister Ann Lee said negotiations with Mexico must continue.', 'Ann Lee -demands-> [Talks]'],
    // Votes take a stance on what they are for or against.
    ["Ghana's parliament voted to extend the mandate.", 'Ghana -supports-> [Extend the mandate]'],
    ['Peru voted against the resolution.', 'Peru -rejects-> [Resolution]'],
    // A phrase aimed at an actor targets it.
    ['Brazil imposed new quotas on Argentina.', '[Quotas on Argentina] -targets-> Argentina'],
  ])('%s', ([sentence, edge]) => {
    expect(edgesOf(sentence!)).toContain(edge);
  });

  test.for([
    // The lexicon's negations govern the cue after them.
    ['Russia denied it wants security guarantees.', /-demands->/],
    ['Egypt has refrained from accepting the offer.', /-accepts->/],
    ['Japan has no intention of imposing tariffs.', /-(imposes|threatens)->/],
    // A label never ends in a dangling word: "institutions like" loses "like".
    ['Kenya rejected pressure from unaccountable international institutions like the fund.', /\[[^\]]* (like|the|of|from)\]/],
    // "what has to be done" names no position.
    ['This will allow Peru to quickly do what has to be done.', /-demands->/],
  ])('no such edge in: %s', ([sentence, bad]) => {
    expect(edgesOf(sentence as string).filter((e) => (bad as RegExp).test(e))).toEqual([]);
  });
});
