// The evidence dates as a month-by-month histogram with two sliders over it (as Retina's and Gephi Lite's range
// filters): what the from/to filter cuts is visible before it is applied. Counting is pure; the UI is below.
import type { DisplayGraph } from './display-graph.ts';
import { el, replaceChildren } from './dom.ts';

export interface MonthBin {
  /** YYYY-MM */
  month: string;
  /** evidence sentences dated in that month */
  count: number;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Every month from the first to the last evidence date, with how many sentences fall in it. */
export function monthBins(graph: DisplayGraph): MonthBin[] {
  const counts = new Map<string, number>();
  graph.forEachEdge((_edge, attrs) => {
    for (const ev of attrs.evidence) counts.set(ev.date.slice(0, 7), (counts.get(ev.date.slice(0, 7)) ?? 0) + 1);
  });
  if (counts.size === 0) return [];
  const months = [...counts.keys()].sort();
  const bins: MonthBin[] = [];
  for (let m = months[0]!; m <= months[months.length - 1]!; m = nextMonth(m)) bins.push({ month: m, count: counts.get(m) ?? 0 });
  return bins;
}

/** The last day of a YYYY-MM month. */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

export interface DateHistogram {
  setGraph(graph: DisplayGraph): void;
  update(from: string | null, to: string | null): void;
}

export function mountDateHistogram(container: HTMLElement, onChange: (from: string | null, to: string | null) => void): DateHistogram {
  let bins: MonthBin[] = [];
  const bars = el('div', { className: 'histogram', attrs: { 'aria-hidden': 'true' } });
  const fromSlider = el('input', { attrs: { type: 'range', min: '0', step: '1', name: 'from-month', 'aria-label': 'Start month of the evidence' } });
  const toSlider = el('input', { attrs: { type: 'range', min: '0', step: '1', name: 'to-month', 'aria-label': 'End month of the evidence' } });
  const apply = (): void => {
    let a = Number(fromSlider.value);
    let b = Number(toSlider.value);
    if (a > b) [a, b] = [b, a];
    const last = bins.length - 1;
    onChange(a === 0 ? null : `${bins[a]!.month}-01`, b === last ? null : monthEnd(bins[b]!.month));
  };
  fromSlider.addEventListener('change', apply);
  toSlider.addEventListener('change', apply);
  replaceChildren(container, [bars, fromSlider, toSlider]);
  const paint = (a: number, b: number): void => {
    [...bars.children].forEach((bar, i) => bar.classList.toggle('in-range', i >= a && i <= b));
    fromSlider.setAttribute('aria-valuetext', bins[a]?.month ?? '');
    toSlider.setAttribute('aria-valuetext', bins[b]?.month ?? '');
  };
  return {
    setGraph(graph) {
      bins = monthBins(graph);
      container.hidden = bins.length < 2;
      const max = Math.max(1, ...bins.map((b) => b.count));
      replaceChildren(bars, bins.map((b) => el('span', { className: 'bar', title: `${b.month}: ${b.count} sentence${b.count === 1 ? '' : 's'}`, style: { height: `${Math.max(b.count ? 8 : 0, (100 * b.count) / max)}%` } })));
      for (const slider of [fromSlider, toSlider]) slider.max = String(Math.max(0, bins.length - 1));
    },
    update(from, to) {
      if (bins.length === 0) return;
      const index = (date: string | null, fallback: number): number => {
        if (!date) return fallback;
        const i = bins.findIndex((b) => b.month === date.slice(0, 7));
        return i >= 0 ? i : date < bins[0]!.month ? 0 : bins.length - 1;
      };
      const a = index(from, 0);
      const b = index(to, bins.length - 1);
      fromSlider.value = String(a);
      toSlider.value = String(b);
      paint(Math.min(a, b), Math.max(a, b));
    },
  };
}
