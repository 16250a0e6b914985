// What the header says about the corpus, and why a filtered view is empty: pure text from the graph and
// the filters, so the page can tell a researcher what they are looking at in one line.
import type { DisplayGraph } from './display-graph.ts';
import type { Filters } from './ui-state.ts';

export interface DateSpan {
  from: string;
  to: string;
}

/** The first and last evidence dates of the graph; null for a graph without edges. */
export function evidenceSpan(graph: DisplayGraph): DateSpan | null {
  let from = '';
  let to = '';
  graph.forEachEdge((_edge, attrs) => {
    if (!from || attrs.firstDate < from) from = attrs.firstDate;
    if (!to || attrs.lastDate > to) to = attrs.lastDate;
  });
  return from ? { from, to } : null;
}

export function corpusSummary(graph: DisplayGraph): string {
  const articles = Object.keys(graph.getAttribute('articles') ?? {}).length;
  const span = evidenceSpan(graph);
  const actors = graph.filterNodes((_key, attrs) => attrs.kind === 'actor').length;
  const parts = [`${articles} article${articles === 1 ? '' : 's'}`];
  if (span) parts.push(span.from === span.to ? span.from : `${span.from} to ${span.to}`);
  parts.push(`${actors} actor${actors === 1 ? '' : 's'}`);
  return parts.join(' · ');
}

/** Why the filters leave nothing to draw, in words a researcher can act on. */
export function emptyReason(filters: Filters, span: DateSpan | null): string {
  if (filters.from && filters.to && filters.from > filters.to) return `The from date (${filters.from}) is after the to date (${filters.to}).`;
  if (filters.kinds.length === 0) return 'No node kind is ticked.';
  if (filters.relations.length === 0) return 'No relation is ticked.';
  if (span && ((filters.from && filters.from > span.to) || (filters.to && filters.to < span.from))) {
    return `No evidence is dated in that range: the articles' evidence runs from ${span.from} to ${span.to}.`;
  }
  return 'No node matches these filters together.';
}
