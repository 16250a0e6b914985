// The view in the URL (web/src/url-state.ts): what is written, and that reading it back gives the same view.
import { describe, expect, test } from 'vitest';
import { decodeView, encodeView } from '../../web/src/url-state.ts';
import { RELATIONS } from '../../src/graph/types.ts';
import { allFilters, defaultFilters } from '../../web/src/ui-state.ts';

describe('encodeView', () => {
  test('writes nothing for the default view', () => {
    expect(encodeView({ selected: null, filters: defaultFilters(), camera: null })).toBe('');
  });

  test('round-trips selection, filters and camera', () => {
    const view = {
      selected: 'actor:russia',
      filters: { ...defaultFilters(), relations: ['demands' as const], kinds: ['actor' as const, 'demand' as const], article: 'geneva', from: '2022-01-01', to: '2022-02-01' },
      camera: { x: 0.25, y: 0.5, ratio: 0.3 },
    };
    expect(decodeView(`#${encodeView(view)}`)).toEqual(view);
  });
});

describe('the selected edge and hidden-by-default relations (issue 12)', () => {
  test('round-trips a selected edge', () => {
    const view = { selected: null, selectedEdge: 'actor:us|rejects|position:no-expansion', filters: defaultFilters(), camera: null };
    expect(decodeView(`#${encodeView(view)}`)).toEqual(view);
  });

  test('writes every relation when represents is switched on, and reads it back', () => {
    const view = { selected: null, filters: allFilters(), camera: null };
    expect(encodeView(view)).toContain('represents');
    expect(decodeView(`#${encodeView(view)}`).filters.relations).toHaveLength(RELATIONS.length);
  });
});

describe('decodeView', () => {
  test('drops unknown relations and malformed dates and cameras', () => {
    const view = decodeView('#relation=demands,bogus&from=yesterday&camera=1,2,-3');
    expect(view.filters.relations).toEqual(['demands']);
    expect(view.filters.from).toBeNull();
    expect(view.camera).toBeNull();
  });
});
