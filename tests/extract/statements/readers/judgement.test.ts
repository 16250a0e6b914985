// The judgement reader (readers/judgement.ts): a judgement after a verb of calling ("called <X> a mistake",
// "described <X> as a disaster"): the verb's subject holds it, its object is judged.
import { describe, expect, test } from 'vitest';
import { edgesMatching, edgesOf } from '../../../_helpers-extract.ts';

describe('readJudgement', () => {
  test.for([
    ['Norway called Chilean subsidies unbearable.', 'Norway -rejects-> [Chilean subsidies]'],
    ['Peru described the proposed border plan as a strategic disaster.', 'Peru -rejects-> [Proposed border plan]'],
    ['Peru called the prisoner exchange a good step.', 'Peru -supports-> [Prisoner exchange]'],
  ])('%s', ([sentence, edge]) => {
    expect(edgesOf(sentence!)).toContain(edge);
  });

  test.for([
    // "for what he called a wonderful meeting" names, it does not act.
    ['Chile hosted Peru for what he called a wonderful meeting.', /-demands->/],
  ])('no such edge in: %s', ([sentence, bad]) => {
    expect(edgesMatching(bad as RegExp, sentence as string)).toEqual([]);
  });
});
