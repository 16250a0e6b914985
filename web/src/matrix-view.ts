// The Matrix view beside the graph: the stance matrix of the filtered graph as a heat map (hover shows the latest
// sentence, a click opens the pair's details), the stance shifts with their before/after sentences, and SVG, PNG
// and CSV downloads. Reads the page's filters from the UI store; its own state (view, fold) lives in the URL.
import type { Evidence } from '../../src/graph/types.ts';
import type { MatrixCell, MatrixResponse, Shift, ShiftsResponse } from '../../src/server/api-types.ts';
import { el, replaceChildren } from './dom.ts';
import { toFilterQuery } from './filters.ts';
import { fetchMatrix, fetchShifts, stanceUrl } from './matrix-api.ts';
import { attachMatrixInteraction } from './matrix-pointer.ts';
import { renderPairPanel } from './matrix-panel.ts';
import type { MatrixPlot } from './matrix-plot.ts';
import { downloadPng, downloadSvg } from './matrix-export.ts';
import { decodeMatrixUrl, type MatrixUrl, type ViewName } from './matrix-url.ts';
import { RELATION_COLORS } from './palette.ts';
import type { Filters, Store } from './ui-state.ts';

export interface MatrixViewDeps {
  /** the pane the view fills (over the graph, same size) */
  pane: HTMLElement;
  /** where the Graph / Matrix switch goes */
  switcher: HTMLElement;
  panel: HTMLElement;
  store: Store;
  openArticle(ev: Evidence): void;
  select(key: string): void;
  /** the view or fold changed: the page rewrites its URL */
  changed(): void;
}

export interface MatrixView {
  url(): MatrixUrl;
  /** applies a URL's view and fold (back/forward, edited hash) */
  setUrl(url: MatrixUrl): void;
  /** the graph changed (an article was added): fetch the matrix again */
  reload(): void;
}

function shiftItem(s: Shift, openArticle: (ev: Evidence) => void): HTMLElement {
  const side = (label: string, part: Shift['before']) => {
    const ev = part.events[0]!;
    return el('div', { className: 'shift-side' }, [
      el('div', { className: 'pair-meta' }, [
        `${label} `,
        ...part.relations.flatMap((r, i) => [i ? ', ' : '', el('span', { className: 'relation', style: { color: RELATION_COLORS[r] }, text: r })]),
        ` · ${part.date}`,
      ]),
      el('button', { className: 'shift-sentence', attrs: { type: 'button', title: 'Read in the article' }, text: ev.text, on: { click: () => openArticle(ev) } }),
    ]);
  };
  return el('li', { className: 'shift-item' }, [
    el('div', { className: 'shift-title', text: `${s.actor.label} · ${s.position.label}` }),
    el('div', { className: 'shift-sides' }, [side('Before:', s.before), side('After:', s.after)]),
  ]);
}

const loadPlot = () => import('./matrix-plot.ts');

