// Converts graph entries to the shapes every query answers with ({key, attributes} nodes, edge items,
// short node references), so all queries and the API print nodes and edges the same way.
import type { Evidence, KgGraph } from '../types.ts';
import type { EdgeItem, List, NodeItem, NodeRef } from './types.ts';

export function nodeItem(graph: KgGraph, key: string): NodeItem {
  return { key, attributes: graph.getNodeAttributes(key) };
}

export function nodeRef(graph: KgGraph, key: string): NodeRef {
  const a = graph.getNodeAttributes(key);
  return { key, label: a.label, kind: a.kind };
}

/** Evidence sentences per edge in answers that list many edges; the rest is counted in `evidenceTotal`. */
export const EVIDENCE_IN_ANSWERS = 20;

/**
 * An edge with its attributes; with `evidenceLimit`, only that many evidence sentences (in stored order) and
 * `evidenceTotal` counting them all, since one edge can gather tens of thousands.
 */
export function edgeItem(graph: KgGraph, key: string, evidenceLimit?: number): EdgeItem {
  const attributes = graph.getEdgeAttributes(key);
  const item: EdgeItem = { key, source: graph.source(key), target: graph.target(key), attributes };
  if (evidenceLimit !== undefined && attributes.evidence.length > evidenceLimit) {
    item.attributes = { ...attributes, evidence: attributes.evidence.slice(0, evidenceLimit) };
    item.evidenceTotal = attributes.evidence.length;
  }
  return item;
}

/** The first `limit` evidence sentences of an edge and, when some are left out, how many there are. */
export function evidencePage(evidence: Evidence[], limit = EVIDENCE_IN_ANSWERS): { evidence: Evidence[]; evidenceTotal?: number } {
  return evidence.length > limit ? { evidence: evidence.slice(0, limit), evidenceTotal: evidence.length } : { evidence };
}

/** One page of a list, keeping the total before paging. */
export function page<T>(all: T[], offset = 0, limit = all.length): List<T> {
  return { items: all.slice(offset, offset + limit), total: all.length };
}

export function list<T>(all: T[]): List<T> {
  return { items: all, total: all.length };
}
