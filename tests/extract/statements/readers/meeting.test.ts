// The reader of acts between two actors (readers/meeting.ts): meetings ("met <B>", "talks between <A> and <B>",
// "<A>'s talks with <B>") and accusations ("accused <B> of", "blamed <B> for"); aimed at a thing, a stance on it.
import { describe, expect, test } from 'vitest';
import { edgesMatching, edgesOf } from '../../../_helpers-extract.ts';

describe('readMeeting', () => {
  test.for([
    ['Negotiations between Chile and Bolivia on the border have gone on for years.', 'Chile -meets-> Bolivia'],
    ['Peru held a separate meeting with Ecuador in Lima.', 'Peru -meets-> Ecuador'],
    ["Kenya's talks with the International Monetary Fund are progressing.", 'Kenya -meets-> IMF'],
    ['Ghana said that discussions with the International Monetary Fund are progressing well.', 'Ghana -meets-> IMF'],
    // A sub-heading glued to the sentence: the capitalised cue opens the sentence, it is no name.
    ['Border talks Negotiations between Chile and Bolivia have gone on for years.', 'Chile -meets-> Bolivia'],
    // A call named by an adverbial: the verb's object, a "with" after time words, or co-ordinated subjects.
    ['Colombian President Gustavo Petro told Peru in phone conversations last week that the border is calm.', 'Gustavo Petro -meets-> Peru'],
    ['Gustavo Petro told Peru and Bolivia by phone that the border is calm.', 'Gustavo Petro -meets-> Bolivia'],
    ['The talks resumed after Gustavo Petro spoke by video link last week with his Argentine counterpart Javier Milei.', 'Gustavo Petro -meets-> Javier Milei'],
    ['Chile and Peru spoke by phone on Monday.', 'Chile -meets-> Peru'],
    ['Peru told Chile during the visit that the port would open.', 'Peru -meets-> Chile'],
    // A conjunction of time opens a clause whose subject met.
    ['The border reopened after Chile met Peru.', 'Chile -meets-> Peru'],
    // Co-ordinated subjects, an adjective before the second ("X and outgoing Y"), all meet the other side named.
    ['Both Colombian President Gustavo Petro and outgoing Argentine President Javier Milei told Peru in phone conversations that the border is calm.', 'Gustavo Petro -meets-> Peru'],
    ['Colombia and Argentina held talks with Peru in Lima.', 'Argentina -meets-> Peru'],
    // Two names joined by a hyphen before a meeting noun are its sides.
    ['The summit follows U.S.-Peru talks in Lima.', 'United States -meets-> Peru'],
    ['The U.S.-Peru negotiations ended on Monday.', 'United States -meets-> Peru'],
    // Co-ordinated sides: "X and the Y" as subjects, "A and B" as objects; "their counterparts" is the other side.
    ['Colombia and the United States held indirect talks in Lima.', 'Colombia -meets-> United States'],
    ['Colombia met separately with Peru and Bolivia.', 'Colombia -meets-> Bolivia'],
    ['Colombian officials met their Peruvian counterparts in Lima.', 'Colombia -meets-> Peru'],
    ['Peru accused Chile and Bolivia of violating the truce.', 'Peru -accuses-> Bolivia'],
    // Meetings in the plural, and a meeting with words between it and its "with".
    ["Colombia's meetings with Peru went well.", 'Colombia -meets-> Peru'],
    ['Colombia held a meeting on Monday with Peru.', 'Colombia -meets-> Peru'],
    // Calls by telephone, and taking part in talks.
    ['Colombia phoned Peru on Monday.', 'Colombia -meets-> Peru'],
    ['Colombia held a phone call with Peru on Tuesday.', 'Colombia -meets-> Peru'],
    ['A phone call between Colombia and Peru lasted two hours.', 'Colombia -meets-> Peru'],
    ['Colombia took part in the talks with Peru in Lima.', 'Colombia -meets-> Peru'],
    // Receiving a guest.
    ['Colombia received the Peruvian delegation in Bogota.', 'Colombia -meets-> Peru'],
    // A visit by the visitor to the host.
    ['During a visit by Gustavo Petro to Peru last month, the ministers signed a deal.', 'Gustavo Petro -meets-> Peru'],
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
    // A meeting only supposed.
    ['Chile would gain little from another meeting with Peru.', /-meets->/],
    // Talks someone says must go on are no meeting of theirs.
    ['The Chilean president said talks with Peru must continue.', /-meets->/],
    // Talks not yet held are no meeting; a place is no party.
    ['Peruvians want leverage for future negotiations with Chile, an analyst said.', /-meets->/],
    ['Peru met in Lima.', /-meets->/],
    // What is said in a call about another actor is no meeting with it; a call not held is none.
    ['Gustavo Petro said in a phone call that Peru backs the deal.', /-meets->/],
    ['Chile told reporters by phone that Peru had closed the border.', /-meets->/],
    ['Chile refused to tell Peru by phone.', /-meets->/],
    // A person does not meet the state they speak for.
    ['Colombian President Gustavo Petro and other Colombian officials held talks with Peru.', /Petro -meets-> Colombia/],
    // Talks not held, a meeting noun with no pair, a reaction met with.
    ['Analysts doubt there will be any U.S.-Peru talks.', /-meets->/],
    ["Colombia's talks in Lima went well.", /-meets->/],
    ['The plan, which Colombia and Peru drafted, met with opposition from Chile.', /-meets->/],
    // A possessive pronoun after the cue is the subject's own side, no other.
    ['Colombia met its allies in Lima.', /-meets->/],
    // Taking part in what is no meeting; a call to say something of another.
    ['Colombia took part in the invasion of Peru.', /-meets->/],
    ['Colombia phoned to say Peru backs the deal.', /-meets->/],
    ['Colombia met on Monday to discuss Peru.', /-meets->/],
    // What is received from someone, or someone's thing, is no guest.
    ['Colombia received weapons from Peru.', /-meets->/],
    ["Colombia received Peru's proposal on Monday.", /-meets->/],
    // A visit to a place with no visitor named, or a visitor with no host.
    ['During a visit to Lima, Chile said the border was calm.', /-meets->/],
    ['A visit by Gustavo Petro ended on Monday.', /-meets->/],
  ])('no such edge in: %s', ([sentence, bad]) => {
    expect(edgesMatching(bad as RegExp, sentence as string)).toEqual([]);
  });

  test('a name joined to a word by a hyphen is no party to the talks', () => {
    expect(edgesOf('Kenya said of its talks with the U.S.-based lender that they went well.').filter((e) => /-meets-> United States/.test(e))).toEqual([]);
  });
});
