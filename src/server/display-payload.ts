// The explorer's compact form of the graph (GET /api/graph?fields=display). On 50,000 edges the browser spends
// most of its first second receiving and parsing the graph, so this form sends each thing once: an edge names its
// nodes by their index in `nodes`, its evidence names articles by their index in `articles`, and what the page
// can derive is left out (sentence text, an edge key of the usual `source|relation|target` form, an evidence date
// equal to its article's, first/last dates). About a third of graphology's serialization of the same graph.
// web/src/display-graph.ts turns it back into the graph.
import type { SerializedGraph } from 'graphology-types';
import { edgeKey } from '../graph/keys.ts';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/types.ts';
import type { DisplayEdgeEntry, DisplayEvidence, DisplayGraphResponse } from './api-types.ts';

/** Builds the compact form from an export; takes over the export's attribute objects (export copies them). */
export function toDisplayPayload(data: SerializedGraph): DisplayGraphResponse {
  const attributes = (data.attributes ?? {}) as GraphAttributes;
  const articleMeta = attributes.articles ?? {};
  const articles = Object.keys(articleMeta);
  const articleIndex = new Map(articles.map((id, i) => [id, i]));
  const indexOfArticle = (id: string): number => {
    let i = articleIndex.get(id);
    if (i === undefined) {
      // Evidence from an article without metadata (a hand-edited graph file) still gets its id through.
      i = articles.push(id) - 1;
      articleIndex.set(id, i);
    }
    return i;
  };
  const nodeIndex = new Map<string, number>();
  const nodes = data.nodes.map(({ key, attributes: attrs }, i) => {
    nodeIndex.set(key, i);
    return { key, attributes: attrs as NodeAttributes };
  });
  const edges = data.edges.map(({ key, source, target, attributes: attrs }): DisplayEdgeEntry => {
    const { evidence, firstDate: _first, lastDate: _last, ...rest } = attrs as EdgeAttributes;
    const compact: DisplayEvidence[] = evidence.map(({ article, sentence, date }) => {
      const index = indexOfArticle(article);
      return articleMeta[article]?.date === date ? [index, sentence] : [index, sentence, date];
    });
    const s = nodeIndex.get(source)!;
    const t = nodeIndex.get(target)!;
    const compactAttrs = { ...rest, evidence: compact };
    return key !== undefined && key !== edgeKey(rest.relation, source, target) ? [s, t, compactAttrs, key] : [s, t, compactAttrs];
  });
  return { attributes, articles, nodes, edges };
}
