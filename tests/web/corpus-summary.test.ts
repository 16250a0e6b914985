// The header's corpus line and the empty-state explanations (web/src/corpus-summary.ts, issue 12).
import { describe, expect, test } from 'vitest';
import { corpusSummary, emptyReason, evidenceSpan } from '../../web/src/corpus-summary.ts';
import { defaultFilters } from '../../web/src/ui-state.ts';
import { displayGraph } from './_graph.ts';

describe('corpusSummary', () => {
  test('names the articles, the evidence date span and the actors', () => {
    expect(corpusSummary(displayGraph())).toBe('2 articles · 2022-01-10 to 2022-03-01 · 5 actors');
  });
});

describe('emptyReason', () => {
  const span = evidenceSpan(displayGraph());
  test.for([
    ['a from date after the to date', { from: '2022-03-01', to: '2022-01-01' }, /from date \(2022-03-01\) is after the to date/],
    ['no kind ticked', { kinds: [] }, /No node kind/],
    ['no relation ticked', { relations: [] }, /No relation/],
    ['a range after the evidence', { from: '2023-01-01' }, /runs from 2022-01-10 to 2022-03-01/],
    ['filters that together match nothing', { actor: 'actor:erdogan' }, /together/],
  ] as const)('explains %s', ([, patch, reason]) => {
    expect(emptyReason({ ...defaultFilters(), ...patch } as never, span)).toMatch(reason);
  });
});
