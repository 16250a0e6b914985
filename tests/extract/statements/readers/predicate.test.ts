// The predicate reader (readers/predicate.ts): a predicate linked by a copula ("<X> is a red line for <A>",
// "those are non-starters", "It is a mistake to <V>"): the subject is the position, a judged actor is accused.
import { describe, expect, test } from 'vitest';
import { edgesMatching, edgesOf } from '../../../_helpers-extract.ts';

describe('readPredicate', () => {
  test.for([
    // A judgement linked by a copula, with "it" standing for the infinitive after it.
    ['Peru said the new quotas are unfair.', 'Peru -rejects-> [Quotas]'],
    ['Peru said: "It was a mistake to support the rebels."', 'Peru -rejects-> [Support the rebels]'],
    // A judgement of an actor accuses it.
    ['Peru said Bolivia is "one of the most hostile and abusive" neighbours.', 'Peru -accuses-> Bolivia'],
    ['Peru contended in a post that Bolivia is "one of the most hostile" neighbours.', 'Peru -accuses-> Bolivia'],
    // A label cut by the length limit completes its noun phrase.
    ['Peru said the decision to extend their mandate by two years is null and void.', 'Peru -rejects-> [Decision to extend their mandate by two years]'],
    // "for <A>" names the holder; "those" refers to the previous sentence's positions.
    ['A ceasefire is a red line for Peru.', 'Peru -demands-> [No ceasefire]'],
    ['Chile demanded a ceasefire. Those are non-starters, Peru said.', 'Peru -rejects-> [Ceasefire]'],
    // "should never have been": what was, was wrong; "that" stands for the noun phrase after it.
    ['"That never should have been a pause that hurts farmers," Peru\'s trade minister said.', 'Peru -rejects-> [Pause]'],
    ['Peru said the new quotas should never have been imposed.', 'Peru -rejects-> [Quotas]'],
    // What will not achieve its goal or solve a problem is rejected.
    ['Peru said new sanctions will not solve the crisis.', 'Peru -rejects-> [Economic sanctions]'],
    ['"Putting maximum pressure on a certain country is not going to achieve the goal," Peru\'s foreign minister said.', 'Peru -rejects-> [Putting maximum pressure on a certain country]'],
  ])('%s', ([sentence, edge]) => {
    expect(edgesOf(sentence!)).toContain(edge);
  });

  test.for([
    // A judgement needs a copula or a calling verb: an adjective before a noun judges nothing.
    ['The unfair quotas angered Peru.', /-rejects->/],
    // One's own side judged is no accusation.
    ['Peru contended that Peru is one of the most hostile places for smugglers.', /-accuses->/],
    // "It is unconstitutional" does not say what "it" is.
    ['Peru demanded talks. "It is unconstitutional," Peru said.', /-rejects->/],
    // What should not have surprised anyone was not wrong.
    ['Peru said that should never have been a surprise to anyone.', /-rejects->/],
    ['Peru said Chile should have been a partner.', /-rejects->/],
    // An actor that will not solve a problem is judged for what it does, not accused.
    ['Peru said Chile will not solve the problem.', /-(accuses|rejects)->/],
    ['Peru said Bolivia should never have been a member of the council.', /-accuses->/],
  ])('no such edge in: %s', ([sentence, bad]) => {
    expect(edgesMatching(bad as RegExp, sentence as string)).toEqual([]);
  });
});
