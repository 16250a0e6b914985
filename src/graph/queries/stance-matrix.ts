// The stance matrix: actors × demands/responses, each cell the actor's stances on the position (sentences per
// relation, the latest one, the edges), rows and columns seriated so that blocs show as blocks.
import type { KgGraph, PositionRelation } from '../types.ts';
import type { GraphFilter } from './filter.ts';
import { seriate, SERIATION_METHOD, type Profile } from './seriation.ts';
import { byTime, filtered, foldMap, pairEvents, stancePairs, type StancePair } from './stance-events.ts';
import type { MatrixCell, MatrixColumn, MatrixResponse, MatrixRow, StanceEvent } from './stance-types.ts';
import type { NodeRef } from './types.ts';

export interface MatrixOptions {
  /** count people in the state or organisation they represent (default true) */
  fold?: boolean;
  /** keep at most this many rows and columns, those with the most evidence */
  rows?: number;
  columns?: number;
}

/** Beyond these the clustering (O(n³)) takes seconds; the busiest rows and columns are kept. */
export const DEFAULT_MATRIX_ROWS = 300;
export const DEFAULT_MATRIX_COLUMNS = 300;
export const MAX_MATRIX_SIDE = 500;

interface CellAcc {
  row: string;
  column: string;
  sentences: Map<string, Set<PositionRelation>>;
  latest: StanceEvent;
  edges: Set<string>;
}

const cmpKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function accumulate(events: StanceEvent[]): Map<string, CellAcc> {
  const cells = new Map<string, CellAcc>();
  for (const ev of events) {
    const id = `${ev.actor.key}\u0000${ev.position.key}`;
    let c = cells.get(id);
    if (!c) cells.set(id, (c = { row: ev.actor.key, column: ev.position.key, sentences: new Map(), latest: ev, edges: new Set() }));
    const sentence = `${ev.article}\u0000${ev.sentence}`;
    let rels = c.sentences.get(sentence);
    if (!rels) c.sentences.set(sentence, (rels = new Set()));
    rels.add(ev.relation);
    c.edges.add(ev.edge);
    if (byTime(ev, c.latest) > 0) c.latest = ev;
  }
  return cells;
}

/** Keys ranked by evidence (most first, then key), the first `limit` of them. */
function busiest(weights: Map<string, number>, limit: number): Set<string> {
  return new Set([...weights].sort((a, b) => b[1] - a[1] || cmpKey(a[0], b[0])).slice(0, limit).map(([k]) => k));
}

function weighPairs(pairs: StancePair[], side: 'row' | 'column'): Map<string, number> {
  const w = new Map<string, number>();
  for (const p of pairs) w.set(p[side], (w.get(p[side]) ?? 0) + p.weight);
  return w;
}

function weigh(cells: CellAcc[], side: 'row' | 'column'): Map<string, number> {
  const w = new Map<string, number>();
  for (const c of cells) w.set(c[side], (w.get(c[side]) ?? 0) + c.sentences.size);
  return w;
}

/** +1 when every sentence holds the position, -1 when every one rejects it, in between when mixed. */
function stanceValue(c: CellAcc): number {
  let hold = 0;
  let reject = 0;
  for (const rels of c.sentences.values()) {
    for (const r of rels) {
      if (r === 'rejects') reject++;
      else hold++;
    }
  }
  return (hold - reject) / (hold + reject);
}

/** Seriated order of `keys` (sorted first, so the result does not depend on graph order). */
function order(keys: string[], cells: CellAcc[], side: 'row' | 'column'): string[] {
  const sorted = [...keys].sort(cmpKey);
  const other = side === 'row' ? 'column' : 'row';
  const otherIndex = new Map<string, number>();
  const profiles = new Map<string, Profile>(sorted.map((k) => [k, new Map()]));
  for (const c of cells) {
    const o = c[other];
    let i = otherIndex.get(o);
    if (i === undefined) otherIndex.set(o, (i = otherIndex.size));
    profiles.get(c[side])!.set(i, stanceValue(c));
  }
  return seriate(sorted.map((k) => profiles.get(k)!)).map((i) => sorted[i]!);
}

