// The legend over the graph: what each node colour and edge colour means, and how conditional edges,
// arrows and node size read. Lists only relations present in the graph.
import { RELATIONS, type Relation } from '../../src/graph/types.ts';
import type { DisplayGraph } from './display-graph.ts';
import { el, replaceChildren } from './dom.ts';
import { KIND_COLORS, KIND_LABELS, RELATION_COLORS } from './palette.ts';
import { NODE_KINDS } from './ui-state.ts';

export function renderLegend(container: HTMLElement, graph: DisplayGraph): void {
  const present = new Set<Relation>();
  let conditional = false;
  graph.forEachEdge((_edge, attrs) => {
    present.add(attrs.relation);
    if (attrs.condition) conditional = true;
  });
  const relations = RELATIONS.filter((r) => present.has(r));
  const wasOpen = container.querySelector('details')?.open ?? true;
  const details = el('details', { className: 'legend-box' }, [
    el('summary', { text: 'Legend' }),
    el('div', { className: 'legend-groups' }, [
    el('div', { className: 'legend-group' }, [
      el('h3', { text: 'Nodes' }),
      ...NODE_KINDS.map((kind) =>
        el('div', { className: 'legend-row' }, [el('span', { className: 'swatch dot', style: { background: KIND_COLORS[kind] } }), KIND_LABELS[kind]]),
      ),
      el('div', { className: 'legend-row muted', text: 'size = connections' }),
    ]),
    el('div', { className: 'legend-group' }, [
      el('h3', { text: 'Edges → direction' }),
      ...relations.map((relation) =>
        el('div', { className: 'legend-row', dataset: { relation } }, [el('span', { className: 'swatch line', style: { background: RELATION_COLORS[relation] } }), relation]),
      ),
      conditional ? el('div', { className: 'legend-row' }, [el('span', { className: 'swatch dashed' }), 'conditional (if …)']) : null,
      relations.length === 0 ? el('div', { className: 'legend-row muted', text: 'no edges yet' }) : null,
    ]),
    ]),
  ]);
  details.open = wasOpen;
  replaceChildren(container, [details]);
}
