// The intention reader (readers/intention.ts): an intention ("is looking to", "hopes", "seeks to") in its
// holder's own words or the writer's supports what it aims at; one another side ascribes is no stance.
import { describe, expect, test } from 'vitest';
import { edgesMatching, edgesOf } from '../../../_helpers-extract.ts';

describe('intentionSkip', () => {
  test.for([
    ['Peru is looking to reset relations with Chile.', 'Peru -supports-> [Reset relations with Chile]'],
    ['Peru hopes there can be a new border deal.', 'Peru -supports-> [Border deal]'],
    // A label may open with a copula after a modal ("there can be a deal"): this once never returned.
    ['Peru hopes there can be a deal.', 'Peru -supports-> [Deal]'],
  ])('%s', ([sentence, edge]) => {
    expect(edgesOf(sentence!)).toContain(edge);
  });

  test.for([
    // An intention another side ascribes is no stance; "looking to X to" is reliance, not intention.
    ['"Chile seeks to divide the region," Peru said.', /Chile -supports->/],
    ['Chile is looking to Peru to veto any sanctions.', /Chile -supports->/],
    // "probably intend" is a guess, not an intention.
    ['Peruvian officials probably intend to use the law selectively, experts say.', /-supports->/],
  ])('no such edge in: %s', ([sentence, bad]) => {
    expect(edgesMatching(bad as RegExp, sentence as string)).toEqual([]);
  });
});
