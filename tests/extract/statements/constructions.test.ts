// Constructions of a whole article, not of one reader (the readers' own tables are in readers/): who a person
// speaks for, and the state an article is about.
import { describe, expect, test } from 'vitest';
import { edgesMatching, edgesOf } from '../../_helpers-extract.ts';

describe('constructions', () => {
  test.for([
    // A retired officer speaks for no state.
    ['"Chile is acting against Peru," said retired Peruvian admiral Jose Quispe, now an analyst.', /Jose Quispe -represents->/],
  ])('no such edge in: %s', ([sentence, bad]) => {
    expect(edgesMatching(bad as RegExp, sentence as string)).toEqual([]);
  });
});

describe('the state an article is about', () => {
  const story = (...extra: string[]) => [
    'Chile said on Monday it would seek a new trade deal.',
    'Chile wants lower tariffs, and Chile has asked for talks.',
    'Officials in Chile said Chile is ready.',
    ...extra,
  ];
  test('a minister named without a country holds the office of the state the story is about', () => {
    expect(edgesOf(...story('Finance Minister Rosa Ibarra said the talks were going well.'))).toContain('Rosa Ibarra -represents-> Chile');
  });
  test('no state is assumed when none dominates the story', () => {
    const edges = edgesOf('Chile and Peru met.', 'Peru and Chile said they would meet again.', 'Finance Minister Rosa Ibarra said the talks were going well.');
    expect(edges.filter((e) => e.startsWith('Rosa Ibarra -represents->'))).toEqual([]);
  });
});
