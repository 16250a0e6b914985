// Streaming GEXF writer (1.3 or 1.2draft): typed attribute declarations before <nodes>, viz colour/size/position,
// and time as mode="dynamic" spells from evidence dates (graphology-gexf writes no time), yielded in chunks.
import type { EdgeAttributes, KgGraph } from '../graph/types.ts';
import { EDGE_COLUMNS, NODE_COLUMNS, type Column, type ColumnType } from './columns.ts';
import { layoutPositions, type LayoutMode, type Positions } from './layout.ts';
import { KIND_COLORS, RELATION_COLORS, sizeForDegree, type Rgb } from './palette.ts';
import { ChunkBuffer, xmlAttr, xmlText } from './xml.ts';

export type GexfVersion = '1.3' | '1.2draft';
/** `events`: an edge lives on each day it is reported; `cumulative`: from its first report on; `static`: no time. */
export type GexfTime = 'events' | 'cumulative' | 'static';

export interface GexfOptions {
  version: GexfVersion;
  time: GexfTime;
  /**
   * `auto`: stored layout when every node has one, else ForceAtlas2 up to AUTO_LAYOUT_MAX_NODES nodes, else a
   * degree-ordered spiral; `forceatlas2`: ForceAtlas2 whatever the size; `none`: no viz:position
   */
  layout: LayoutMode | 'none';
  /** precomputed positions (take precedence over `layout`) */
  positions?: Positions;
  /** date written as lastmodifieddate (ISO); defaults to today */
  modified?: string;
  /** characters per yielded chunk */
  chunkSize: number;
}

export const DEFAULT_GEXF_OPTIONS: GexfOptions = { version: '1.3', time: 'events', layout: 'auto', chunkSize: 64 * 1024 };

export function resolveGexfOptions(partial: Partial<GexfOptions> = {}): GexfOptions {
  const o = { ...DEFAULT_GEXF_OPTIONS, ...partial };
  if (o.version !== '1.3' && o.version !== '1.2draft') throw new RangeError(`export/gexf: version must be "1.3" or "1.2draft", got "${String(o.version)}"`);
  if (!['events', 'cumulative', 'static'].includes(o.time)) throw new RangeError(`export/gexf: time must be events, cumulative or static, got "${String(o.time)}"`);
  if (!['auto', 'forceatlas2', 'none'].includes(o.layout)) throw new RangeError(`export/gexf: layout must be auto, forceatlas2 or none, got "${String(o.layout)}"`);
  if (!Number.isInteger(o.chunkSize) || o.chunkSize < 1) throw new RangeError('export/gexf: chunkSize must be a positive integer');
  return o;
}

const NAMESPACES: Record<GexfVersion, { gexf: string; viz: string }> = {
  '1.3': { gexf: 'http://gexf.net/1.3', viz: 'http://gexf.net/1.3/viz' },
  '1.2draft': { gexf: 'http://www.gexf.net/1.2draft', viz: 'http://www.gexf.net/1.2draft/viz' },
};

// GEXF's names for the neutral column types.
const GEXF_TYPES: Record<ColumnType, string> = { string: 'string', integer: 'integer', double: 'double', boolean: 'boolean' };

function declare(cls: 'node' | 'edge', columns: Array<Column<never>>): string {
  const rows = columns.map((c) => `      <attribute id="${c.id}" title="${c.id}" type="${GEXF_TYPES[c.type]}"/>\n`).join('');
  return `    <attributes class="${cls}" mode="static">\n${rows}    </attributes>\n`;
}

function attvalues<T>(columns: Array<Column<T>>, attrs: T, key: string): string {
  let out = '';
  for (const c of columns) {
    const v = c.value(attrs, key);
    if (v === undefined || v === '') continue;
    out += `<attvalue for="${c.id}" value="${xmlAttr(v)}"/>`;
  }
  return out ? `<attvalues>${out}</attvalues>` : '';
}

const color = ({ r, g, b }: Rgb): string => `<viz:color r="${r}" g="${g}" b="${b}"/>`;

function edgeSpells(a: EdgeAttributes, time: GexfTime): string {
  if (time === 'cumulative') return `<spells><spell start="${a.firstDate}"/></spells>`;
  if (a.firstDate === a.lastDate) return `<spells><spell start="${a.firstDate}" end="${a.firstDate}"/></spells>`;
  const dates = [...new Set(a.evidence.map((e) => e.date))].sort();
  return `<spells>${dates.map((d) => `<spell start="${d}" end="${d}"/>`).join('')}</spells>`;
}

