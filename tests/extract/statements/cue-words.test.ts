// Lexicon cue words added for constructions of diplomatic news, each row invented text: reneging on and walking away
// from a commitment reject it; suing, summoning an envoy and lodging a protest accuse; being ready for something
// offers it; stressing the need for something demands it; prioritizing it supports it.
import { describe, expect, test } from 'vitest';
import { edgesMatching, edgesOf } from '../../_helpers-extract.ts';

describe('cue words', () => {
  test.for([
    ['Peru has reneged on its commitment to hold a referendum on the border.', 'Peru -rejects-> [Elections]'],
    ['Chile walked away from the fisheries agreement on Monday.', 'Chile -rejects-> [Fisheries agreement]'],
    ['Bolivia backed out of the gas deal.', 'Bolivia -rejects-> [Gas deal]'],
    ['Iran summoned the British ambassador on Monday.', 'Iran -accuses-> United Kingdom'],
    ['Serbia lodged an official protest with Albania today.', 'Serbia -accuses-> Albania'],
    ['Ecuador sued Colombia at the International Court of Justice.', 'Ecuador -accuses-> Colombia'],
    ['Bolivia said it was ready for talks on the border.', 'Bolivia -offers-> [Talks]'],
    ['Peru has underscored the need for talks with Chile.', 'Peru -demands-> [Talks]'],
    ['"We prioritize negotiations," a Peruvian spokesman said.', 'Peru -supports-> [Talks]'],
    ['Opposition groups in Zimbabwe are demanding that the president resign.', 'Zimbabwean opposition groups -demands-> [Change of leadership]'],
  ])('%s', ([text, edge]) => {
    expect(edgesOf(text!)).toContain(edge);
  });
});

describe('concept words that are no position on their own', () => {
  test.for([
    // Hostages named in a threat against them are no demand for their release.
    ['Chile attacked. The rebels said they would execute soldiers among the hostages if Chile did not pay.', /Release of hostages/],
    // The actor a penalty was imposed on is its target, not its label; a right to act is no act; speculation is no stance.
    ['Officials hinted at lifting the sanctions Peru has imposed on Chile in recent years.', /\[Chile/],
    ['Peru and Chile are disagreeing over Chile\'s rights to extend its fishing zone.', /-accepts->/],
    ['"It stands to reason that Peru would seek another meeting with Chile," an analyst said.', /Peru -demands->/],
  ])('no such edge in: %s', ([text, bad]) => {
    expect(edgesMatching(bad as RegExp, text as string)).toEqual([]);
  });

  test('releasing hostages is still their release', () => {
    expect(edgesOf('Peru demanded that the rebels release the hostages.')).toContain('Peru -demands-> [Release of hostages]');
  });
});

describe('the future behind adverbs', () => {
  test('"which will, essentially, permanently shut down" is a threat, not an imposition', () => {
    const edges = edgesOf('"I will raise the tariffs on cars, which will, essentially, permanently shut down the car business in Chile," the Peruvian president said.');
    expect(edges.filter((e) => /-imposes-> \[Shut down/.test(e))).toEqual([]);
  });
});
