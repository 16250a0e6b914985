// Groups that are not their state: factions and sectors named with their country ("German automakers"), factions
// named alone in a story about one state ("Opposition parties" in a story about Peru), and "the insurgent group"
// for the last armed group named. Each row is invented news text.
import { describe, expect, test } from 'vitest';
import { edgesMatching, edgesOf } from '../../_helpers-extract.ts';

/** Four sentences that make Peru the state the article is about (its mentions dominate). */
const PERU = 'Peru held elections. Peru counted votes. Peru named a cabinet. Peru passed a law.';

describe('factions and sectors', () => {
  test.for([
    ['German automakers are against tariffs.', 'German automakers -rejects-> [Tariffs]'],
    ['Indian farmers rejected the new export rules.', 'Indian farmers -rejects-> [Export rules]'],
    [`${PERU} Opposition parties rejected the budget, saying it would be inflationary.`, 'Peruvian opposition parties -rejects-> [Budget]'],
    [`${PERU} The opposition has rejected the budget.`, 'Peruvian opposition -rejects-> [Budget]'],
    [`${PERU} Opposition lawmakers denounced the extension of the mandate.`, 'Peruvian opposition lawmakers -rejects-> [Extension of the mandate]'],
    // A state's post at a body is the state's ("Iran's U.N. mission"), and "his" later in the sentence that office.
    ["Peru's U.N. mission condemned Chile.", 'Peru -accuses-> Chile'],
    // "European" is the EU's adjective ("the European side").
    ['China proposed minimum prices, but the European side refused.', 'European Union -rejects-> [Minimum prices]'],
    ['Rebels in the Ivory Coast dismissed an appeal to lay down their arms.', 'Ivorian rebels -rejects-> [Appeal to lay down their arms]'],
    ['The Taliban attacked a checkpoint. The insurgent group denied involvement.', 'Taliban -rejects-> [Involvement]'],
    ['Hamas fired rockets. The militant group rejected the ceasefire proposal.', 'Hamas -rejects-> [Ceasefire]'],
  ])('%s', ([text, edge]) => {
    expect(edgesOf(text!)).toContain(edge);
  });

  test.for([
    // No state dominates: a faction named alone is nobody's.
    ['Opposition parties rejected the budget.', /opposition/i],
    // Disagreement, not a group.
    [`${PERU} The plan met opposition from Chile, which rejected the budget.`, /opposition/i],
    // A place, not whose they are; weather systems are nobody.
    [`${PERU} The United States negotiated with the insurgents in Qatar's capital, Doha.`, /Qatari/],
    ['Tropical Cyclone Jude slammed into parts of southern Africa this week.', /Cyclone/],
    ["Chile's U.N. ambassador spoke, but his U.N. mission criticized Peru.", /United Nations -accuses->/],
    // A capitalised word names the group itself.
    [`${PERU} Houthi rebels rejected the truce.`, /Peruvian rebels/],
    // "the Group of Seven" is a name, not "the group".
    ['Hamas fired rockets. Diplomats from the Group of Seven urged Russia to accept a ceasefire.', /Hamas/],
  ])('no such actor in: %s', ([text, bad]) => {
    expect(edgesMatching(bad as RegExp, text as string)).toEqual([]);
  });
});

describe('a family name written first', () => {
  test('"Kim" after "Kim Jong Un" is Kim Jong Un; before any full name it is nobody the lexicon knows', () => {
    expect(edgesOf('Trump met Kim Jong Un in Singapore.', 'Trump met Kim again in Hanoi.').filter((e) => /meets/.test(e))).toEqual([
      'Donald Trump -meets-> Kim Jong Un',
      'Donald Trump -meets-> Kim Jong Un',
    ]);
    expect(edgesOf('Trump met Kim again in Hanoi.').join('\n')).not.toMatch(/Kim Jong Un/);
  });
});

describe('a document that opens its sentence', () => {
  test('"The statement" speaks for whoever issued it in the sentence before', () => {
    expect(edgesOf('Peru issued a statement on Tuesday saying it was disappointed by the vote.', 'The statement threatened sanctions.')).toContain('Peru -threatens-> [Economic sanctions]');
  });
  test('"The statement was made…" names no one', () => {
    expect(edgesOf('Peru issued a statement on Tuesday.', 'The statement was made as Chile agreed to lift sanctions.').join('\n')).not.toMatch(/^Peru -accepts->/m);
  });
});

describe('"they"', () => {
  test.for([
    // One person is never "they".
    ['Peruvian Foreign Minister Ana Ruiz spoke about the migrants. "They want to make their way to Chile," she said.', /Ana Ruiz -(supports|demands)->/],
    // A group the text does not name, speaking, is the "they" after its verb of saying.
    ['Chile rejected the plan. Government ministers say they hope to allow tourism to resume.', /Chile -supports->/],
  ])('no such edge in: %s', ([text, bad]) => {
    expect(edgesMatching(bad as RegExp, text as string)).toEqual([]);
  });
});
