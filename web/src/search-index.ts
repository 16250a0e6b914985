// Finds nodes by label or alias, case- and accent-insensitive, best match first: the suggestions
// under the search box. Pure: built once per graph, queried on every keystroke.
import type { NodeKind } from '../../src/graph/types.ts';
import type { DisplayGraph } from './display-graph.ts';
import { foldText } from '../../src/graph/queries/text.ts';

export interface SearchEntry {
  key: string;
  label: string;
  kind: NodeKind;
  degree: number;
  /** every searchable name, folded */
  names: Array<{ text: string; folded: string }>;
}

export interface SearchHit {
  key: string;
  label: string;
  kind: NodeKind;
  /** the alias that matched, when it was not the label */
  alias?: string;
}

/** The API's own folding, so the page's suggestions and GET /api/nodes?q= find the same names. */
export const fold = foldText;

export function buildSearchIndex(graph: DisplayGraph): SearchEntry[] {
  return graph.mapNodes((key, attrs) => ({
    key,
    label: attrs.label,
    kind: attrs.kind,
    degree: graph.degree(key),
    names: [attrs.label, ...(attrs.aliases ?? [])].map((text) => ({ text, folded: fold(text) })),
  }));
}

/** 0 = exact, 1 = starts with, 2 = a word starts with, 3 = contains; the label wins over an alias at equal rank. */
function rank(name: string, query: string): number | null {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  if (name.includes(` ${query}`)) return 2;
  if (name.includes(query)) return 3;
  return null;
}

export function searchNodes(index: SearchEntry[], query: string, limit = 8): SearchHit[] {
  const q = fold(query);
  if (!q) return [];
  const scored: Array<{ hit: SearchHit; score: number; degree: number }> = [];
  for (const entry of index) {
    let best: { score: number; name: string; isLabel: boolean } | null = null;
    entry.names.forEach((name, i) => {
      const r = rank(name.folded, q);
      if (r === null) return;
      const score = r * 2 + (i === 0 ? 0 : 1);
      if (!best || score < best.score) best = { score, name: name.text, isLabel: i === 0 };
    });
    if (!best) continue;
    const found: { score: number; name: string; isLabel: boolean } = best;
    const hit: SearchHit = { key: entry.key, label: entry.label, kind: entry.kind };
    if (!found.isLabel) hit.alias = found.name;
    scored.push({ hit, score: found.score, degree: entry.degree });
  }
  scored.sort((a, b) => a.score - b.score || b.degree - a.degree || a.hit.label.localeCompare(b.hit.label));
  return scored.slice(0, limit).map((s) => s.hit);
}