/** Each node's first and last evidence date over its edges. */
function nodeSpans(graph: KgGraph): Map<string, [string, string]> {
  const spans = new Map<string, [string, string]>();
  const widen = (n: string, from: string, to: string): void => {
    const s = spans.get(n);
    if (!s) spans.set(n, [from, to]);
    else {
      if (from < s[0]) s[0] = from;
      if (to > s[1]) s[1] = to;
    }
  };
  graph.forEachEdge((_e, a, s, t) => {
    widen(s, a.firstDate, a.lastDate);
    widen(t, a.firstDate, a.lastDate);
  });
  return spans;
}

/** Yields the GEXF document for `graph` in chunks of about `chunkSize` characters. */
export function* writeGexf(graph: KgGraph, partial: Partial<GexfOptions> = {}): Generator<string, void, undefined> {
  const o = resolveGexfOptions(partial);
  const ns = NAMESPACES[o.version];
  const positions = o.positions ?? (o.layout === 'none' ? null : layoutPositions(graph, o.layout));
  const dynamic = o.time !== 'static';
  const spans = dynamic ? nodeSpans(graph) : null;
  let start: string | null = null;
  let end: string | null = null;
  if (spans) {
    for (const [from, to] of spans.values()) {
      if (start === null || from < start) start = from;
      if (end === null || to > end) end = to;
    }
  }
  const modified = o.modified ?? new Date().toISOString().slice(0, 10);
  const name = graph.getAttribute('name');
  const buf = new ChunkBuffer(o.chunkSize);

  buf.push(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      `<gexf xmlns="${ns.gexf}" xmlns:viz="${ns.viz}" version="${o.version === '1.3' ? '1.3' : '1.2'}">\n` +
      `  <meta lastmodifieddate="${modified}">\n    <creator>negotiation-kg</creator>\n` +
      `    <description>${xmlText(name ?? 'Negotiation positions: who demands, rejects, threatens, offers or concedes what from whom')}</description>\n  </meta>\n` +
      `  <graph defaultedgetype="directed"${dynamic ? ` mode="dynamic" timeformat="date"${start ? ` start="${start}" end="${end}"` : ''}` : ' mode="static"'}>\n` +
      declare('node', NODE_COLUMNS as Array<Column<never>>) +
      declare('edge', EDGE_COLUMNS as Array<Column<never>>) +
      `    <nodes count="${graph.order}">\n`,
  );
  for (const key of graph.nodes()) {
    const a = graph.getNodeAttributes(key);
    const degree = graph.degree(key);
    const span = spans?.get(key);
    const spell = span ? `<spells><spell start="${span[0]}"${o.time === 'events' ? ` end="${span[1]}"` : ''}/></spells>` : '';
    const p = positions?.get(key);
    const pos = p ? `<viz:position x="${p.x}" y="${p.y}" z="0"/>` : '';
    const full = buf.push(
      `      <node id="${xmlAttr(key)}" label="${xmlAttr(a.label)}">` +
        attvalues(NODE_COLUMNS, { ...a, degree }, key) +
        spell +
        color(KIND_COLORS[a.kind]) +
        `<viz:size value="${sizeForDegree(degree)}"/>` +
        pos +
        '</node>\n',
    );
    if (full) yield buf.take();
  }
  buf.push(`    </nodes>\n    <edges count="${graph.size}">\n`);
  const kind = o.version === '1.3';
  for (const key of graph.edges()) {
    const a = graph.getEdgeAttributes(key);
    const full = buf.push(
      `      <edge id="${xmlAttr(key)}" source="${xmlAttr(graph.source(key))}" target="${xmlAttr(graph.target(key))}" label="${a.relation}"${kind ? ` kind="${a.relation}"` : ''} weight="${a.evidence.length}">` +
        attvalues(EDGE_COLUMNS, a, key) +
        (dynamic ? edgeSpells(a, o.time) : '') +
        color(RELATION_COLORS[a.relation]) +
        '</edge>\n',
    );
    if (full) yield buf.take();
  }
  buf.push('    </edges>\n  </graph>\n</gexf>\n');
  yield buf.take();
}

/** The whole document as one string (small graphs and tests). */
export function gexfString(graph: KgGraph, options: Partial<GexfOptions> = {}): string {
  let out = '';
  for (const chunk of writeGexf(graph, options)) out += chunk;
  return out;
}
