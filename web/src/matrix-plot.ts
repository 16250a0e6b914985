// Draws the stance matrix as a heat map: Observable Plot draws the axes, labels and legend, and the cells (one
// per actor–position pair, coloured by its latest relation in the graph's palette) are painted on a canvas that
// covers only the visible part of the scrolled pane, so 300 × 300 pairs draw and scroll without 90,000 SVG nodes.
// The SVG download builds the same chart with Plot's own cell mark.
import * as Plot from '@observablehq/plot';
import { POSITION_RELATIONS } from '../../src/graph/types.ts';
import type { MatrixCell, MatrixResponse } from '../../src/server/api-types.ts';
import { CELL, MARGIN_LEFT, MARGIN_TOP } from './matrix-geometry.ts';
import { RELATION_COLORS } from './palette.ts';

/** Room for the last column labels, which slant up to the right. */
const MARGIN_RIGHT = 110;
const LABEL_CHARS = 32;
/** A pair with more than one kind of stance is outlined: its colour is only the latest one. */
const MIXED_OUTLINE = '#1f2328';

export interface MatrixPlot {
  /** the chart (axes, labels and the cell canvas) */
  element: HTMLElement;
  /** the colour legend */
  legend: HTMLElement | SVGSVGElement;
  /** the cell under a point given relative to the chart's top-left corner, if any */
  cellAt(x: number, y: number): MatrixCell | null;
  /** paints the cells visible in `scroller` (call on scroll and resize) */
  paint(scroller: HTMLElement): void;
}

const short = (s: string): string => (s.length > LABEL_CHARS ? `${s.slice(0, LABEL_CHARS - 1)}…` : s);
const mixed = (c: MatrixCell): boolean => Object.keys(c.counts).length > 1;

export function cellTitle(m: MatrixResponse, c: MatrixCell): string {
  return `${m.rows[c.row]!.label} ${c.latest.relation} ${m.columns[c.column]!.label}`;
}

function relationsIn(m: MatrixResponse) {
  return POSITION_RELATIONS.filter((r) => m.cells.some((c) => c.latest.relation === r));
}

function chartOptions(m: MatrixResponse, marks: Plot.Markish[]): Plot.PlotOptions {
  const relations = relationsIn(m);
  return {
    width: MARGIN_LEFT + Math.max(1, m.columns.length) * CELL + MARGIN_RIGHT,
    height: MARGIN_TOP + Math.max(1, m.rows.length) * CELL + 10,
    marginLeft: MARGIN_LEFT,
    marginTop: MARGIN_TOP,
    marginRight: MARGIN_RIGHT,
    marginBottom: 10,
    // Plot scales a chart down to its container by default; cells on the canvas must keep the chart's own size.
    style: { fontSize: '11px', background: '#ffffff', maxWidth: 'none' },
    x: { domain: m.columns.map((_c, i) => i), axis: 'top', tickRotate: -60, tickFormat: (i: number) => short(m.columns[i]!.label), label: null, tickSize: 0, padding: 0 },
    y: { domain: m.rows.map((_r, i) => i), tickFormat: (i: number) => short(m.rows[i]!.label), label: null, tickSize: 0, padding: 0 },
    color: { type: 'ordinal', domain: relations, range: relations.map((r) => RELATION_COLORS[r]) },
    marks: [Plot.frame({ stroke: '#e4e6ea' }), ...marks],
  };
}

