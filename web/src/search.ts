// The search box: suggestions over labels and aliases as the analyst types, keyboard and mouse
// selection; picking a hit hands its key to the caller, which selects it and moves the camera.
import { el, replaceChildren } from './dom.ts';
import { KIND_COLORS, KIND_LABELS } from './palette.ts';
import { searchNodes, type SearchEntry, type SearchHit } from './search-index.ts';

export interface SearchBox {
  setIndex(index: SearchEntry[]): void;
}

export function mountSearch(container: HTMLElement, onPick: (key: string) => void): SearchBox {
  let index: SearchEntry[] = [];
  let hits: SearchHit[] = [];
  let active = -1;

  const input = el('input', {
    className: 'search-input',
    attrs: {
      type: 'search',
      placeholder: 'Search actors, demands, responses…',
      role: 'combobox',
      'aria-label': 'Search nodes',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': 'search-suggestions',
      autocomplete: 'off',
      spellcheck: 'false',
    },
  });
  const list = el('ul', { className: 'search-suggestions', attrs: { id: 'search-suggestions', role: 'listbox' } });
  list.hidden = true;

  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };

  const pick = (hit: SearchHit | undefined): void => {
    if (!hit) return;
    input.value = hit.label;
    close();
    onPick(hit.key);
  };

  const render = (): void => {
    replaceChildren(
      list,
      hits.length === 0
        ? [el('li', { className: 'search-empty', text: 'No match', attrs: { role: 'option', 'aria-disabled': 'true' } })]
        : hits.map((hit, i) =>
            el(
              'li',
              {
                className: i === active ? 'search-option active' : 'search-option',
                attrs: { role: 'option', id: `search-option-${i}`, 'aria-selected': String(i === active) },
                dataset: { key: hit.key },
                on: {
                  mousedown: (event) => {
                    event.preventDefault();
                    pick(hit);
                  },
                },
              },
              [
                el('span', { className: 'swatch dot', style: { background: KIND_COLORS[hit.kind] } }),
                el('span', { className: 'search-label', text: hit.label }),
                hit.alias ? el('span', { className: 'search-alias', text: `“${hit.alias}”` }) : null,
                el('span', { className: 'search-kind', text: KIND_LABELS[hit.kind] }),
              ],
            ),
          ),
    );
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-option-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const update = (): void => {
    const query = input.value.trim();
    if (!query) return close();
    hits = searchNodes(index, query);
    active = hits.length > 0 ? 0 : -1;
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    render();
  };

  input.addEventListener('input', update);
  input.addEventListener('focus', () => input.value.trim() && update());
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.hidden) update();
      if (hits.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (list.hidden) update();
      pick(hits[Math.max(0, active)]);
    } else if (event.key === 'Escape') {
      close();
    }
  });

  replaceChildren(container, [input, list]);
  return {
    setIndex(next) {
      index = next;
    },
  };
}
