// Export of the current filtered view: GEXF and GraphML from the API's export endpoints with the same
// filters as the page, and a PNG of what sigma draws (@sigma/export-image).
import { downloadAsPNG } from '@sigma/export-image';
import type Sigma from 'sigma';
import type { GraphFilterQuery } from '../../src/server/api-types.ts';
import { exportUrl } from './api.ts';
import { el, replaceChildren } from './dom.ts';

export interface ExportUi {
  update(query: GraphFilterQuery): void;
}

export function mountExport(container: HTMLElement, getRenderer: () => Sigma | null): ExportUi {
  const gexf = el('a', { className: 'button', attrs: { download: '', 'data-format': 'gexf' }, text: 'GEXF' });
  const graphml = el('a', { className: 'button', attrs: { download: '', 'data-format': 'graphml' }, text: 'GraphML' });
  const status = el('span', { className: 'hint', attrs: { role: 'status' } });
  const png = el('button', {
    className: 'button',
    attrs: { type: 'button', 'data-format': 'png' },
    text: 'PNG',
    on: {
      click: async () => {
        const renderer = getRenderer();
        if (!renderer) return;
        png.disabled = true;
        status.textContent = '';
        try {
          await downloadAsPNG(renderer, { fileName: 'negotiation-graph', backgroundColor: '#ffffff' });
        } catch (error) {
          status.textContent = `PNG failed: ${(error as Error).message}`;
        } finally {
          png.disabled = false;
        }
      },
    },
  });
  replaceChildren(container, [
    el('h2', { text: 'Export this view' }),
    el('div', { className: 'button-row' }, [gexf, graphml, png]),
    el('p', { className: 'hint', text: 'GEXF opens in Gephi (with the timeline), GraphML in NetworkX; both keep the filters.' }),
    status,
  ]);
  return {
    update(query) {
      gexf.href = exportUrl('gexf', query);
      graphml.href = exportUrl('graphml', query);
    },
  };
}
