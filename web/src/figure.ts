// A figure of the view for a paper or a slide: the graph as drawn, a legend of the relations in view, a caption
// naming the filters and dates, and the articles' source credit. Written as SVG (pure: scene in, text out) and
// painted under the PNG that @sigma/export-image draws.
import type { Relation } from '../../src/graph/types.ts';
import { CONDITIONAL, DASHED, DOTTED, dashLengths, type DashPattern } from './line-patterns.ts';
import type { DisplayGraph } from './display-graph.ts';
import { FAMILY_LINE, RELATION_COLORS, RELATION_FAMILY } from './palette.ts';
import type { Filters } from './ui-state.ts';
import { allFilters } from './ui-state.ts';

export interface SceneNode {
  x: number;
  y: number;
  r: number;
  color: string;
  /** drawn when the page draws it */
  label?: string;
}

export interface SceneEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  relation: Relation;
  conditional: boolean;
}

export interface Scene {
  width: number;
  height: number;
  nodes: SceneNode[];
  edges: SceneEdge[];
  /** relations in view, for the legend */
  relations: Relation[];
  /** caption lines: what is shown, the filters, the sources */
  caption: string[];
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const LINE = 18;

export function edgePattern(relation: Relation, conditional: boolean): DashPattern | null {
  const line = FAMILY_LINE[RELATION_FAMILY[relation]];
  if (conditional) return CONDITIONAL[line];
  return line === 'dashed' ? DASHED : line === 'dotted' ? DOTTED : null;
}

function dashArray(pattern: DashPattern | null): string {
  if (!pattern) return '';
  return ` stroke-dasharray="${dashLengths(pattern).join(' ')}"`;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Height of the legend and caption under the graph. */
export function footerHeight(scene: Pick<Scene, 'relations' | 'caption'>): number {
  return 16 + Math.ceil(scene.relations.length / 4) * LINE + 8 + scene.caption.length * LINE + 8;
}

/** Where each legend entry and caption line goes under the graph. */
function footerLayout(scene: Pick<Scene, 'relations' | 'caption' | 'width' | 'height'>) {
  const column = Math.max(150, Math.floor((scene.width - 24) / 4));
  const legend = scene.relations.map((relation, i) => ({ relation, x: 12 + (i % 4) * column, y: scene.height + 16 + Math.floor(i / 4) * LINE }));
  const top = scene.height + 16 + Math.ceil(scene.relations.length / 4) * LINE + 8;
  const caption = scene.caption.map((text, i) => ({ text, x: 12, y: top + i * LINE }));
  return { legend, caption };
}

export function sceneToSvg(scene: Scene): string {
  const total = scene.height + footerHeight(scene);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${total}" viewBox="0 0 ${scene.width} ${total}" font-family='${FONT}'>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    '<g class="edges" fill="none">',
  ];
  for (const e of scene.edges) {
    out.push(`<line x1="${e.x1.toFixed(1)}" y1="${e.y1.toFixed(1)}" x2="${e.x2.toFixed(1)}" y2="${e.y2.toFixed(1)}" stroke="${e.color}" stroke-width="${e.width.toFixed(1)}"${dashArray(edgePattern(e.relation, e.conditional))}/>`);
  }
  out.push('</g>', '<g class="nodes">');
  for (const n of scene.nodes) out.push(`<circle cx="${n.x.toFixed(1)}" cy="${n.y.toFixed(1)}" r="${n.r.toFixed(1)}" fill="${n.color}"/>`);
  out.push('</g>', '<g class="labels" font-size="13" font-weight="600" fill="#1f2933" stroke="#ffffff" stroke-width="3" paint-order="stroke">');
  for (const n of scene.nodes) {
    if (n.label) out.push(`<text x="${(n.x + n.r + 3).toFixed(1)}" y="${(n.y + 4.3).toFixed(1)}">${escapeXml(n.label)}</text>`);
  }
  out.push('</g>');
  const { legend, caption } = footerLayout(scene);
  out.push(`<g class="legend" font-size="12" fill="#1f2933">`);
  for (const l of legend) {
    out.push(`<line x1="${l.x}" y1="${l.y - 4}" x2="${l.x + 22}" y2="${l.y - 4}" stroke="${RELATION_COLORS[l.relation]}" stroke-width="3"${dashArray(edgePattern(l.relation, false))}/>`);
    out.push(`<text x="${l.x + 28}" y="${l.y}">${escapeXml(l.relation)}</text>`);
  }
  out.push('</g>', '<g class="caption" font-size="12" fill="#4b5563">');
  for (const c of caption) out.push(`<text x="${c.x}" y="${c.y}">${escapeXml(c.text)}</text>`);
  out.push('</g>', '</svg>');
  return out.join('\n');
}

/** Paints the legend and caption under a graph image of the scene's size (the PNG export). */
export function paintFooter(context: CanvasRenderingContext2D, scene: Pick<Scene, 'relations' | 'caption' | 'width' | 'height'>): void {
  const { legend, caption } = footerLayout(scene);
  context.fillStyle = '#ffffff';
  context.fillRect(0, scene.height, scene.width, footerHeight(scene));
  context.font = `12px ${FONT}`;
  for (const l of legend) {
    const pattern = edgePattern(l.relation, false);
    context.setLineDash(pattern ? dashLengths(pattern) : []);
    context.strokeStyle = RELATION_COLORS[l.relation];
    context.lineWidth = 3;
    context.beginPath();
    context.moveTo(l.x, l.y - 4);
    context.lineTo(l.x + 22, l.y - 4);
    context.stroke();
    context.fillStyle = '#1f2933';
    context.fillText(l.relation, l.x + 28, l.y);
  }
  context.setLineDash([]);
  context.fillStyle = '#4b5563';
  for (const c of caption) context.fillText(c.text, c.x, c.y);
}

/** The caption: what is shown, the filters in words, the evidence dates, and where the articles come from. */
export function captionLines(graph: DisplayGraph, filters: Filters, shown: { nodes: number; edges: number; edgeKeys: Iterable<string> }): string[] {
  const parts: string[] = [];
  const all = allFilters();
  if (filters.kinds.length < all.kinds.length) parts.push(`nodes: ${filters.kinds.join(', ')}`);
  if (filters.relations.length < all.relations.length) {
    const hidden = all.relations.filter((r) => !filters.relations.includes(r));
    parts.push(hidden.length <= 4 ? `hidden relations: ${hidden.join(', ')}` : `relations: ${filters.relations.join(', ')}`);
  }
  if (filters.actor) parts.push(`neighbourhood of ${graph.hasNode(filters.actor) ? graph.getNodeAttribute(filters.actor, 'label') : filters.actor}`);
  const articles = graph.getAttribute('articles') ?? {};
  if (filters.article) parts.push(`article: ${articles[filters.article]?.title ?? filters.article}`);
  if (filters.from || filters.to) parts.push(`evidence dated ${filters.from ?? '…'} to ${filters.to ?? '…'}`);
  let first = '';
  let last = '';
  const cited = new Set<string>();
  for (const key of shown.edgeKeys) {
    const attrs = graph.getEdgeAttributes(key);
    if (!first || attrs.firstDate < first) first = attrs.firstDate;
    if (!last || attrs.lastDate > last) last = attrs.lastDate;
    for (const ev of attrs.evidence) cited.add(ev.article);
  }
  const hosts = new Map<string, number>();
  for (const id of cited) {
    let host = 'unknown source';
    try {
      host = new URL(articles[id]?.url ?? '').hostname.replace(/^www\./, '');
    } catch {
      // an article without a URL keeps "unknown source"
    }
    hosts.set(host, (hosts.get(host) ?? 0) + 1);
  }
  const credit = [...hosts].sort((a, b) => b[1] - a[1]).map(([host, n]) => `${host} (${n})`).join(', ');
  return [
    `${shown.nodes} nodes, ${shown.edges} edges${first ? `; evidence dated ${first} to ${last}` : ''}. Filters: ${parts.length ? parts.join('; ') : 'none'}.`,
    `Sources: ${cited.size} article${cited.size === 1 ? '' : 's'}${credit ? ` from ${credit}` : ''}. Made with negotiation-kg.`,
  ];
}
