// Pointer and keyboard on the stance matrix: hovering a cell, or moving to it with the arrow keys, shows its latest
// sentence (and tells a screen reader); a click, Enter or Space opens the pair's details.
import type { MatrixCell, MatrixResponse } from '../../src/server/api-types.ts';
import { el, replaceChildren } from './dom.ts';
import { CELL, cellOrigin } from './matrix-geometry.ts';
import { MATRIX_KEYS, nextCell, type MatrixKey } from './matrix-keys.ts';
import type { MatrixPlot } from './matrix-plot.ts';

export interface MatrixInteraction {
  chart: HTMLElement;
  scroller: HTMLElement;
  tooltip: HTMLElement;
  /** a polite live region: what the keyboard moved to */
  live: HTMLElement;
  current(): { matrix: MatrixResponse; plot: MatrixPlot; title: (m: MatrixResponse, c: MatrixCell) => string } | null;
  open(cell: MatrixCell): void;
}

export function attachMatrixInteraction(o: MatrixInteraction): void {
  const { chart, scroller, tooltip } = o;
  chart.tabIndex = 0;
  chart.setAttribute('aria-label', 'Stance matrix: arrow keys move between pairs, Enter opens one');
  const ring = el('div', { className: 'matrix-focus' });
  let focused: { matrix: MatrixResponse; index: number } | null = null;

  function show(cell: MatrixCell, clientX: number, clientY: number): void {
    const now = o.current();
    if (!now) return;
    const label = now.title(now.matrix, cell);
    const meta = ` · ${cell.latest.date} · ${cell.evidence} sentence${cell.evidence === 1 ? '' : 's'}`;
    replaceChildren(tooltip, [el('strong', { text: label }), el('span', { className: 'pair-meta', text: meta }), el('p', { text: cell.latest.text })]);
    tooltip.hidden = false;
    const area = scroller.getBoundingClientRect();
    tooltip.style.left = `${Math.min(clientX - area.left + scroller.scrollLeft + 14, scroller.scrollLeft + area.width - 340)}px`;
    // Below the point, or above it near the bottom of the pane, so the sentence is never cut off.
    const below = clientY - area.top + 14;
    const top = below + tooltip.offsetHeight > area.height ? Math.max(0, clientY - area.top - tooltip.offsetHeight - 10) : below;
    tooltip.style.top = `${top + scroller.scrollTop}px`;
  }

  function pointed(event: MouseEvent): MatrixCell | null {
    const now = o.current();
    if (!now) return null;
    const box = now.plot.element.getBoundingClientRect();
    return now.plot.cellAt(event.clientX - box.left, event.clientY - box.top);
  }

  chart.addEventListener('mousemove', (event) => {
    const cell = pointed(event);
    chart.classList.toggle('pointer', Boolean(cell));
    if (cell) show(cell, event.clientX, event.clientY);
    else tooltip.hidden = true;
  });
  chart.addEventListener('mouseleave', () => {
    tooltip.hidden = true;
  });
  chart.addEventListener('click', (event) => {
    const cell = pointed(event);
    if (cell) o.open(cell);
  });

  chart.addEventListener('keydown', (event) => {
    const now = o.current();
    if (!now) return;
    const at = focused?.matrix === now.matrix ? focused.index : null;
    if ((event.key === 'Enter' || event.key === ' ') && at !== null) {
      event.preventDefault();
      o.open(now.matrix.cells[at]!);
      return;
    }
    if (!MATRIX_KEYS.includes(event.key)) return;
    event.preventDefault();
    const index = nextCell(now.matrix.cells, at, event.key as MatrixKey);
    if (index === null) return;
    focused = { matrix: now.matrix, index };
    const cell = now.matrix.cells[index]!;
    const { left, top } = cellOrigin(cell.row, cell.column);
    Object.assign(ring.style, { left: `${left}px`, top: `${top}px`, width: `${CELL}px`, height: `${CELL}px` });
    if (ring.parentElement !== now.plot.element) now.plot.element.append(ring);
    ring.hidden = false;
    ring.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const box = ring.getBoundingClientRect();
    show(cell, box.right, box.bottom);
    o.live.textContent = `${now.title(now.matrix, cell)}, ${cell.latest.date}: ${cell.latest.text}`;
  });
  chart.addEventListener('blur', () => {
    ring.hidden = true;
    tooltip.hidden = true;
  });
}
