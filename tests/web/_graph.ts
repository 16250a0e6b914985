// A small display graph for the explorer's unit tests, built from the API's serialization of the shared
// hand-written negotiation graph (tests/_helpers.ts is not used: these tests need display attributes).
import type { GraphResponse } from '../../src/server/api-types.ts';
import type { EdgeAttributes, NodeAttributes } from '../../src/graph/types.ts';
import { toDisplayGraph, type DisplayGraph } from '../../web/src/display-graph.ts';

const ev = (sentence: number, date = '2022-01-10', article = 'geneva') => ({ article, sentence, text: `Sentence ${sentence}.`, date });

function edge(source: string, relation: EdgeAttributes['relation'], target: string, extra: Partial<EdgeAttributes> = {}) {
  const evidence = extra.evidence ?? [ev(0)];
  const attributes: EdgeAttributes = { relation, evidence, firstDate: evidence[0]!.date, lastDate: evidence[evidence.length - 1]!.date, ...extra };
  return { key: `${source}|${relation}|${target}`, source, target, attributes };
}

const nodes: Array<{ key: string; attributes: NodeAttributes }> = [
  { key: 'actor:russia', attributes: { kind: 'actor', label: 'Russia', aliases: ['Moscow', 'Kremlin'], actorType: 'state' } },
  { key: 'actor:us', attributes: { kind: 'actor', label: 'United States', aliases: ['Washington'], actorType: 'state' } },
  { key: 'actor:nato', attributes: { kind: 'actor', label: 'NATO', aliases: [], actorType: 'alliance' } },
  { key: 'actor:putin', attributes: { kind: 'actor', label: 'Vladimir Putin', aliases: ['Putin'], actorType: 'person', role: 'President' } },
  { key: 'actor:erdogan', attributes: { kind: 'actor', label: 'Recep Tayyip Erdoğan', aliases: [], actorType: 'person' } },
  { key: 'position:no-expansion', attributes: { kind: 'demand', label: 'NATO non-expansion', aliases: [], category: 'security' } },
  { key: 'position:sanctions', attributes: { kind: 'response', label: 'economic sanctions', aliases: [], category: 'sanction' } },
];

export const GRAPH_RESPONSE: GraphResponse = {
  options: { type: 'directed', multi: true, allowSelfLoops: false },
  attributes: {
    articles: {
      geneva: { id: 'geneva', title: 'Geneva talks', date: '2022-01-10', url: 'https://example.org/g', sentences: 5 },
      later: { id: 'later', title: 'Later', date: '2022-03-01', url: 'https://example.org/l', sentences: 2 },
    },
  },
  nodes,
  edges: [
    edge('actor:russia', 'demands', 'position:no-expansion', { evidence: [ev(1), ev(0, '2022-03-01', 'later')] }),
    edge('position:no-expansion', 'targets', 'actor:nato'),
    edge('actor:us', 'rejects', 'position:no-expansion', { evidence: [ev(2)] }),
    edge('actor:us', 'threatens', 'position:sanctions', { condition: 'if Russia invades Ukraine', evidence: [ev(3)] }),
    edge('position:sanctions', 'targets', 'actor:russia', { evidence: [ev(3)] }),
    edge('actor:putin', 'represents', 'actor:russia'),
    edge('actor:putin', 'offers', 'position:sanctions', { evidence: [ev(4)] }),
    edge('actor:us', 'meets', 'actor:russia', { evidence: [ev(0, '2022-03-01', 'later')] }),
    edge('actor:russia', 'meets', 'actor:us'),
  ],
};

export function displayGraph(): DisplayGraph {
  return toDisplayGraph(structuredClone(GRAPH_RESPONSE));
}
