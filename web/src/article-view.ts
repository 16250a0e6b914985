// Opens an article in a dialog with the evidence sentence highlighted and scrolled into view. Text is
// set as text only; the source link is kept only when it is an http(s) URL.
import type { Evidence } from '../../src/graph/types.ts';
import type { ArticleDetailResponse } from '../../src/server/api-types.ts';
import { fetchArticle } from './api.ts';
import { el, replaceChildren, safeHref } from './dom.ts';

function header(dialog: HTMLDialogElement, title: string, date: string, url: string | null): HTMLElement {
  const href = url ? safeHref(url) : null;
  return el('header', { className: 'article-header' }, [
    el('div', {}, [
      el('h2', { className: 'article-title', text: title }),
      el('p', { className: 'article-meta' }, [
        date,
        href ? ' · ' : null,
        href ? el('a', { attrs: { href, target: '_blank', rel: 'noopener noreferrer' }, text: 'source' }) : null,
      ]),
    ]),
    el('button', { className: 'icon-button', attrs: { type: 'button', 'aria-label': 'Close article' }, text: '×', on: { click: () => dialog.close() } }),
  ]);
}

function body(detail: ArticleDetailResponse, highlight: number): HTMLElement {
  const sentences = detail.sentences.items;
  return el('div', { className: 'article-body' }, [
    detail.sentencesFrom === 'evidence'
      ? el('p', { className: 'panel-note', text: 'The full text is not stored: showing the sentences used as evidence.' })
      : null,
    el('div', { className: 'article-text' }, sentences.flatMap((s) => [
      el('span', {
        className: s.index === highlight ? 'sentence highlighted' : s.edges.length > 0 ? 'sentence evidence' : 'sentence',
        dataset: { index: String(s.index) },
        attrs: s.index === highlight ? { 'aria-current': 'true' } : {},
        text: s.text,
      }),
      ' ',
    ])),
  ]);
}

export function createArticleView(dialog: HTMLDialogElement) {
  let request = 0;
  dialog.addEventListener('click', (event) => {
    // A click on the backdrop (outside the dialog's box) closes it.
    if (event.target === dialog) dialog.close();
  });
  return {
    async open(evidence: Evidence, fallbackTitle: string): Promise<void> {
      const mine = ++request;
      replaceChildren(dialog, [header(dialog, fallbackTitle, evidence.date, null), el('p', { className: 'panel-note', text: 'Loading article…' })]);
      if (!dialog.open) dialog.showModal();
      try {
        const detail = await fetchArticle(evidence.article);
        if (mine !== request) return;
        replaceChildren(dialog, [header(dialog, detail.article.title, detail.article.date, detail.article.url), body(detail, evidence.sentence)]);
        dialog.querySelector('.sentence.highlighted')?.scrollIntoView({ block: 'center' });
      } catch (error) {
        if (mine !== request) return;
        replaceChildren(dialog, [
          header(dialog, fallbackTitle, evidence.date, null),
          el('p', { className: 'inline-error', attrs: { role: 'alert' }, text: `Could not load the article: ${(error as Error).message}` }),
          el('div', { className: 'article-text' }, [el('span', { className: 'sentence highlighted', text: evidence.text })]),
        ]);
      }
    },
  };
}
