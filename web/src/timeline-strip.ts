// A timeline strip: an actor's or a position's stance events on a date axis, one lane per relation, coloured as
// the graph colours relations; hovering shows the sentence, a click opens it in the article reader.
import { POSITION_RELATIONS, type Evidence } from '../../src/graph/types.ts';
import type { StanceEvent, TimelineResponse } from '../../src/server/api-types.ts';
import { el, replaceChildren } from './dom.ts';
import { fetchTimeline } from './matrix-api.ts';
import { RELATION_COLORS } from './palette.ts';
import type { Filters } from './ui-state.ts';

const WIDTH = 360;
/** Vertical distance between stacked dots of one day, px. */
const DOT_STEP = 9;

/** The strip for the given events (oldest first); null when there are none. */
export async function drawTimeline(events: StanceEvent[], openArticle: (ev: Evidence) => void, label: (ev: StanceEvent) => string): Promise<HTMLElement | null> {
  if (!events.length) return null;
  // Loaded with the first timeline, not with the page (see matrix-view.ts).
  const Plot = await import('@observablehq/plot');
  const relations = POSITION_RELATIONS.filter((r) => events.some((e) => e.relation === r));
  const date = (e: StanceEvent) => new Date(`${e.date}T00:00:00Z`);
  // Stances of the same day and relation are stacked in their lane, so each sentence keeps its own dot: the lane's
  // index plus an offset, on a linear y scale whose ticks name the relations.
  const stacks = new Map<string, StanceEvent[]>();
  for (const e of events) {
    const key = `${e.relation} ${e.date}`;
    stacks.set(key, [...(stacks.get(key) ?? []), e]);
  }
  const lane = Math.max(22, Math.max(...[...stacks.values()].map((s) => s.length)) * DOT_STEP + 6);
  const y = new Map<StanceEvent, number>();
  for (const stack of stacks.values()) {
    stack.forEach((e, k) => y.set(e, relations.indexOf(e.relation) + ((k - (stack.length - 1) / 2) * DOT_STEP) / lane));
  }
  const at = { x: date, y: (e: StanceEvent) => y.get(e)! };
  const figure = Plot.plot({
    width: WIDTH,
    height: 42 + relations.length * lane,
    marginTop: 8,
    marginBottom: 34,
    marginLeft: 70,
    marginRight: 16,
    style: { fontSize: '11px' },
    x: { type: 'utc', label: null, ticks: 4 },
    y: { domain: [relations.length - 0.5, -0.5], ticks: relations.map((_r, i) => i), tickFormat: (i: number) => relations[i] ?? '', label: null, tickSize: 0 },
    color: { domain: relations, range: relations.map((r) => RELATION_COLORS[r]) },
    marks: [
      Plot.ruleY(relations.map((_r, i) => i + 0.5).slice(0, -1), { stroke: '#eef0f2' }),
      Plot.dot(events, { ...at, fill: 'relation', r: 4, stroke: '#fff', ariaLabel: (e: StanceEvent) => `${e.date} ${label(e)}` }),
      Plot.tip(events, Plot.pointer({ ...at, title: (e: StanceEvent) => `${e.date} · ${label(e)}\n${e.text}`, maxRadius: 10 })),
    ],
  }) as HTMLElement & { value?: StanceEvent | null };
  figure.classList.add('timeline-plot');
  // One image to assistive technology: Plot's aria-labels on its <g> and <circle> have no role to carry them (axe
  // counts them as prohibited); the sentences stay reachable in the panel's lists.
  for (const part of figure.querySelectorAll('[aria-label]')) part.removeAttribute('aria-label');
  figure.setAttribute('role', 'img');
  figure.setAttribute('aria-label', `Timeline of ${events.length} stance${events.length === 1 ? '' : 's'} by relation and date`);
  figure.addEventListener('click', () => {
    const ev = figure.value;
    if (ev) openArticle({ article: ev.article, sentence: ev.sentence, text: ev.text, date: ev.date });
  });
  return figure;
}

export interface TimelineTarget {
  actor?: string;
  position?: string;
  /** the page's date and article filters */
  from?: string;
  to?: string;
  article?: string;
  fold?: boolean;
}

/** Appends a "Timeline" section to a details panel and fills it once the events arrive. */
export function appendTimeline(panel: HTMLElement, target: TimelineTarget, openArticle: (ev: Evidence) => void): { done: Promise<TimelineResponse | null> } {
  const body = el('div', { className: 'timeline-body' }, [el('p', { className: 'panel-note', text: 'Loading the timeline…' })]);
  const section = el('section', { className: 'panel-section timeline-strip', attrs: { 'aria-label': 'Timeline' } }, [el('h3', { text: 'Timeline' }), body]);
  const header = panel.querySelector('.facts');
  if (header) header.after(section);
  else panel.append(section);
  const query = {
    actor: target.actor,
    position: target.position,
    from: target.from,
    to: target.to,
    article: target.article,
    fold: target.fold === false ? 'false' : undefined,
  };
  const done = fetchTimeline(query)
    .then(async (t) => {
      const label = (e: StanceEvent) => (target.actor && !target.position ? `${e.via.label} ${e.relation} ${e.position.label}` : `${e.via.label} ${e.relation}${target.position ? '' : ` ${e.position.label}`}`);
      const strip = await drawTimeline(t.items, openArticle, label);
      replaceChildren(body, strip ? [strip, el('p', { className: 'panel-note', text: `${t.total} dated stance${t.total === 1 ? '' : 's'}; click a dot to read its sentence.` })] : [el('p', { className: 'panel-note', text: 'No dated stances.' })]);
      section.dataset.events = String(t.items.length);
      return t;
    })
    .catch((error: Error) => {
      replaceChildren(body, [el('p', { className: 'panel-note', text: `Could not load the timeline: ${error.message}` })]);
      return null;
    });
  return { done };
}

/** The timeline of the node a details panel shows, cut by the page's date and article filters. */
export function appendNodeTimeline(panel: HTMLElement, key: string, kind: 'actor' | 'demand' | 'response', filters: Filters, openArticle: (ev: Evidence) => void): void {
  const dates = { from: filters.from ?? undefined, to: filters.to ?? undefined, article: filters.article ?? undefined };
  appendTimeline(panel, kind === 'actor' ? { actor: key, ...dates } : { position: key, ...dates }, openArticle);
}
