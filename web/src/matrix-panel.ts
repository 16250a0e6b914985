// The details panel of one matrix cell: an actor's stances on a position (sentences per relation, the timeline of
// the pair, every sentence newest first with a link into the article reader).
import { POSITION_RELATIONS, type Evidence, type PositionRelation } from '../../src/graph/types.ts';
import type { MatrixCell, MatrixResponse, StanceEvent } from '../../src/server/api-types.ts';
import { el, replaceChildren } from './dom.ts';
import { RELATION_COLORS } from './palette.ts';
import { appendTimeline } from './timeline-strip.ts';
import type { Filters } from './ui-state.ts';

export interface PairActions {
  select(key: string): void;
  openArticle(ev: Evidence): void;
  close(): void;
}

function countChip(relation: PositionRelation, n: number): HTMLElement {
  return el('span', { className: 'pair-count', dataset: { relation } }, [el('span', { className: 'swatch dot', style: { background: RELATION_COLORS[relation] } }), `${relation} ${n}`]);
}

function sentenceItem(ev: StanceEvent, actions: PairActions): HTMLElement {
  const evidence: Evidence = { article: ev.article, sentence: ev.sentence, text: ev.text, date: ev.date };
  return el('li', { className: 'panel-item' }, [
    el('div', { className: 'pair-meta' }, [
      el('span', { className: 'relation', style: { color: RELATION_COLORS[ev.relation] }, text: ev.relation }),
      ` · ${ev.date}`,
      ev.via.key !== ev.actor.key ? ` · said by ${ev.via.label}` : null,
    ]),
    el('blockquote', { className: 'evidence-text', text: ev.text }),
    el('button', { className: 'link-button', attrs: { type: 'button' }, text: 'Read in the article', on: { click: () => actions.openArticle(evidence) } }),
  ]);
}

export function renderPairPanel(panel: HTMLElement, m: MatrixResponse, cell: MatrixCell, filters: Filters, actions: PairActions): void {
  const row = m.rows[cell.row]!;
  const column = m.columns[cell.column]!;
  const sentences = el('ul', { className: 'panel-items pair-evidence' }, [el('li', { className: 'panel-note', text: 'Loading the sentences…' })]);
  replaceChildren(panel, [
    el('header', { className: 'panel-header' }, [
      el('span', { className: 'kind-badge pair-badge', text: 'Stance' }),
      el('h2', { className: 'panel-title', text: `${row.label} · ${column.label}` }),
      el('button', { className: 'icon-button', attrs: { type: 'button', 'aria-label': 'Close details' }, text: '×', on: { click: () => actions.close() } }),
    ]),
    el('div', { className: 'facts pair-counts' }, POSITION_RELATIONS.filter((r) => cell.counts[r]).map((r) => countChip(r, cell.counts[r]!))),
    row.members.length ? el('p', { className: 'panel-note', text: `Counts ${row.label}'s representatives: ${row.members.map((x) => x.label).join(', ')}.` }) : null,
    el('div', { className: 'button-row' }, [
      el('button', { className: 'secondary', attrs: { type: 'button' }, text: `Show ${row.label}`, on: { click: () => actions.select(row.key) } }),
      el('button', { className: 'secondary', attrs: { type: 'button' }, text: `Show ${column.label}`, on: { click: () => actions.select(column.key) } }),
    ]),
    el('section', { className: 'panel-section' }, [el('h3', { text: `Sentences (${cell.evidence})` }), sentences]),
  ]);
  panel.hidden = false;
  panel.scrollTop = 0;
  const target = { actor: row.key, position: column.key, fold: m.fold, from: filters.from ?? undefined, to: filters.to ?? undefined, article: filters.article ?? undefined };
  appendTimeline(panel, target, actions.openArticle).done.then((t) => {
    if (!t) return replaceChildren(sentences, [el('li', { className: 'panel-note', text: 'Could not load the sentences.' })]);
    replaceChildren(sentences, [...t.items].reverse().map((ev) => sentenceItem(ev, actions)));
  });
}
