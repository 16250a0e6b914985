// Streaming CSV (RFC 4180: CRLF rows, fields quoted when they hold a comma, quote or line break; no cell that a
// spreadsheet would run as a formula) of the nodes, the edges, or the evidence (one row per supporting sentence).
import type { KgGraph } from '../graph/types.ts';
import { ChunkBuffer } from './xml.ts';

export type CsvPart = 'nodes' | 'edges' | 'evidence';
export const CSV_PARTS: readonly CsvPart[] = ['nodes', 'edges', 'evidence'];

type Cell = string | number | boolean | undefined;

// A text cell a spreadsheet would read as a formula (OWASP, CSV injection): = + - @ tab or carriage return first.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 field; text that could start a formula is prefixed with ' and quoted (numbers stay numbers). */
export function csvField(value: Cell): string {
  if (value === undefined) return '';
  const s = String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) return `"'${s.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

export const CSV_HEADERS: Record<CsvPart, string[]> = {
  nodes: ['key', 'label', 'kind', 'actorType', 'role', 'known', 'category', 'concept', 'aliases', 'degree'],
  edges: ['key', 'source', 'target', 'sourceLabel', 'targetLabel', 'relation', 'cameo', 'plover', 'condition', 'strength', 'evidenceCount', 'firstDate', 'lastDate', 'articles', 'firstSentence'],
  evidence: ['edge', 'source', 'target', 'relation', 'article', 'sentence', 'date', 'text'],
};

function* rows(graph: KgGraph, part: CsvPart): Generator<Cell[]> {
  if (part === 'nodes') {
    for (const key of graph.nodes()) {
      const a = graph.getNodeAttributes(key);
      const actor = a.kind === 'actor' ? a : undefined;
      const pos = a.kind !== 'actor' ? a : undefined;
      yield [key, a.label, a.kind, actor?.actorType, actor?.role, actor?.known, pos?.category, pos?.concept, a.aliases.join('; '), graph.degree(key)];
    }
    return;
  }
  for (const key of graph.edges()) {
    const a = graph.getEdgeAttributes(key);
    const source = graph.source(key);
    const target = graph.target(key);
    if (part === 'edges') {
      yield [
        key, source, target, graph.getNodeAttribute(source, 'label'), graph.getNodeAttribute(target, 'label'), a.relation, a.cameo, a.plover,
        a.condition, a.strength, a.evidence.length, a.firstDate, a.lastDate, [...new Set(a.evidence.map((e) => e.article))].join('; '), a.evidence[0]?.text,
      ];
    } else {
      for (const ev of a.evidence) yield [key, source, target, a.relation, ev.article, ev.sentence, ev.date, ev.text];
    }
  }
}

export function* writeCsv(graph: KgGraph, part: CsvPart, chunkSize = 64 * 1024): Generator<string, void, undefined> {
  const buf = new ChunkBuffer(chunkSize);
  buf.push(csvRow(CSV_HEADERS[part]));
  for (const r of rows(graph, part)) {
    if (buf.push(csvRow(r))) yield buf.take();
  }
  yield buf.take();
}

export function csvString(graph: KgGraph, part: CsvPart): string {
  return [...writeCsv(graph, part)].join('');
}
