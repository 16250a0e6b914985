// The directive reader (readers/directive.ts, with addressee.ts): "<A> urged / asked / pressed <B> to <V>",
// "demanded that <B> <V>": <A> demands <V>, <V> targets <B>; a passive infinitive's subject is the position.
import { describe, expect, test } from 'vitest';
import { edgesMatching, edgesOf } from '../../../_helpers-extract.ts';

describe('readDirective', () => {
  test.for([
    // Co-ordinated verb phrases are positions each, a lexicon concept or a phrase; a negating verb governs only its own.
    ['Norway urged both sides to reduce hostilities and resume stalled peace talks.', 'Norway -demands-> [Reduce hostilities]'],
    ['Norway urged both sides to reduce hostilities and resume stalled peace talks.', 'Norway -demands-> [Talks]'],
    ['Peru urged Chile to lift sanctions and resume talks.', 'Peru -demands-> [Talks]'],
    // A time adverbial between the addressee and its infinitive.
    ['Norway urged Chile on Friday to accept a ceasefire.', '[Ceasefire] -targets-> Chile'],
    ['Norway urged Chile again to accept a ceasefire.', 'Norway -demands-> [Ceasefire]'],
    // "want the hunts to be stopped": the noun phrase with its participle.
    ['Chile wants the hunts to be stopped.', 'Chile -demands-> [Hunts stopped]'],
    ['Peru called for the charges to be dropped.', 'Peru -demands-> [Charges dropped]'],
    // The addressee before "for" or "with", or as the subject of a "that" clause.
    ['Chile asked Peru for sanctions relief.', '[Lifting of sanctions] -targets-> Peru'],
    ['Peru threatened Chile with new tariffs.', '[Tariffs] -targets-> Chile'],
    ['Peru demanded that Chile withdraw its troops.', '[Withdrawal of troops] -targets-> Chile'],
    // An adverb may stand between "to" and the verb the addressee is told to do.
    ['Peru pressed Chile to quickly return to the talks.', '[Talks] -targets-> Chile'],
    // "…or face sanctions": the demand carries a threat.
    ['Peru urged Chile to accept a ceasefire or face sanctions.', 'Peru -threatens-> [Economic sanctions]'],
  ])('%s', ([sentence, edge]) => {
    expect(edgesOf(sentence!)).toContain(edge);
  });

  test('an infinitive after a verb that takes one is that verb\'s, not a purpose', () => {
    const edges = edgesOf('Chile urged Peru on Friday to accept a ceasefire.');
    expect(edges).toContain('Chile -demands-> [Ceasefire]');
    expect(edges.filter((e) => /-accepts->/.test(e))).toEqual([]);
  });
});

describe('readDirective: what it must not read', () => {
  test.for([
    // "lift" negates the sanctions, not the talks after "and resume"; "enhance and deepen ties" is one position.
    ['Peru urged Chile to lift sanctions and resume talks.', /\[No talks\]/],
    ['Peru urged Chile to enhance and deepen trade ties.', /\[Enhance\]/],
    // "or face sanctions" is the threat a demand carries, not a second demand.
    ['Norway urged Chile to accept a ceasefire and resume talks or face additional sanctions.', /-demands-> \[Face/],
  ])('no such edge in: %s', ([sentence, bad]) => {
    expect(edgesMatching(bad as RegExp, sentence as string)).toEqual([]);
  });
});
