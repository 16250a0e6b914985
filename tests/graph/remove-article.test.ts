import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../src/graph/build.ts';
import { removeArticle } from '../../src/graph/remove-article.ts';
import { ARTICLES, CLAIMS, claim, A, sampleGraph } from '../_helpers.ts';

describe('removeArticle', () => {
  test('leaves the graph equal to one built without the article', () => {
    const g = sampleGraph();
    removeArticle(g, 'ankara');
    const expected = buildGraph([{ meta: ARTICLES.geneva!, claims: CLAIMS.geneva! }]);
    expect(g.export()).toEqual(expected.export());
  });

  test('keeps an edge other articles support, without the removed evidence', () => {
    const g = buildGraph([
      { meta: ARTICLES.geneva!, claims: [claim('meets', A.us, A.russia, 'geneva', 5)] },
      { meta: ARTICLES.ankara!, claims: [claim('meets', A.us, A.russia, 'ankara', 2)] },
    ]);
    const removed = removeArticle(g, 'geneva');
    const attrs = g.getEdgeAttributes('actor:united-states|meets|actor:russia');
    expect(attrs.evidence.map((e) => e.article)).toEqual(['ankara']);
    expect([attrs.firstDate, attrs.lastDate]).toEqual(['2019-11-25', '2019-11-25']);
    expect(removed).toMatchObject({ edges: [], nodes: [], evidence: 1 });
  });

  test('reports the nodes and edges it removed', () => {
    const removed = removeArticle(sampleGraph(), 'ankara');
    expect(removed.nodes).toEqual(['actor:erdogan', 'actor:turkey', 'position:sanctions']);
    expect(removed.edges).toHaveLength(5);
  });

  test('throws NOT_FOUND for an unknown article', () => {
    expect(() => removeArticle(sampleGraph(), 'nope')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});
