// The legend, docked in the sidebar: node colours, what size and thickness mean, and each relation by family
// with its colour, line style and a few words on what it means. Lists only relations present in the graph.
import { RELATIONS, type Relation } from '../../src/graph/types.ts';
import type { DisplayGraph } from './display-graph.ts';
import { el, replaceChildren } from './dom.ts';
import { FAMILY_LINE, KIND_COLORS, KIND_LABELS, RELATION_COLORS, RELATION_FAMILY, RELATION_MEANING, type LineStyle, type RelationFamily } from './palette.ts';
import { HIDDEN_BY_DEFAULT, NODE_KINDS } from './ui-state.ts';

const FAMILY_TITLES: Record<RelationFamily, string> = {
  pressure: 'Pressure (solid)',
  cooperation: 'Cooperation (dashed)',
  structure: 'Structure (dotted)',
};

const CONDITIONAL_NAMES: Record<LineStyle, string> = { solid: 'dash-dot', dashed: 'dash-dot-dot', dotted: 'dash-dot-dot-dot' };

/** A short line drawn in the relation's colour and its family's line style. */
export function lineSwatch(relation: Relation): HTMLElement {
  return el('span', { className: `swatch line-style ${FAMILY_LINE[RELATION_FAMILY[relation]]}`, style: { 'border-top-color': RELATION_COLORS[relation] } });
}

export function renderLegend(container: HTMLElement, graph: DisplayGraph): void {
  const present = new Set<Relation>();
  const conditional = new Set<RelationFamily>();
  graph.forEachEdge((_edge, attrs) => {
    present.add(attrs.relation);
    if (attrs.condition) conditional.add(RELATION_FAMILY[attrs.relation]);
  });
  const wasOpen = container.querySelector('details')?.open ?? true;
  const families = (Object.keys(FAMILY_TITLES) as RelationFamily[]).map((family) => {
    const relations = RELATIONS.filter((r) => present.has(r) && RELATION_FAMILY[r] === family);
    if (relations.length === 0) return null;
    return el('div', { className: 'legend-group' }, [
      el('h3', { text: FAMILY_TITLES[family] }),
      ...relations.map((relation) =>
        el('div', { className: 'legend-row', dataset: { relation } }, [
          lineSwatch(relation),
          el('span', { className: 'legend-name', text: relation }),
          el('span', { className: 'legend-meaning', text: RELATION_MEANING[relation] + (HIDDEN_BY_DEFAULT.includes(relation) ? ' (hidden until ticked)' : '') }),
        ]),
      ),
    ]);
  });
  const details = el('details', { className: 'tool legend-box' }, [
    el('summary', {}, [el('h2', { text: 'Legend' })]),
    el('div', { className: 'legend-group' }, [
      el('h3', { text: 'Nodes' }),
      ...NODE_KINDS.map((kind) =>
        el('div', { className: 'legend-row' }, [el('span', { className: 'swatch dot', style: { background: KIND_COLORS[kind] } }), KIND_LABELS[kind]]),
      ),
      el('div', { className: 'legend-row muted', text: 'size: how many connections' }),
    ]),
    el('div', { className: 'legend-group' }, [
      el('h3', { text: 'Edges' }),
      el('div', { className: 'legend-row muted', text: 'arrow: from who acts to what or whom' }),
      el('div', { className: 'legend-row muted', text: 'thickness: how many sentences report it' }),
      ...(Object.keys(FAMILY_TITLES) as RelationFamily[]).filter((f) => conditional.has(f)).map((family) =>
        el('div', { className: 'legend-row' }, [
          el('span', { className: `swatch line-style dashdot-${FAMILY_LINE[family]}` }),
          `conditional (if …), ${family}: ${CONDITIONAL_NAMES[FAMILY_LINE[family]]}`,
        ]),
      ),
      present.size === 0 ? el('div', { className: 'legend-row muted', text: 'no edges yet' }) : null,
    ]),
    ...families,
  ]);
  details.open = wasOpen;
  replaceChildren(container, [details]);
}
