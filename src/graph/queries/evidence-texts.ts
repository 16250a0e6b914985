// The sentence text behind the edges a node's details show: its own edges, those of the actors that represent it,
// and the other holders' edges on positions aimed at it. Lets a client load the graph without sentence text.
import { NotFoundError } from '../../errors.ts';
import { actorGroup } from '../representation.ts';
import type { KgGraph } from '../types.ts';
import type { EvidenceTextsResponse } from './types.ts';

export function evidenceTexts(graph: KgGraph, key: string): EvidenceTextsResponse {
  if (!graph.hasNode(key)) throw new NotFoundError(`node "${key.slice(0, 100)}" does not exist; search with GET /api/nodes?q=`);
  const edges: EvidenceTextsResponse['edges'] = {};
  const add = (edge: string): void => {
    if (edges[edge]) return;
    edges[edge] = graph.getEdgeAttribute(edge, 'evidence').map(({ article, sentence, text }) => ({ article, sentence, text }));
  };
  for (const self of actorGroup(graph, key)) {
    graph.forEachEdge(self, (edge, attrs, source) => {
      add(edge);
      // A position aimed at this actor: the panel lists who holds it, with their sentences.
      if (attrs.relation === 'targets' && source !== self) graph.forEachInEdge(source, (holderEdge) => add(holderEdge));
    });
  }
  return { key, edges };
}
