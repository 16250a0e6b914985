// Lexicon cue words added for constructions of diplomatic news, each row invented text: reneging on and walking away
// from a commitment reject it; suing, summoning an envoy and lodging a protest accuse.
import { describe, expect, test } from 'vitest';
import { edgesOf } from '../../_helpers-extract.ts';

describe('cue words', () => {
  test.for([
    ['Peru has reneged on its commitment to hold a referendum on the border.', 'Peru -rejects-> [Elections]'],
    ['Chile walked away from the fisheries agreement on Monday.', 'Chile -rejects-> [Fisheries agreement]'],
    ['Bolivia backed out of the gas deal.', 'Bolivia -rejects-> [Gas deal]'],
    ['Iran summoned the British ambassador on Monday.', 'Iran -accuses-> United Kingdom'],
    ['Serbia lodged an official protest with Albania today.', 'Serbia -accuses-> Albania'],
    ['Ecuador sued Colombia at the International Court of Justice.', 'Ecuador -accuses-> Colombia'],
    ['Opposition groups in Zimbabwe are demanding that the president resign.', 'Zimbabwean opposition groups -demands-> [Change of leadership]'],
  ])('%s', ([text, edge]) => {
    expect(edgesOf(text!)).toContain(edge);
  });
});
