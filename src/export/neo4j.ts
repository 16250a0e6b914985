// CSV files for `neo4j-admin database import full`: nodes, relationships, evidence sentences and the links
// from each sentence to the edges it supports, with typed header columns (`:ID`, `:LABEL`, `:START_ID`,
// `:END_ID`, `:TYPE`, `name:type`). Sentences are nodes of their own, never array cells: the default array
// delimiter `;` occurs in sentences. Aliases are the one array column, delimited by U+001F, which text never holds.
import { KgError } from '../errors.ts';
import type { KgGraph } from '../graph/types.ts';
import { csvRow } from './csv.ts';
import { ChunkBuffer } from './xml.ts';

/** The array delimiter the import command must name (`--array-delimiter=U+001F`). */
export const NEO4J_ARRAY_DELIMITER = '\u001f';

export const NEO4J_FILES = ['nodes.csv', 'relationships.csv', 'sentences.csv', 'evidence.csv'] as const;
export type Neo4jFile = (typeof NEO4J_FILES)[number];

export const NEO4J_HEADERS: Record<Neo4jFile, string[]> = {
  'nodes.csv': ['id:ID(Node)', ':LABEL', 'kind', 'label', 'aliases:string[]', 'actorType', 'role', 'known:boolean', 'category', 'concept'],
  'relationships.csv': [':START_ID(Node)', ':END_ID(Node)', ':TYPE', 'key', 'firstDate:date', 'lastDate:date', 'cameo', 'plover', 'condition', 'strength', 'sentences:int'],
  'sentences.csv': ['id:ID(Sentence)', ':LABEL', 'article', 'sentence:int', 'date:date', 'text', 'title', 'url'],
  'evidence.csv': [':START_ID(Sentence)', ':END_ID(Node)', ':TYPE', 'edge', 'relation', 'target'],
};

const LABELS = { actor: 'Actor', demand: 'Demand', response: 'Response' } as const;

function arrayCell(values: string[], where: string): string {
  for (const v of values) {
    if (v.includes(NEO4J_ARRAY_DELIMITER)) throw new KgError('GRAPH_INVALID', `export/neo4j: ${where}: "${v}" holds U+001F, the array delimiter of the export; remove the control character`);
  }
  return values.join(NEO4J_ARRAY_DELIMITER);
}

const sentenceId = (article: string, sentence: number) => `${article}#${sentence}`;

type Cell = string | number | boolean | undefined;

function* rows(graph: KgGraph, file: Neo4jFile): Generator<Cell[]> {
  if (file === 'nodes.csv') {
    for (const key of graph.nodes()) {
      const a = graph.getNodeAttributes(key);
      const actor = a.kind === 'actor' ? a : undefined;
      const pos = a.kind !== 'actor' ? a : undefined;
      yield [key, LABELS[a.kind], a.kind, a.label, arrayCell(a.aliases, `node ${key}`), actor?.actorType, actor?.role, actor?.known, pos?.category, pos?.concept];
    }
    return;
  }
  if (file === 'relationships.csv') {
    for (const key of graph.edges()) {
      const a = graph.getEdgeAttributes(key);
      yield [graph.source(key), graph.target(key), a.relation.toUpperCase(), key, a.firstDate, a.lastDate, a.cameo, a.plover, a.condition, a.strength, a.evidence.length];
    }
    return;
  }
  const articles = graph.getAttribute('articles') ?? {};
  const seen = new Set<string>();
  for (const key of graph.edges()) {
    const a = graph.getEdgeAttributes(key);
    for (const ev of a.evidence) {
      const id = sentenceId(ev.article, ev.sentence);
      if (file === 'evidence.csv') yield [id, graph.source(key), 'SUPPORTS', key, a.relation, graph.target(key)];
      else if (!seen.has(id)) {
        seen.add(id);
        yield [id, 'Sentence', ev.article, ev.sentence, ev.date, ev.text, articles[ev.article]?.title, articles[ev.article]?.url];
      }
    }
  }
}

/** One of the files, streamed in chunks. */
export function* writeNeo4j(graph: KgGraph, file: Neo4jFile, chunkSize = 64 * 1024): Generator<string, void, undefined> {
  const buf = new ChunkBuffer(chunkSize);
  buf.push(csvRow(NEO4J_HEADERS[file]));
  for (const r of rows(graph, file)) if (buf.push(csvRow(r))) yield buf.take();
  yield buf.take();
}
