// Export of the current filtered view: GEXF and GraphML from the API's export endpoints with the same
// filters as the page, and PNG and SVG figures of what sigma draws with a legend, caption and source credit.
import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import type { GraphFilterQuery } from '../../src/server/api-types.ts';
import { exportUrl } from './api.ts';
import { el, replaceChildren } from './dom.ts';
import { footerHeight, paintFooter, sceneToSvg, type Scene } from './figure.ts';

export interface ExportUi {
  update(query: GraphFilterQuery): void;
}

export interface ExportSource {
  renderer(): Sigma | null;
  /** the view as a figure: positions on screen, labels drawn, relations in view, caption */
  scene(): Scene | null;
}

const FILE_NAME = 'negotiation-graph';

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = el('a', { attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The graph as sigma draws it, with the legend and caption painted underneath. */
async function pngFigure(renderer: Sigma, scene: Scene): Promise<Blob> {
  const graph = await drawOnCanvas(renderer, { backgroundColor: '#ffffff' });
  const scale = graph.width / scene.width;
  const canvas = document.createElement('canvas');
  canvas.width = graph.width;
  canvas.height = graph.height + Math.ceil(footerHeight(scene) * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw on a canvas');
  context.drawImage(graph, 0, 0);
  context.scale(scale, scale);
  paintFooter(context, { ...scene, height: graph.height / scale });
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))), 'image/png'));
}

export function mountExport(container: HTMLElement, source: ExportSource): ExportUi {
  const gexf = el('a', { className: 'button', attrs: { download: '', 'data-format': 'gexf' }, text: 'GEXF' });
  const graphml = el('a', { className: 'button', attrs: { download: '', 'data-format': 'graphml' }, text: 'GraphML' });
  const status = el('span', { className: 'hint', attrs: { role: 'status' } });
  const figureButton = (format: 'png' | 'svg') => {
    const button: HTMLButtonElement = el('button', {
      className: 'button',
      attrs: { type: 'button', 'data-format': format },
      text: format.toUpperCase(),
      on: {
        click: async () => {
          const renderer = source.renderer();
          const scene = source.scene();
          if (!renderer || !scene) return;
          button.disabled = true;
          status.textContent = '';
          try {
            if (format === 'png') download(await pngFigure(renderer, scene), `${FILE_NAME}.png`);
            else download(new Blob([sceneToSvg(scene)], { type: 'image/svg+xml' }), `${FILE_NAME}.svg`);
          } catch (error) {
            status.textContent = `${format.toUpperCase()} failed: ${(error as Error).message}`;
          } finally {
            button.disabled = false;
          }
        },
      },
    });
    return button;
  };
  replaceChildren(container, [
    el('h2', { text: 'Export this view' }),
    el('div', { className: 'button-row' }, [gexf, graphml, figureButton('png'), figureButton('svg')]),
    el('p', { className: 'hint', text: 'GEXF opens in Gephi (with the timeline), GraphML in NetworkX; both keep the filters. PNG and SVG carry a legend, the filters and the sources.' }),
    status,
  ]);
  return {
    update(query) {
      gexf.href = exportUrl('gexf', query);
      graphml.href = exportUrl('graphml', query);
    },
  };
}