function cellOf(c: CellAcc, row: number, column: number): MatrixCell {
  const counts: MatrixCell['counts'] = {};
  for (const rels of c.sentences.values()) for (const r of rels) counts[r] = (counts[r] ?? 0) + 1;
  const l = c.latest;
  return {
    row,
    column,
    counts,
    latest: { relation: l.relation, date: l.date, article: l.article, sentence: l.sentence, text: l.text },
    evidence: c.sentences.size,
    edges: [...c.edges].sort(cmpKey),
  };
}

/**
 * The stance matrix of the graph cut by `filter`. Rows hold at least one stance; with `fold` a person's stances
 * count in the row of the actor it represents (its `members`). Unknown filter actor throws NotFoundError.
 */
export function stanceMatrix(graph: KgGraph, filter: GraphFilter = {}, o: MatrixOptions = {}): MatrixResponse {
  const fold = o.fold ?? true;
  const folds = fold ? foldMap(graph) : null;
  const source = filtered(graph, filter);
  const all = stancePairs(graph, source, folds);

  // The busiest rows and columns are chosen by evidence entries; only the kept pairs' sentences are read.
  const keptColumns = busiest(weighPairs(all, 'column'), o.columns ?? DEFAULT_MATRIX_COLUMNS);
  const inColumns = all.filter((p) => keptColumns.has(p.column));
  const keptRows = busiest(weighPairs(inColumns, 'row'), o.rows ?? DEFAULT_MATRIX_ROWS);
  const events = inColumns.filter((p) => keptRows.has(p.row)).flatMap((p) => pairEvents(graph, source, p));
  const kept = [...accumulate(events).values()];

  const rowKeys = order([...new Set(kept.map((c) => c.row))], kept, 'row');
  const columnKeys = order([...new Set(kept.map((c) => c.column))], kept, 'column');
  const rowIndex = new Map(rowKeys.map((k, i) => [k, i]));
  const columnIndex = new Map(columnKeys.map((k, i) => [k, i]));

  const members = new Map<string, Map<string, NodeRef>>();
  for (const ev of events) {
    if (ev.via.key === ev.actor.key || !rowIndex.has(ev.actor.key)) continue;
    let m = members.get(ev.actor.key);
    if (!m) members.set(ev.actor.key, (m = new Map()));
    m.set(ev.via.key, ev.via);
  }
  const rowWeights = weigh(kept, 'row');
  const columnWeights = weigh(kept, 'column');
  const rows: MatrixRow[] = rowKeys.map((key) => {
    const a = graph.getNodeAttributes(key);
    const row: MatrixRow = { key, label: a.label, kind: a.kind, members: [...(members.get(key)?.values() ?? [])].sort((x, y) => cmpKey(x.key, y.key)), evidence: rowWeights.get(key)! };
    if (a.kind === 'actor') row.actorType = a.actorType;
    return row;
  });
  const columns: MatrixColumn[] = columnKeys.map((key) => {
    const a = graph.getNodeAttributes(key);
    const column: MatrixColumn = { key, label: a.label, kind: a.kind, evidence: columnWeights.get(key)! };
    if (a.kind !== 'actor') column.category = a.category;
    return column;
  });
  const cells = kept
    .map((c) => cellOf(c, rowIndex.get(c.row)!, columnIndex.get(c.column)!))
    .sort((a, b) => a.row - b.row || a.column - b.column);
  return {
    fold,
    ordering: SERIATION_METHOD,
    rows,
    columns,
    cells,
    totals: { rows: new Set(all.map((p) => p.row)).size, columns: new Set(all.map((p) => p.column)).size, cells: all.length },
  };
}
