// "Why this edge?": re-runs extraction on the articles behind an edge's evidence and returns, per sentence,
// the rule `kg explain` prints for the claim that made the edge. A thin adapter over the extractor: edges do
// not store their rule, and the extractor's own explanation stays the one source of it.
import { parseArticle } from '../article/parse.ts';
import type { Claim } from '../extract/claims.ts';
import { nodeKey } from '../graph/keys.ts';
import type { KgGraph } from '../graph/types.ts';
import type { EdgeRule, EdgeRuleResponse } from './api-types.ts';
import type { Extractor } from './graph-service.ts';

/** Articles re-read per request: a hub edge can cite hundreds, and each extraction costs milliseconds. */
export const MAX_ARTICLES_EXPLAINED = 10;

export interface EdgeRuleDeps {
  articleText(id: string): Promise<string | null>;
  extract: Extractor;
}

/** The claims of one sentence that made this edge: same relation and ends, or failing that (a person merged by surname) the same relation and one end. */
function claimsFor(claims: Claim[], sentence: number, relation: string, source: string, target: string): Claim[] {
  const here = claims.filter((c) => c.evidence.sentence === sentence && c.relation === relation);
  const exact = here.filter((c) => nodeKey(c.source) === source && nodeKey(c.target) === target);
  if (exact.length > 0) return exact;
  return here.filter((c) => nodeKey(c.source) === source || nodeKey(c.target) === target);
}

export async function explainEdge(graph: KgGraph, edge: string, deps: EdgeRuleDeps): Promise<EdgeRuleResponse> {
  const attrs = graph.getEdgeAttributes(edge);
  const source = graph.source(edge);
  const target = graph.target(edge);
  const byArticle = new Map<string, number[]>();
  for (const ev of attrs.evidence) byArticle.set(ev.article, [...(byArticle.get(ev.article) ?? []), ev.sentence]);
  const rules: EdgeRule[] = [];
  const unexplained: EdgeRuleResponse['unexplained'] = [];
  const articles = [...byArticle].slice(0, MAX_ARTICLES_EXPLAINED);
  for (const [article, sentences] of articles) {
    const text = await deps.articleText(article);
    if (text === null) {
      for (const sentence of sentences) unexplained.push({ article, sentence, reason: 'the article text is not available to the server (serve with --articles DIR)' });
      continue;
    }
    let claims: Claim[];
    try {
      claims = (await deps.extract(parseArticle(text, `${article}.txt`), text)).claims;
    } catch (error) {
      for (const sentence of sentences) unexplained.push({ article, sentence, reason: `the article could not be read again: ${(error as Error).message}` });
      continue;
    }
    for (const sentence of sentences) {
      const found = claimsFor(claims, sentence, attrs.relation, source, target);
      if (found.length === 0) unexplained.push({ article, sentence, reason: 'the current lexicon no longer draws this edge from the sentence' });
      for (const claim of found) {
        rules.push({ article, sentence, rule: claim.rule, ...(claim.condition ? { condition: claim.condition } : {}), ...(claim.cameo ? { cameo: claim.cameo } : {}) });
      }
    }
  }
  return { edge, relation: attrs.relation, source, target, rules, unexplained, articlesTotal: byArticle.size, articlesExplained: articles.length };
}
