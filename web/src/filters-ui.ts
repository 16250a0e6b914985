// The filter controls: node kinds and relations with counts, actor, article and date range; a reset.
// Reads and writes the store's filters; the counts come from applyFilters.
import { RELATIONS, type NodeKind, type Relation } from '../../src/graph/types.ts';
import type { DisplayGraph } from './display-graph.ts';
import { el, replaceChildren } from './dom.ts';
import type { VisibleSet } from './filters.ts';
import { mountDateHistogram } from './date-histogram.ts';
import { lineSwatch } from './legend.ts';
import { KIND_COLORS, KIND_LABELS } from './palette.ts';
import { NODE_KINDS, allFilters, defaultFilters, type Filters, type Store } from './ui-state.ts';

export interface FiltersUi {
  setGraph(graph: DisplayGraph): void;
  update(filters: Filters, visible: VisibleSet): void;
}

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? (list.includes(value) ? [...list] : [...list, value]) : list.filter((v) => v !== value);
}

function option(value: string, text: string): HTMLOptionElement {
  const node = el('option', { text });
  node.value = value;
  return node;
}

export function mountFilters(container: HTMLElement, store: Store): FiltersUi {
  const kindBoxes = new Map<NodeKind, { box: HTMLInputElement; count: HTMLElement }>();
  const relationBoxes = new Map<Relation, { box: HTMLInputElement; count: HTMLElement; row: HTMLElement }>();

  const checkRow = (name: string, label: string, swatch: HTMLElement, onChange: (checked: boolean) => void, spoken: string) => {
    // Spoken names say what the box shows: "Actor" alone was also the name of the actor list.
    const box = el('input', { attrs: { type: 'checkbox', name, 'aria-label': spoken }, on: { change: () => onChange(box.checked) } });
    const count = el('span', { className: 'count' });
    const row = el('label', { className: 'check-row' }, [box, swatch, el('span', { className: 'check-label', text: label }), count]);
    return { box, count, row };
  };

  const kindRows = NODE_KINDS.map((kind) => {
    const r = checkRow('kind', KIND_LABELS[kind], el('span', { className: 'swatch dot', style: { background: KIND_COLORS[kind] } }), (checked) =>
      store.setFilters({ kinds: toggle(store.get().filters.kinds, kind, checked) }),
    `Show ${KIND_LABELS[kind].toLowerCase()} nodes`);
    kindBoxes.set(kind, r);
    return r.row;
  });
  const relationRows = RELATIONS.map((relation) => {
    const r = checkRow('relation', relation, lineSwatch(relation), (checked) =>
      store.setFilters({ relations: toggle(store.get().filters.relations, relation, checked) }),
    `Show ${relation} edges`);
    r.row.dataset.relation = relation;
    relationBoxes.set(relation, r);
    return r.row;
  });

  const actorSelect = el('select', { attrs: { name: 'actor', 'aria-label': 'Neighbourhood of actor' }, on: { change: () => store.setFilters({ actor: actorSelect.value || null }) } });
  const articleSelect = el('select', { attrs: { name: 'article', 'aria-label': 'Article' }, on: { change: () => store.setFilters({ article: articleSelect.value || null }) } });
  const fromInput = el('input', { attrs: { type: 'date', name: 'from', 'aria-label': 'From date' }, on: { change: () => store.setFilters({ from: fromInput.value || null }) } });
  const toInput = el('input', { attrs: { type: 'date', name: 'to', 'aria-label': 'To date' }, on: { change: () => store.setFilters({ to: toInput.value || null }) } });
  const summary = el('p', { className: 'filter-summary', attrs: { 'aria-live': 'polite' } });
  const spanHint = el('p', { className: 'hint date-span' });
  const histogramBox = el('div', { className: 'date-histogram' });
  const histogram = mountDateHistogram(histogramBox, (from, to) => store.setFilters({ from, to }));

  const setAllRelations = (on: boolean) => store.setFilters({ relations: on ? allFilters().relations : [] });

  replaceChildren(container, [
    el('div', { className: 'section-head' }, [
      el('h2', { text: 'Filters' }),
      el('button', { className: 'link-button', attrs: { type: 'button' }, text: 'Reset', on: { click: () => store.setFilters(defaultFilters()) } }),
    ]),
    summary,
    el('fieldset', { className: 'filter-group' }, [el('legend', { text: 'Nodes' }), ...kindRows]),
    el('fieldset', { className: 'filter-group' }, [
      el('legend', {}, [
        'Relations ',
        el('button', { className: 'link-button', attrs: { type: 'button' }, text: 'all', on: { click: () => setAllRelations(true) } }),
        ' · ',
        el('button', { className: 'link-button', attrs: { type: 'button' }, text: 'none', on: { click: () => setAllRelations(false) } }),
      ]),
      el('div', { className: 'relation-grid' }, relationRows),
    ]),
    el('label', { className: 'field' }, [el('span', { text: 'Neighbourhood of' }), actorSelect]),
    el('label', { className: 'field' }, [el('span', { text: 'Article' }), articleSelect]),
    el('fieldset', { className: 'filter-group date-range' }, [
      el('legend', { text: 'Evidence dates' }),
      histogramBox,
      el('label', { className: 'date-field' }, [el('span', { text: 'From' }), fromInput]),
      el('label', { className: 'date-field' }, [el('span', { text: 'To' }), toInput]),
      spanHint,
    ]),
  ]);

  return {
    setGraph(graph) {
      const actors = graph
        .filterNodes((_key, attrs) => attrs.kind === 'actor')
        .map((key) => ({ key, label: graph.getNodeAttribute(key, 'label'), degree: graph.degree(key) }))
        .sort((a, b) => a.label.localeCompare(b.label));
      replaceChildren(actorSelect, [option('', 'All actors'), ...actors.map((a) => option(a.key, `${a.label} (${a.degree})`))]);
      const articles = Object.values(graph.getAttribute('articles') ?? {}).sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
      replaceChildren(articleSelect, [option('', 'All articles'), ...articles.map((a) => option(a.id, `${a.date} · ${a.title}`))]);
      let min = '';
      let max = '';
      graph.forEachEdge((_edge, attrs) => {
        if (!min || attrs.firstDate < min) min = attrs.firstDate;
        if (!max || attrs.lastDate > max) max = attrs.lastDate;
      });
      for (const input of [fromInput, toInput]) {
        input.min = min;
        input.max = max;
      }
      fromInput.placeholder = min;
      toInput.placeholder = max;
      spanHint.textContent = min ? `The evidence runs from ${min} to ${max}.` : 'No dated evidence yet.';
      histogram.setGraph(graph);
    },
    update(filters, visible) {
      for (const [kind, { box, count }] of kindBoxes) {
        box.checked = filters.kinds.includes(kind);
        count.textContent = String(visible.counts.kinds[kind]);
      }
      for (const [relation, { box, count, row }] of relationBoxes) {
        box.checked = filters.relations.includes(relation);
        count.textContent = String(visible.counts.relations[relation]);
        row.classList.toggle('empty', visible.counts.relations[relation] === 0);
      }
      actorSelect.value = filters.actor ?? '';
      articleSelect.value = filters.article ?? '';
      fromInput.value = filters.from ?? '';
      toInput.value = filters.to ?? '';
      histogram.update(filters.from, filters.to);
    },
  };
}
