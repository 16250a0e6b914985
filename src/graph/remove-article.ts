// Removes one article from the graph: its evidence, the edges only it supported, the nodes left with no edge,
// and its metadata, so deleting an article leaves the graph as if it had never been added (except merged aliases).
import { NotFoundError } from '../errors.ts';
import type { ArticleMeta, KgGraph } from './types.ts';

export interface RemovedArticle {
  article: ArticleMeta;
  nodes: string[];
  edges: string[];
  /** evidence items removed from edges that other articles still support */
  evidence: number;
}

/** Throws NotFoundError when the graph has no article with this id. Mutates the graph. */
export function removeArticle(graph: KgGraph, id: string): RemovedArticle {
  const articles = graph.getAttribute('articles') ?? {};
  // Own properties only: "constructor" or "__proto__" must not find Object.prototype's members.
  const article = Object.hasOwn(articles, id) ? articles[id] : undefined;
  if (!article) throw new NotFoundError(`article "${id.slice(0, 100)}" is not in the graph; list articles with GET /api/articles`);
  const edges: string[] = [];
  const touched = new Set<string>();
  let evidence = 0;
  graph.forEachEdge((key, attrs, source, target) => {
    const kept = attrs.evidence.filter((ev) => ev.article !== id);
    if (kept.length === attrs.evidence.length) return;
    touched.add(source);
    touched.add(target);
    if (!kept.length) {
      edges.push(key);
      return;
    }
    evidence += attrs.evidence.length - kept.length;
    attrs.evidence = kept;
    attrs.firstDate = kept.reduce((d, ev) => (ev.date < d ? ev.date : d), kept[0]!.date);
    attrs.lastDate = kept.reduce((d, ev) => (ev.date > d ? ev.date : d), kept[0]!.date);
  });
  for (const key of edges) graph.dropEdge(key);
  const nodes = [...touched].filter((n) => graph.degree(n) === 0);
  for (const n of nodes) graph.dropNode(n);
  const rest = { ...articles };
  delete rest[id];
  graph.setAttribute('articles', rest);
  return { article, nodes: nodes.sort(), edges: edges.sort(), evidence };
}
