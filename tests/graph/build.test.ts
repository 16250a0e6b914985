// addArticle / buildGraph on claims extracted from two articles: shared actors and positions become one
// node, evidence accumulates on one edge, and firstDate/lastDate span the articles' dates.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { buildGraph } from '../../src/graph/build.ts';
import { article, lexicon } from '../_helpers-extract.ts';

function item(id: string, date: string, ...paragraphs: string[]) {
  const a = article(paragraphs, id, date);
  const { sentences, claims } = extractArticle(a, lexicon());
  return { meta: { id: a.id, title: a.title, date: a.date, url: a.url, sentences: sentences.length }, claims };
}

const first = () => item('geneva', '20220110', 'Moscow demanded security guarantees from NATO.');
const second = () => item('brussels', '20220126', 'Russian officials demanded security guarantees again.');

describe('buildGraph', () => {
  test('should make one node for an actor named differently in two articles', () => {
    const g = buildGraph([first(), second()]);
    expect(g.filterNodes((_, a) => a.kind === 'actor' && a.label === 'Russia')).toEqual(['actor:russia']);
  });

  test('should make one node for a position named in two articles', () => {
    const g = buildGraph([first(), second()]);
    expect(g.filterNodes((_, a) => a.kind === 'demand' && a.label === 'Security guarantees')).toHaveLength(1);
  });

  test('accumulates the evidence of both articles on one edge', () => {
    const g = buildGraph([first(), second()]);
    const edges = g.filterEdges((_, a) => a.relation === 'demands');
    expect(edges).toHaveLength(1);
    expect(g.getEdgeAttribute(edges[0]!, 'evidence').map((e) => [e.article, e.text])).toEqual([
      ['geneva', 'Moscow demanded security guarantees from NATO.'],
      ['brussels', 'Russian officials demanded security guarantees again.'],
    ]);
  });

  test('spans firstDate and lastDate over the evidence dates, in any order of articles', () => {
    const g = buildGraph([second(), first()]);
    const [edge] = g.filterEdges((_, a) => a.relation === 'demands');
    expect(g.getEdgeAttributes(edge!)).toMatchObject({ firstDate: '2022-01-10', lastDate: '2022-01-26' });
  });

  test('should not duplicate evidence when the same article is added twice', () => {
    const g = buildGraph([first(), first()]);
    const [edge] = g.filterEdges((_, a) => a.relation === 'demands');
    expect(g.getEdgeAttribute(edge!, 'evidence')).toHaveLength(1);
  });

  test('keeps one sentence once on an edge that many articles support, whatever the order they come back in', () => {
    // 40 articles with the same sentence (more than the list is scanned for), then ten of them again.
    const many = Array.from({ length: 40 }, (_, i) => item(`a${i}`, '20220110', 'Moscow demanded security guarantees from NATO.'));
    const g = buildGraph([...many, ...many.slice(5, 15), many[39]!]);
    const [edge] = g.filterEdges((_, a) => a.relation === 'demands');
    expect(g.getEdgeAttribute(edge!, 'evidence').map((e) => e.article)).toEqual(many.map((m) => m.meta.id));
  });

  test('records each article in the graph attributes', () => {
    expect(Object.keys(buildGraph([first(), second()]).getAttribute('articles') ?? {}).sort()).toEqual(['brussels', 'geneva']);
  });

  test('merges a person met by surname in one article and by full name in another into one node', () => {
    const a = item('a', '20220110', "''We reject any NATO expansion,'' Ryabkov said.");
    const b = item('b', '20220111', 'Russian Deputy Foreign Minister Sergei Ryabkov rejected NATO expansion.');
    const g = buildGraph([a, b]);
    const people = g.filterNodes((_, at) => at.kind === 'actor' && at.actorType === 'person');
    expect(people.map((k) => g.getNodeAttribute(k, 'label'))).toEqual(['Sergei Ryabkov']);
  });
});