export function mountMatrixView(deps: MatrixViewDeps): MatrixView {
  const { pane, store } = deps;
  let title: (m: MatrixResponse, c: MatrixCell) => string = () => '';
  let state = decodeMatrixUrl(location.hash);
  let loaded: { key: string; matrix: MatrixResponse; plot: MatrixPlot; svg: () => SVGSVGElement } | null = null;
  let request: AbortController | null = null;

  const graphButton = el('button', { className: 'view-tab', attrs: { type: 'button', 'data-view': 'graph' }, text: 'Graph', on: { click: () => show('graph') } });
  const matrixButton = el('button', { className: 'view-tab', attrs: { type: 'button', 'data-view': 'matrix' }, text: 'Matrix', on: { click: () => show('matrix') } });
  replaceChildren(deps.switcher, [graphButton, matrixButton]);

  const fold = el('input', { attrs: { type: 'checkbox', id: 'matrix-fold' }, on: { change: () => setFold(fold.checked) } });
  const status = el('span', { className: 'matrix-status', attrs: { role: 'status' } });
  const csv = el('a', { className: 'button', attrs: { download: '', 'data-format': 'matrix-csv' }, text: 'CSV' });
  const svgButton = el('button', { className: 'button', attrs: { type: 'button', 'data-format': 'matrix-svg' }, text: 'SVG', on: { click: () => loaded && downloadSvg(loaded.svg(), 'negotiation-matrix') } });
  const pngButton = el('button', { className: 'button', attrs: { type: 'button', 'data-format': 'matrix-png' }, text: 'PNG', on: { click: () => loaded && void downloadPng(loaded.svg(), 'negotiation-matrix') } });
  const chart = el('div', { className: 'matrix-chart' });
  const legend = el('div', { className: 'matrix-legend' });
  const tooltip = el('div', { className: 'matrix-tooltip', attrs: { role: 'tooltip' } });
  tooltip.hidden = true;
  const live = el('div', { className: 'visually-hidden', attrs: { 'aria-live': 'polite' } });
  const shifts = el('section', { className: 'matrix-shifts', attrs: { 'aria-label': 'Stance shifts' } });
  replaceChildren(pane, [
    el('div', { className: 'matrix-toolbar' }, [
      el('label', { className: 'matrix-fold', attrs: { for: 'matrix-fold' } }, [fold, ' Count people in the state they represent']),
      status,
      el('span', { className: 'button-row' }, [svgButton, pngButton, csv]),
    ]),
    legend,
    el('div', { className: 'matrix-scroll' }, [chart, tooltip]),
    live,
    shifts,
  ]);

  const scroller = chart.parentElement as HTMLElement;
  // The cells are painted for the visible part of the chart only: again when it scrolls or the pane resizes.
  let paintQueued = false;
  const repaint = (): void => {
    if (paintQueued || !loaded) return;
    paintQueued = true;
    requestAnimationFrame(() => {
      paintQueued = false;
      if (!pane.hidden) loaded?.plot.paint(scroller);
    });
  };
  scroller.addEventListener('scroll', repaint, { passive: true });
  new ResizeObserver(repaint).observe(scroller);

  attachMatrixInteraction({
    chart,
    scroller,
    tooltip,
    live,
    current: () => (loaded ? { matrix: loaded.matrix, plot: loaded.plot, title } : null),
    open(cell) {
      if (!loaded) return;
      store.set({ selected: null });
      renderPairPanel(deps.panel, loaded.matrix, cell, store.get().filters, { select: deps.select, openArticle: deps.openArticle, close: () => (deps.panel.hidden = true) });
    },
  });

  function queryOf(filters: Filters) {
    return { ...toFilterQuery(filters), fold: state.fold ? undefined : 'false' };
  }

  async function load(): Promise<void> {
    const query = queryOf(store.get().filters);
    const key = JSON.stringify(query);
    csv.href = stanceUrl('export.matrix.csv', query);
    if (loaded?.key === key) return;
    request?.abort();
    const controller = new AbortController();
    request = controller;
    pane.dataset.ready = 'false';
    status.textContent = 'Loading the matrix…';
    // Observable Plot (and d3) load with the first matrix, not with the page, so the graph's first frame does not
    // wait for them; asked for alongside the data, so the matrix does not wait for them either.
    const plotModule = loadPlot();
    let matrix: MatrixResponse;
    try {
      matrix = await fetchMatrix(query, controller.signal);
    } catch (error) {
      if (controller.signal.aborted) return;
      status.textContent = `Could not load the matrix: ${(error as Error).message}`;
      return;
    }
    performance.mark('kg:matrix-data');
    const { drawMatrix, cellTitle, matrixSvg } = await plotModule;
    if (controller.signal.aborted) return;
    title = cellTitle;
    const plot = drawMatrix(matrix);
    replaceChildren(chart, matrix.cells.length ? [plot.element] : [el('p', { className: 'panel-note', text: 'No stances under these filters.' })]);
    replaceChildren(legend, matrix.cells.length ? [plot.legend] : []);
    loaded = { key, matrix, plot, svg: () => matrixSvg(matrix) };
    plot.paint(scroller);
    performance.mark('kg:matrix-drawn');
    requestAnimationFrame(() => setTimeout(() => performance.mark('kg:matrix-frame')));
    const cut = matrix.totals.rows > matrix.rows.length || matrix.totals.columns > matrix.columns.length;
    status.textContent = `${matrix.rows.length} actors × ${matrix.columns.length} positions · ${matrix.cells.length} pairs${cut ? ` (the busiest of ${matrix.totals.rows} × ${matrix.totals.columns})` : ''}`;
    Object.assign(pane.dataset, { ready: 'true', rows: String(matrix.rows.length), columns: String(matrix.columns.length), cells: String(matrix.cells.length) });
    void loadShifts(query, controller.signal);
  }

  async function loadShifts(query: ReturnType<typeof queryOf>, signal: AbortSignal): Promise<void> {
    replaceChildren(shifts, [el('h2', { text: 'Shifts' }), el('p', { className: 'panel-note', text: 'Loading…' })]);
    let answer: ShiftsResponse;
    try {
      answer = await fetchShifts(query, signal);
    } catch (error) {
      if (!signal.aborted) replaceChildren(shifts, [el('h2', { text: 'Shifts' }), el('p', { className: 'panel-note', text: `Could not load the shifts: ${(error as Error).message}` })]);
      return;
    }
    replaceChildren(shifts, [
      el('h2', { text: `Shifts (${answer.total})` }),
      el('p', { className: 'panel-note', text: 'Actor–position pairs whose stance changed from one reported day to the next, newest first.' }),
      answer.items.length ? el('ul', { className: 'shift-list' }, answer.items.map((s) => shiftItem(s, deps.openArticle))) : el('p', { className: 'panel-note', text: 'No stance changed under these filters.' }),
    ]);
  }

  function apply(): void {
    const matrix = state.view === 'matrix';
    pane.hidden = !matrix;
    document.body.dataset.view = state.view;
    graphButton.setAttribute('aria-pressed', String(!matrix));
    matrixButton.setAttribute('aria-pressed', String(matrix));
    fold.checked = state.fold;
    if (matrix) void load();
  }

  function show(view: ViewName): void {
    if (state.view === view) return;
    state = { ...state, view };
    apply();
    deps.changed();
  }

  function setFold(value: boolean): void {
    state = { ...state, fold: value };
    apply();
    deps.changed();
  }

  store.subscribe((next, previous) => {
    if (next.filters !== previous.filters && state.view === 'matrix') void load();
  });
  apply();
  return {
    url: () => state,
    setUrl(url) {
      state = url;
      apply();
    },
    reload() {
      loaded = null;
      apply();
    },
  };
}
