// Position labels from phrases (statements/phrase-label.ts): a label that is only an actor's name is no position,
// a possessor with its noun is one.
import { describe, expect, test } from 'vitest';
import { edgesMatching, edgesOf } from '../../_helpers-extract.ts';

describe('readPhrasePositions', () => {
  test.for([
    ['Peru dismissed Chile\'s response as a stalling tactic.', 'Peru -rejects-> [Chile\'s response]'],
    ['Peru rejected Bolivia\'s latest proposal on Monday.', 'Peru -rejects-> [Bolivia\'s latest proposal]'],
  ])('%s', ([sentence, edge]) => {
    expect(edgesOf(sentence!)).toContain(edge);
  });

  test.for([
    // A possessive with no noun after it names no position.
    ['Peru rejected Chile\'s.', /-rejects->/],
    ['Peru rejected Chile on Monday.', /-rejects->/],
  ])('no such edge in: %s', ([sentence, bad]) => {
    expect(edgesMatching(bad as RegExp, sentence as string)).toEqual([]);
  });
});
