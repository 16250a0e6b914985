// The sentence text behind the edges a node's details show: its own edges, those of the actors that represent it,
// and the other holders' edges on positions aimed at it. Lets a client load the graph without sentence text.
import { NotFoundError } from '../../errors.ts';
import { actorGroup } from '../representation.ts';
import type { KgGraph } from '../types.ts';
import type { EvidenceTextsResponse } from './types.ts';

/** Sentences per edge: one edge can gather tens of thousands (GET /api/edges pages through them). */
export const EVIDENCE_TEXTS_PER_EDGE = 100;

export function evidenceTexts(graph: KgGraph, key: string): EvidenceTextsResponse {
  if (!graph.hasNode(key)) throw new NotFoundError(`node "${key.slice(0, 100)}" does not exist; search with GET /api/nodes?q=`);
  // Maps would serialise as {}; these objects are only written, never read by a key from the request.
  const edges: EvidenceTextsResponse['edges'] = {};
  const totals: Record<string, number> = {};
  const add = (edge: string): void => {
    if (Object.hasOwn(edges, edge)) return;
    const all = graph.getEdgeAttribute(edge, 'evidence');
    edges[edge] = all.slice(0, EVIDENCE_TEXTS_PER_EDGE).map(({ article, sentence, text }) => ({ article, sentence, text }));
    if (all.length > EVIDENCE_TEXTS_PER_EDGE) totals[edge] = all.length;
  };
  for (const self of actorGroup(graph, key)) {
    graph.forEachEdge(self, (edge, attrs, source) => {
      add(edge);
      // A position aimed at this actor: the panel lists who holds it, with their sentences.
      if (attrs.relation === 'targets' && source !== self) graph.forEachInEdge(source, (holderEdge) => add(holderEdge));
    });
  }
  return Object.keys(totals).length ? { key, edges, evidenceTotals: totals } : { key, edges };
}
