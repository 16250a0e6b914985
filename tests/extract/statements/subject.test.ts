// The subject of a cue's clause (statements/subject.ts): asides between the subject and its verb ("including …",
// an apposition after a name) are skipped, and names inside them never act.
import { describe, expect, test } from 'vitest';
import { edgesMatching, edgesOf } from '../../_helpers-extract.ts';

/** Four sentences that make Peru the state the article is about (its mentions dominate). */
const PERU = 'Peru held elections. Peru counted votes. Peru named a cabinet. Peru passed a law.';

describe('subjectOf', () => {
  test.for([
    // An "including" aside between the subject and its verb.
    [`${PERU} Opposition lawmakers, including those in the upper house, have denounced the extension.`, 'Peruvian opposition lawmakers -rejects-> [Extension]'],
    ['Chile, including its northern regions, rejected the border plan.', 'Chile -rejects-> [Border plan]'],
    // A name inside an apposition describes the person before it, who acts.
    ['Ana Ruiz, head of the Wine Growers Council of Chile, called the Peruvian tax on wine "deeply disappointing."', 'Ana Ruiz -rejects-> [Peruvian tax on wine]'],
    ['Ana Ruiz, head of the Farmers Union of the Philippines, rejected the border plan.', 'Ana Ruiz -rejects-> [Border plan]'],
  ])('%s', ([sentence, edge]) => {
    expect(edgesOf(sentence!)).toContain(edge);
  });

  test.for([
    // The name inside the apposition is not the subject.
    ['Ana Ruiz, head of the Wine Growers Council of Chile, called the Peruvian tax on wine "deeply disappointing."', /^Chile -rejects->/],
    ['Ana Ruiz, head of the Farmers Union of the Philippines, rejected the border plan.', /^Philippines -rejects->/],
  ])('no such edge in: %s', ([sentence, bad]) => {
    expect(edgesMatching(bad as RegExp, sentence as string)).toEqual([]);
  });

  test('each of a list of names separated by commas acts', () => {
    expect(edgesOf('Peru, Chile and Bolivia rejected the border plan.')).toEqual(expect.arrayContaining(['Peru -rejects-> [Border plan]', 'Chile -rejects-> [Border plan]', 'Bolivia -rejects-> [Border plan]']));
  });
});
