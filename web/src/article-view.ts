// Opens an article in a dialog with the evidence sentence highlighted and scrolled into view. Text is
// set as text only; the source link is kept only when it is an http(s) URL.
import type { Evidence } from '../../src/graph/types.ts';
import type { ArticleDetailResponse, ArticleSentence } from '../../src/server/api-types.ts';
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

/** Sentences grouped into their paragraphs (one paragraph when the server only has the evidence). */
function paragraphs(detail: ArticleDetailResponse): ArticleSentence[][] {
  const groups = new Map<number, ArticleSentence[]>();
  for (const s of detail.sentences.items) {
    const p = s.paragraph ?? 0;
    groups.set(p, [...(groups.get(p) ?? []), s]);
  }
  return [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([, list]) => list);
}

function body(detail: ArticleDetailResponse, highlight: number): HTMLElement {
  return el('div', { className: 'article-body' }, [
    detail.sentencesFrom === 'evidence'
      ? el('p', { className: 'panel-note', text: 'The full text is not stored: showing the sentences used as evidence.' })
      : null,
    el('div', { className: 'article-text' }, paragraphs(detail).map((sentences) =>
      el('p', { className: 'article-paragraph' }, sentences.flatMap((s) => [
        el('span', {
          // "cited": a sentence behind some edge, marked but not a control (it was styled as the panel's buttons).
          className: s.index === highlight ? 'sentence highlighted' : s.edges.length > 0 ? 'sentence cited' : 'sentence',
          dataset: { index: String(s.index) },
          attrs: s.index === highlight ? { 'aria-current': 'true' } : {},
          text: s.text,
        }),
        ' ',
      ])),
    )),
  ]);
}

export function createArticleView(dialog: HTMLDialogElement) {
  let request = 0;
  let opener: HTMLElement | null = null;
  // Focus goes back to what opened the article, not to <body>.
  dialog.addEventListener('close', () => {
    opener?.focus();
    opener = null;
  });
  /** Replacing the dialog's content drops the focused close button: focus the new one. */
  const focusClose = (): void => dialog.querySelector<HTMLButtonElement>('.article-header .icon-button')?.focus();
  dialog.addEventListener('click', (event) => {
    // A click on the backdrop (outside the dialog's box) closes it.
    if (event.target === dialog) dialog.close();
  });
  return {
    async open(evidence: Evidence, fallbackTitle: string): Promise<void> {
      const mine = ++request;
      if (!dialog.open) opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      replaceChildren(dialog, [header(dialog, fallbackTitle, evidence.date, null), el('p', { className: 'panel-note', text: 'Loading article…' })]);
      if (!dialog.open) dialog.showModal();
      focusClose();
      try {
        const detail = await fetchArticle(evidence.article);
        if (mine !== request) return;
        replaceChildren(dialog, [header(dialog, detail.article.title, detail.article.date, detail.article.url), body(detail, evidence.sentence)]);
        focusClose();
        dialog.querySelector('.sentence.highlighted')?.scrollIntoView({ block: 'center' });
      } catch (error) {
        if (mine !== request) return;
        replaceChildren(dialog, [
          header(dialog, fallbackTitle, evidence.date, null),
          el('p', { className: 'inline-error', attrs: { role: 'alert' }, text: `Could not load the article: ${(error as Error).message}` }),
          el('div', { className: 'article-text' }, [el('span', { className: 'sentence highlighted', text: evidence.text })]),
        ]);
        focusClose();
      }
    },
  };
}
