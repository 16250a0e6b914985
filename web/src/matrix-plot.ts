// Draws the stance matrix as a heat map with Observable Plot (one cell per actor–position pair, coloured by its
// latest relation in the graph's palette) and finds the cell under a point, so hover and click need no per-cell DOM work.
import * as Plot from '@observablehq/plot';
import { POSITION_RELATIONS } from '../../src/graph/types.ts';
import type { MatrixCell, MatrixResponse } from '../../src/server/api-types.ts';
import { RELATION_COLORS } from './palette.ts';

/** Cell side in pixels: 300 × 300 cells make a 4,200-pixel square, scrolled in its pane. */
export const CELL = 14;
const LABEL_CHARS = 32;
const MARGIN_LEFT = 220;
const MARGIN_TOP = 190;
/** Room for the last column labels, which slant up to the right. */
const MARGIN_RIGHT = 110;

export interface MatrixPlot {
  element: HTMLElement | SVGSVGElement;
  /** the cell under a point given relative to the element's top-left corner, if any */
  cellAt(x: number, y: number): MatrixCell | null;
}

const short = (s: string): string => (s.length > LABEL_CHARS ? `${s.slice(0, LABEL_CHARS - 1)}…` : s);

export function cellTitle(m: MatrixResponse, c: MatrixCell): string {
  return `${m.rows[c.row]!.label} ${c.latest.relation} ${m.columns[c.column]!.label}`;
}

export function drawMatrix(m: MatrixResponse): MatrixPlot {
  const byPosition = new Map(m.cells.map((c) => [`${c.row},${c.column}`, c]));
  const relations = POSITION_RELATIONS.filter((r) => m.cells.some((c) => c.latest.relation === r));
  const width = MARGIN_LEFT + Math.max(1, m.columns.length) * CELL + MARGIN_RIGHT;
  const height = MARGIN_TOP + Math.max(1, m.rows.length) * CELL + 10;
  const element = Plot.plot({
    width,
    height,
    marginLeft: MARGIN_LEFT,
    marginTop: MARGIN_TOP,
    marginRight: MARGIN_RIGHT,
    marginBottom: 10,
    style: { fontSize: '11px', background: '#ffffff' },
    x: { domain: m.columns.map((_c, i) => i), axis: 'top', tickRotate: -60, tickFormat: (i: number) => short(m.columns[i]!.label), label: null, tickSize: 0, padding: 0 },
    y: { domain: m.rows.map((_r, i) => i), tickFormat: (i: number) => short(m.rows[i]!.label), label: null, tickSize: 0, padding: 0 },
    color: { type: 'ordinal', domain: relations, range: relations.map((r) => RELATION_COLORS[r]), legend: true },
    marks: [
      Plot.frame({ stroke: '#e4e6ea' }),
      Plot.cell(m.cells, {
        x: 'column',
        y: 'row',
        fill: (c: MatrixCell) => c.latest.relation,
        // A pair with more than one kind of stance gets a dark outline: its colour is only the latest one.
        stroke: (c: MatrixCell) => (Object.keys(c.counts).length > 1 ? '#1f2328' : 'none'),
        inset: 0.5,
        ariaLabel: (c: MatrixCell) => cellTitle(m, c),
      }),
    ],
  });
  const svg = element instanceof SVGSVGElement ? element : element.querySelector(':scope > svg');
  return {
    element,
    cellAt(x, y) {
      // Plot puts the legend above the chart inside a <figure>: measure from the chart's own box.
      const box = svg?.getBoundingClientRect();
      const outer = element.getBoundingClientRect();
      const left = x - ((box?.left ?? outer.left) - outer.left) - MARGIN_LEFT;
      const top = y - ((box?.top ?? outer.top) - outer.top) - MARGIN_TOP;
      if (left < 0 || top < 0) return null;
      return byPosition.get(`${Math.floor(top / CELL)},${Math.floor(left / CELL)}`) ?? null;
    },
  };
}
