// Search suggestions (web/src/search-index.ts): labels and aliases, case- and accent-insensitive, best first.
import { describe, expect, test } from 'vitest';
import { buildSearchIndex, searchNodes } from '../../web/src/search-index.ts';
import { displayGraph } from './_graph.ts';

describe('searchNodes', () => {
  const index = buildSearchIndex(displayGraph());

  test('finds a node by an alias and says which alias matched', () => {
    expect(searchNodes(index, 'kremlin')).toEqual([{ key: 'actor:russia', label: 'Russia', kind: 'actor', alias: 'Kremlin' }]);
  });

  test('ignores accents and case', () => {
    expect(searchNodes(index, 'ERDOGAN')[0]?.key).toBe('actor:erdogan');
  });

  test('ranks an exact label above a label that starts with the query', () => {
    expect(searchNodes(index, 'nato').map((h) => h.key)).toEqual(['actor:nato', 'position:no-expansion']);
  });

  test('finds a word inside a label', () => {
    expect(searchNodes(index, 'expansion').map((h) => h.key)).toEqual(['position:no-expansion']);
  });

  test('returns nothing for a blank query', () => {
    expect(searchNodes(index, '  ')).toEqual([]);
  });
});
