// The keyboard and screen-reader route to the graph: a list of the nodes in view, best connected first,
// each a button that selects its node (Enter or Space), reached from the page's skip link.
import type { DisplayGraph } from './display-graph.ts';
import { el, replaceChildren } from './dom.ts';
import { KIND_COLORS, KIND_LABELS } from './palette.ts';

/** Buttons listed at most: beyond this the filters or search narrow the view faster than tabbing does. */
export const NODE_LIST_MAX = 300;

export interface NodeList {
  update(graph: DisplayGraph, visible: ReadonlySet<string>, selected: string | null): void;
}

export function mountNodeList(container: HTMLElement, onPick: (key: string) => void): NodeList {
  const list = el('ul', { className: 'node-list', attrs: { id: 'node-list', 'aria-label': 'Nodes in view' } });
  const note = el('p', { className: 'hint' });
  const summary = el('summary', {}, [el('h2', { text: 'Nodes in view' })]);
  const details = el('details', { className: 'tool', attrs: { id: 'nodes-in-view' } }, [summary, note, list]);
  replaceChildren(container, [details]);
  return {
    update(graph, visible, selected) {
      const ranked = [...visible]
        .map((key) => ({ key, label: graph.getNodeAttribute(key, 'label'), kind: graph.getNodeAttribute(key, 'kind'), degree: graph.degree(key) }))
        .sort((a, b) => b.degree - a.degree || a.label.localeCompare(b.label));
      const shown = ranked.slice(0, NODE_LIST_MAX);
      note.textContent = ranked.length > shown.length
        ? `The ${shown.length} best connected of ${ranked.length}; filter or search to reach the others.`
        : `${ranked.length} node${ranked.length === 1 ? '' : 's'}, best connected first.`;
      replaceChildren(list, shown.map((n) =>
        el('li', {}, [
          el('button', {
            className: 'node-link',
            attrs: { type: 'button', 'aria-pressed': String(n.key === selected), 'aria-label': `${n.label}, ${KIND_LABELS[n.kind]}, ${n.degree} connections` },
            dataset: { key: n.key },
            on: { click: () => onPick(n.key) },
          }, [el('span', { className: 'swatch dot', style: { background: KIND_COLORS[n.kind] } }), n.label]),
        ]),
      ));
    },
  };
}

/** Opens the list and puts focus on its first node. */
export function focusNodeList(): void {
  const details = document.getElementById('nodes-in-view') as HTMLDetailsElement | null;
  if (!details) return;
  details.open = true;
  details.querySelector<HTMLButtonElement>('#node-list button')?.focus();
}
