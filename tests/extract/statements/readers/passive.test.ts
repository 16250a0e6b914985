// The obligation reader (readers/passive.ts): "<B> must / will have to / would face <X>", said by <A>: <A>
// demands or threatens <X>, aimed at <B>; with no actor obliged, the subject is what the speaker wants.
import { describe, expect, test } from 'vitest';
import { edgesMatching, edgesOf } from '../../../_helpers-extract.ts';

describe('readPassive', () => {
  test.for([
    // Inside a quotation, "they" is the group the quotation named (not the last sentence's subject).
    ['Peru met Chile. "If Hamas is sincere, then they must stop firing rockets," said Ana Ruiz, Chile\'s foreign minister.', '[Stop firing rockets] -targets-> Hamas'],
    // "X must V" with no actor as X: the speaker wants X.
    ['Canadian Prime Minister Ann Lee said negotiations with Mexico must continue.', 'Ann Lee -demands-> [Talks]'],
    // A quoted "they" for an actor the sentence names.
    ['"If the rebels of Chile are sincere, then Chile must stop the raids," Peru said.', 'Peru -demands-> [Stop the raids]'],
    // "the council" is the last council named.
    ['The African Union Peace and Security Council met on Monday. The council must be united in its response, Kenya said.', 'Kenya -demands-> [United in its response]'],
    // The actor obliged is the target; the speaker demands.
    ['Chile must withdraw its troops, Peru said.', 'Peru -demands-> [Withdrawal of troops]'],
    ['Chile must withdraw its troops, Peru said.', '[Withdrawal of troops] -targets-> Chile'],
    ['Peru said Chile would face sanctions if it invades Bolivia.', '[Economic sanctions] -targets-> Chile'],
  ])('%s', ([sentence, edge]) => {
    expect(edgesOf(sentence!)).toContain(edge);
  });

  test.for([
    // "what has to be done" names no position.
    ['This will allow Peru to quickly do what has to be done.', /-demands->/],
    // An obligation one's own side states is no demand.
    ['"Peru will have to take measures," Peru said.', /-demands->/],
  ])('no such edge in: %s', ([sentence, bad]) => {
    expect(edgesMatching(bad as RegExp, sentence as string)).toEqual([]);
  });
});
