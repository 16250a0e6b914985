// The "add an article" form: the analyst pastes an article (title, date, URL, paragraphs), it is posted
// to the API, and the graph updates in place; a rejected article shows the server's reason inline.
import type { PostArticleResponse } from '../../src/server/api-types.ts';
import { ApiError, postArticle } from './api.ts';
import { el, replaceChildren } from './dom.ts';

const PLACEHOLDER = [
  'Title of the article',
  '20220110',
  'https://example.org/story',
  'First paragraph…',
  'Second paragraph…',
].join('\n');

export function describeAdded(response: PostArticleResponse): string {
  const actors = response.added.nodes.filter((n) => n.attributes.kind === 'actor').map((n) => n.attributes.label);
  const parts = [
    `Added “${response.article.title}”: ${response.added.nodes.length} new nodes, ${response.added.edges.length} new edges`,
  ];
  if (response.added.reinforced.length > 0) parts.push(`, ${response.added.reinforced.length} edges with new evidence`);
  parts.push('.');
  if (actors.length > 0) parts.push(` New actors: ${actors.join(', ')}.`);
  return parts.join('');
}

export function mountAddArticle(container: HTMLElement, onAdded: (response: PostArticleResponse) => Promise<void>): void {
  const textarea = el('textarea', {
    attrs: { name: 'article', rows: '7', placeholder: PLACEHOLDER, 'aria-label': 'Article text', spellcheck: 'false' },
  });
  // Only for a server started with --token; kept for the browser tab's session.
  const token = el('input', {
    attrs: { type: 'password', name: 'token', placeholder: 'Write token', title: 'Only for a server started with --token', 'aria-label': 'Write token', autocomplete: 'off' },
  });
  token.value = sessionStorage.getItem('kg-token') ?? '';
  const message = el('div', { className: 'form-message', attrs: { 'aria-live': 'polite' } });
  const submit = el('button', { className: 'primary', attrs: { type: 'submit' }, text: 'Add to graph' });

  const show = (kind: 'error' | 'ok' | 'busy', text: string, warnings: string[] = []): void => {
    message.className = `form-message ${kind}`;
    message.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    replaceChildren(message, [text, ...warnings.map((w) => el('div', { className: 'warning', text: w }))]);
    message.scrollIntoView({ block: 'nearest' });
  };

  const form = el('form', {
    className: 'add-article-form',
    on: {
      submit: async (event) => {
        event.preventDefault();
        const text = textarea.value;
        if (!text.trim()) return show('error', 'Paste an article first: line 1 title, line 2 date (YYYYMMDD), line 3 URL, then paragraphs.');
        submit.disabled = true;
        show('busy', 'Extracting…');
        try {
          sessionStorage.setItem('kg-token', token.value);
          const response = await postArticle(text, token.value.trim());
          await onAdded(response);
          show('ok', describeAdded(response), response.warnings ?? []);
          textarea.value = '';
        } catch (error) {
          const reason = error instanceof ApiError ? `${error.message}` : `Could not reach the server: ${(error as Error).message}`;
          show('error', reason);
        } finally {
          submit.disabled = false;
        }
      },
    },
  }, [
    textarea,
    el('p', { className: 'hint', text: 'Line 1 title, line 2 date YYYYMMDD, line 3 URL, then one paragraph per line.' }),
    el('div', { className: 'form-actions' }, [token, submit]),
    message,
  ]);

  replaceChildren(container, [
    el('details', { className: 'tool' }, [el('summary', {}, [el('h2', { text: 'Add an article' })]), form]),
  ]);
}
