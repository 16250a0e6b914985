// The relation a cue's verb group gives (polarity.ts): a negated stance rejects, a penalty announced for later
// or its holder's "could" threatens, the writer's "could" is only a possibility.
import { describe, expect, test } from 'vitest';
import { edgesMatching, edgesOf } from '../../_helpers-extract.ts';

describe('statementDraft', () => {
  test.for([
    // "not supportive of", "does not support": a rejection.
    ['Ghana was not supportive of a ceasefire.', 'Ghana -rejects-> [Ceasefire]'],
    ['Togo does not support new sanctions.', 'Togo -rejects-> [Economic sanctions]'],
    ['Togo will not accept a ceasefire.', 'Togo -rejects-> [Ceasefire]'],
    // A penalty its holder says it could impose is a veiled threat.
    ['Peru has hinted that it could retaliate with tariffs on Chilean wine.', 'Peru -threatens-> [Tariffs on Chilean wine]'],
    // A sanction announced for later is a threat.
    ['Peru said it would impose tariffs on Chile.', 'Peru -threatens-> [Tariffs]'],
  ])('%s', ([sentence, edge]) => {
    expect(edgesOf(sentence!)).toContain(edge);
  });

  test.for([
    // A possible penalty the writer reports is no threat.
    ['The risk is that the Peruvian government could impose restrictions on Chilean wine.', /-threatens->/],
    // Not (yet) agreed is still open: no refusal.
    ['Togo has not agreed to the ceasefire.', /-rejects->/],
    ['Togo hasn\'t accepted the ceasefire yet.', /-rejects->/],
  ])('no such edge in: %s', ([sentence, bad]) => {
    expect(edgesMatching(bad as RegExp, sentence as string)).toEqual([]);
  });
});
