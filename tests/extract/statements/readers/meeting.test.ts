// The reader of acts between two actors (readers/meeting.ts): meetings ("met <B>", "talks between <A> and <B>",
// "<A>'s talks with <B>") and accusations ("accused <B> of", "blamed <B> for"); aimed at a thing, a stance on it.
import { describe, expect, test } from 'vitest';
import { edgesOf } from '../../../_helpers-extract.ts';

describe('readMeeting', () => {
  test.for([
    ['Negotiations between Chile and Bolivia on the border have gone on for years.', 'Chile -meets-> Bolivia'],
    ['Peru held a separate meeting with Ecuador in Lima.', 'Peru -meets-> Ecuador'],
    ["Kenya's talks with the International Monetary Fund are progressing.", 'Kenya -meets-> IMF'],
    ['Ghana said that discussions with the International Monetary Fund are progressing well.', 'Ghana -meets-> IMF'],
    // An accusation aimed at an actor.
    ['Peru accused Chile of violating the truce.', 'Peru -accuses-> Chile'],
    ['Peru blamed Chile for the violence.', 'Peru -accuses-> Chile'],
    // A condemnation aimed at a thing, not an actor, rejects it.
    ['The opposition coalition of Chile denounced the delay.', 'Chile -rejects-> [Delay]'],
    ['Norway condemned the decision.', 'Norway -rejects-> [Decision]'],
    // Words that touch in the text touch in the label.
    ['Peru denounced the moves against the Serb-controlled republic.', 'Peru -rejects-> [Moves against the Serb-controlled republic]'],
  ])('%s', ([sentence, edge]) => {
    expect(edgesOf(sentence!)).toContain(edge);
  });

  test.for([
    // Talks not yet held are no meeting; a place is no party.
    ['Peruvians want leverage for future negotiations with Chile, an analyst said.', /-meets->/],
    ['Peru met in Lima.', /-meets->/],
  ])('no such edge in: %s', ([sentence, bad]) => {
    expect(edgesOf(sentence as string).filter((e) => (bad as RegExp).test(e))).toEqual([]);
  });

  test('a name joined to a word by a hyphen is no party to the talks', () => {
    expect(edgesOf('Kenya said of its talks with the U.S.-based lender that they went well.').filter((e) => /-meets-> United States/.test(e))).toEqual([]);
  });
});
