// Looks up an article's metadata in the graph's `articles` table by id, own properties only, so that ids such as
// "constructor" or "__proto__" never reach Object.prototype's members.
import type { ArticleMeta, KgGraph } from './types.ts';

export function articleMeta(graph: KgGraph, id: string): ArticleMeta | undefined {
  const articles = graph.getAttribute('articles');
  return articles && Object.hasOwn(articles, id) ? articles[id] : undefined;
}
