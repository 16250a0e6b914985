// The explorer's filters (web/src/filters.ts): which nodes and edges a filter leaves on the page, the
// counts beside each option, and the query string the export links carry.
import { describe, expect, test } from 'vitest';
import { filterGraph } from '../../src/graph/queries/filter.ts';
import { RELATIONS, type KgGraph } from '../../src/graph/types.ts';
import { applyFilters, toFilterQuery } from '../../web/src/filters.ts';
import { allFilters, defaultFilters } from '../../web/src/ui-state.ts';
import { displayGraph } from './_graph.ts';

describe('applyFilters', () => {
  test('shows every node and edge with every filter open', () => {
    const graph = displayGraph();
    const visible = applyFilters(graph, allFilters());
    expect(visible.nodes.size).toBe(graph.order);
    expect(visible.edges.size).toBe(graph.size);
  });

  test('hides the edges of an unchecked relation and still counts them', () => {
    const graph = displayGraph();
    const visible = applyFilters(graph, { ...defaultFilters(), relations: RELATIONS.filter((r) => r !== 'meets') });
    expect([...visible.edges].some((e) => e.includes('|meets|'))).toBe(false);
    expect(visible.counts.relations.meets).toBe(2);
  });

  test('drops nodes left without a shown edge when an edge filter is on', () => {
    const visible = applyFilters(displayGraph(), { ...defaultFilters(), relations: ['demands'] });
    expect([...visible.nodes].sort()).toEqual(['actor:russia', 'position:no-expansion']);
  });

  test('keeps a node without edges when no edge filter is on', () => {
    expect(applyFilters(displayGraph(), allFilters()).nodes.has('actor:erdogan')).toBe(true);
  });

  test('keeps an actor\'s representatives in its neighbourhood with represents hidden, as the API does (issue 12)', () => {
    const graph = displayGraph();
    const filters = { ...defaultFilters(), actor: 'actor:russia', relations: ['demands' as const] };
    const api = filterGraph(graph as unknown as KgGraph, { actor: 'actor:russia', relations: ['demands'] });
    expect([...applyFilters(graph, filters).nodes].sort()).toEqual(api.nodes().sort());
    expect(api.hasNode('actor:putin')).toBe(true);
  });

  test('hides represents edges by default and counts them for their checkbox (issue 12)', () => {
    const visible = applyFilters(displayGraph(), defaultFilters());
    expect([...visible.edges].some((e) => e.includes('|represents|'))).toBe(false);
    expect(visible.counts.relations.represents).toBe(1);
    expect(visible.nodes.has('actor:putin')).toBe(true);
  });

  test('hides nodes of an unchecked kind with their edges', () => {
    const visible = applyFilters(displayGraph(), { ...defaultFilters(), kinds: ['actor', 'demand'] });
    expect(visible.nodes.has('position:sanctions')).toBe(false);
    expect([...visible.edges].some((e) => e.includes('position:sanctions'))).toBe(false);
    expect(visible.counts.kinds.response).toBe(1);
  });

  test('keeps only edges with evidence from the chosen article', () => {
    const visible = applyFilters(displayGraph(), { ...defaultFilters(), article: 'later' });
    expect([...visible.edges].sort()).toEqual(['actor:russia|demands|position:no-expansion', 'actor:us|meets|actor:russia']);
  });

  test('keeps only edges with evidence dated inside the range', () => {
    const visible = applyFilters(displayGraph(), { ...defaultFilters(), from: '2022-02-01', to: '2022-12-31' });
    expect(visible.edges.size).toBe(2);
    const none = applyFilters(displayGraph(), { ...defaultFilters(), to: '2021-12-31' });
    expect(none.edges.size).toBe(0);
  });

  test('an actor filter keeps the actor, its representatives, their neighbours and whom their positions target', () => {
    const visible = applyFilters(displayGraph(), { ...defaultFilters(), actor: 'actor:russia' });
    expect([...visible.nodes].sort()).toEqual(['actor:nato', 'actor:putin', 'actor:russia', 'actor:us', 'position:no-expansion', 'position:sanctions']);
  });

  test('an actor filter shows who holds and who opposes the positions aimed at the actor, as the API filter does', () => {
    const visible = applyFilters(displayGraph(), { ...defaultFilters(), actor: 'actor:nato' });
    expect([...visible.nodes].sort()).toEqual(['actor:nato', 'actor:russia', 'actor:us', 'position:no-expansion']);
    expect([...visible.edges]).toEqual(expect.arrayContaining([
      'position:no-expansion|targets|actor:nato',
      'actor:russia|demands|position:no-expansion',
      'actor:us|rejects|position:no-expansion',
    ]));
  });
});

describe('toFilterQuery', () => {
  test('is empty with every filter open', () => {
    expect(toFilterQuery(allFilters())).toEqual({});
  });

  test('names the relations shown by default, since the API shows represents unless told (issue 12)', () => {
    expect(toFilterQuery(defaultFilters()).relation?.split(',')).toEqual(RELATIONS.filter((r) => r !== 'represents'));
  });

  test('lists shown kinds and relations comma-separated with the other filters', () => {
    const query = toFilterQuery({ ...defaultFilters(), kinds: ['actor'], relations: ['demands', 'rejects'], actor: 'actor:russia', from: '2022-01-01' });
    expect(query).toEqual({ kind: 'actor', relation: 'demands,rejects', actor: 'actor:russia', from: '2022-01-01' });
  });
});