/** The whole chart as one SVG, cells included (for the download). */
export function matrixSvg(m: MatrixResponse): SVGSVGElement {
  const cells = Plot.cell(m.cells, {
    x: 'column',
    y: 'row',
    fill: (c: MatrixCell) => c.latest.relation,
    stroke: (c: MatrixCell) => (mixed(c) ? MIXED_OUTLINE : 'none'),
    inset: 0.5,
    ariaLabel: (c: MatrixCell) => cellTitle(m, c),
  });
  const chart = Plot.plot(chartOptions(m, [cells])) as SVGSVGElement;
  // The page's legend is HTML (swatches): the file gets its own, in the empty corner above the row labels.
  const svg = (tag: string, attrs: Record<string, string>): SVGElement => {
    const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    return node;
  };
  const legend = svg('g', { 'aria-label': 'legend' });
  relationsIn(m).forEach((r, i) => {
    const y = 8 + i * 16;
    const text = svg('text', { x: '24', y: String(y + 9), 'font-size': '11' });
    text.textContent = r;
    legend.append(svg('rect', { x: '8', y: String(y), width: '10', height: '10', fill: RELATION_COLORS[r] }), text);
  });
  chart.append(legend);
  return chart;
}

export function drawMatrix(m: MatrixResponse): MatrixPlot {
  const byPosition = new Map(m.cells.map((c) => [`${c.row},${c.column}`, c]));
  const chart = Plot.plot(chartOptions(m, [])) as SVGSVGElement & Plot.Plot;
  const legend = chart.legend('color') ?? document.createElement('span');
  const canvas = document.createElement('canvas');
  canvas.className = 'matrix-cells';
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `Stances of ${m.rows.length} actors on ${m.columns.length} positions: ${m.cells.length} pairs; hover a cell for its latest sentence`);
  const element = document.createElement('div');
  element.className = 'matrix-plot';
  element.append(chart, canvas);
  const areaWidth = m.columns.length * CELL;
  const areaHeight = m.rows.length * CELL;

  return {
    element,
    legend,
    cellAt(x, y) {
      const left = x - MARGIN_LEFT;
      const top = y - MARGIN_TOP;
      if (left < 0 || top < 0 || left >= areaWidth || top >= areaHeight) return null;
      return byPosition.get(`${Math.floor(top / CELL)},${Math.floor(left / CELL)}`) ?? null;
    },
    paint(scroller) {
      // The part of the cell area inside the scrolled pane, in chart coordinates.
      const chartBox = element.getBoundingClientRect();
      const view = scroller.getBoundingClientRect();
      const x0 = Math.max(0, view.left - chartBox.left - MARGIN_LEFT);
      const y0 = Math.max(0, view.top - chartBox.top - MARGIN_TOP);
      const x1 = Math.min(areaWidth, view.right - chartBox.left - MARGIN_LEFT);
      const y1 = Math.min(areaHeight, view.bottom - chartBox.top - MARGIN_TOP);
      if (x1 <= x0 || y1 <= y0) {
        canvas.hidden = true;
        return;
      }
      const ratio = window.devicePixelRatio || 1;
      const width = x1 - x0;
      const height = y1 - y0;
      canvas.hidden = false;
      Object.assign(canvas.style, { left: `${MARGIN_LEFT + x0}px`, top: `${MARGIN_TOP + y0}px`, width: `${width}px`, height: `${height}px` });
      canvas.width = Math.ceil(width * ratio);
      canvas.height = Math.ceil(height * ratio);
      const context = canvas.getContext('2d') as CanvasRenderingContext2D;
      context.setTransform(ratio, 0, 0, ratio, -x0 * ratio, -y0 * ratio);
      const [r0, r1] = [Math.floor(y0 / CELL), Math.ceil(y1 / CELL)];
      const [c0, c1] = [Math.floor(x0 / CELL), Math.ceil(x1 / CELL)];
      let drawn = 0;
      for (const c of m.cells) {
        if (c.row < r0 || c.row >= r1 || c.column < c0 || c.column >= c1) continue;
        context.fillStyle = RELATION_COLORS[c.latest.relation];
        context.fillRect(c.column * CELL + 0.5, c.row * CELL + 0.5, CELL - 1, CELL - 1);
        if (mixed(c)) {
          context.strokeStyle = MIXED_OUTLINE;
          context.lineWidth = 1;
          context.strokeRect(c.column * CELL + 1, c.row * CELL + 1, CELL - 2, CELL - 2);
        }
        drawn++;
      }
      canvas.dataset.drawn = String(drawn);
    },
  };
}
