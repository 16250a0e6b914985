// The evidence-date histogram (web/src/date-histogram.ts, issue 12): one bin per month from the first to the
// last evidence date, empty months included, and month ends for the to-date.
import { describe, expect, test } from 'vitest';
import { monthBins, monthEnd } from '../../web/src/date-histogram.ts';
import { displayGraph } from './_graph.ts';

describe('monthBins', () => {
  test('counts evidence sentences per month, empty months included', () => {
    expect(monthBins(displayGraph())).toEqual([
      { month: '2022-01', count: 8 },
      { month: '2022-02', count: 0 },
      { month: '2022-03', count: 2 },
    ]);
  });
});

describe('monthEnd', () => {
  test.for([
    ['2024-02', '2024-02-29'],
    ['2023-02', '2023-02-28'],
    ['2022-12', '2022-12-31'],
  ])('ends %s on %s', ([month, end]) => {
    expect(monthEnd(month!)).toBe(end);
  });
});
