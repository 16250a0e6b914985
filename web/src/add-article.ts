// The "add an article" form: the analyst pastes an article, the server previews what it would add (an article
// that yields nothing is only stored when confirmed), then stores it; the claims found are listed with "Show in
// graph" and Remove, and the articles added from the page can be removed again. Rejections show inline.
import type { EdgeItem, PostArticleResponse } from '../../src/server/api-types.ts';
import { ApiError, deleteArticle, fetchArticles, postArticle } from './api.ts';
import { el, replaceChildren } from './dom.ts';

const PLACEHOLDER = [
  'Title of the article',
  '20220110',
  'https://example.org/story',
  'First paragraph…',
  'Second paragraph…',
].join('\n');

export interface AddArticleHooks {
  /** reloads the graph, keeping where the nodes already drawn are */
  reload(): Promise<void>;
  /** filters the graph to one article's evidence */
  showArticle(id: string): void;
  /** a node's label in the graph on the page, once reloaded */
  labelOf(key: string): string;
}

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

/** Whether the article would add anything to the graph. */
export function yieldsNothing(response: PostArticleResponse): boolean {
  return response.added.nodes.length === 0 && response.added.edges.length === 0 && response.added.reinforced.length === 0;
}

/** "source relation target" for an edge key (keys are source|relation|target). */
function claimText(key: string, labelOf: (key: string) => string): string {
  const [source = '', relation = '', target = ''] = key.split('|');
  return `${labelOf(source)} ${relation} ${labelOf(target)}`;
}

export function mountAddArticle(container: HTMLElement, hooks: AddArticleHooks): void {
  const textarea = el('textarea', {
    attrs: { name: 'article', rows: '7', placeholder: PLACEHOLDER, 'aria-label': 'Article text', spellcheck: 'false' },
  });
  const message = el('div', { className: 'form-message', attrs: { 'aria-live': 'polite' } });
  const submit = el('button', { className: 'primary', attrs: { type: 'submit' }, text: 'Add to graph' });
  // Only for a server started with --token; kept for the browser tab's session.
  const token = el('input', {
    attrs: { type: 'password', name: 'token', placeholder: 'Write token', title: 'Only for a server started with --token', 'aria-label': 'Write token', autocomplete: 'off' },
  });
  token.value = sessionStorage.getItem('kg-token') ?? '';
  const tokenValue = (): string => {
    sessionStorage.setItem('kg-token', token.value);
    return token.value.trim();
  };
  const postedList = el('ul', { className: 'posted-list', attrs: { 'aria-label': 'Articles added from this page' } });

  const show = (kind: 'error' | 'ok' | 'busy' | 'warn', children: Array<Node | string | null>): void => {
    message.className = `form-message ${kind}`;
    message.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    replaceChildren(message, children);
    message.scrollIntoView({ block: 'nearest' });
  };

  const remove = async (id: string, title: string): Promise<void> => {
    show('busy', [`Removing “${title}”…`]);
    try {
      const answer = await deleteArticle(id, tokenValue());
      await hooks.reload();
      show('ok', [`Removed “${title}”: ${answer.removed.nodes.length} nodes and ${answer.removed.edges.length} edges only it supported.`]);
    } catch (error) {
      show('error', [`Could not remove it: ${(error as Error).message}`]);
    }
    await refreshPosted();
  };

  const refreshPosted = async (): Promise<void> => {
    try {
      const articles = (await fetchArticles()).items.filter((a) => a.posted);
      replaceChildren(postedList, articles.map((a) =>
        el('li', { className: 'posted-item', dataset: { article: a.id } }, [
          el('span', { className: 'posted-title', text: `${a.date} · ${a.title}` }),
          el('button', { className: 'link-button', attrs: { type: 'button', 'aria-label': `Show “${a.title}” in the graph` }, text: 'Show', on: { click: () => hooks.showArticle(a.id) } }),
          el('button', { className: 'link-button danger', attrs: { type: 'button', 'aria-label': `Remove “${a.title}”` }, text: 'Remove', on: { click: () => remove(a.id, a.title) } }),
        ]),
      ));
    } catch {
      // The list is a convenience: the form still works without it.
    }
  };

  const claimsList = (edges: EdgeItem[], reinforced: string[]): HTMLElement =>
    el('ul', { className: 'claims-list' }, [
      ...edges.map((e) => el('li', { dataset: { edge: e.key }, text: claimText(e.key, hooks.labelOf) })),
      ...reinforced.map((key) => el('li', { dataset: { edge: key } }, [claimText(key, hooks.labelOf), el('span', { className: 'muted', text: ' (new evidence)' })])),
    ]);

  const store = async (text: string): Promise<void> => {
    show('busy', ['Storing…']);
    const response = await postArticle(text, tokenValue());
    await hooks.reload();
    textarea.value = '';
    const { article } = response;
    show('ok', [
      el('p', { className: 'added-summary', text: describeAdded(response) }),
      claimsList(response.added.edges, response.added.reinforced),
      el('div', { className: 'button-row' }, [
        el('button', { className: 'button', attrs: { type: 'button' }, text: 'Show in graph', on: { click: () => hooks.showArticle(article.id) } }),
        el('button', { className: 'button danger', attrs: { type: 'button' }, text: 'Remove', on: { click: () => remove(article.id, article.title) } }),
      ]),
      ...(response.warnings ?? []).map((w) => el('div', { className: 'warning', text: w })),
    ]);
    await refreshPosted();
  };

  const explain = (error: unknown): void => {
    if (error instanceof ApiError && error.status === 409) {
      const id = /article "([^"]+)"/.exec(error.message)?.[1];
      show('error', [
        'This article is already in the graph.',
        id ? el('div', { className: 'button-row' }, [
          el('button', { className: 'button', attrs: { type: 'button' }, text: 'Show it', on: { click: () => hooks.showArticle(id) } }),
          el('button', { className: 'button danger', attrs: { type: 'button' }, text: 'Remove it', on: { click: () => remove(id, id) } }),
        ]) : null,
      ]);
      return;
    }
    show('error', [error instanceof ApiError ? error.message : `Could not reach the server: ${(error as Error).message}`]);
  };

  const form = el('form', {
    className: 'add-article-form',
    on: {
      submit: async (event) => {
        event.preventDefault();
        const text = textarea.value;
        if (!text.trim()) return show('error', ['Paste an article first: line 1 title, line 2 date (YYYYMMDD), line 3 URL, then paragraphs.']);
        submit.disabled = true;
        show('busy', ['Extracting…']);
        try {
          const preview = await postArticle(text, tokenValue(), { dryRun: true });
          if (!yieldsNothing(preview)) {
            await store(text);
            return;
          }
          show('warn', [
            `No claims found in “${preview.article.title}”: storing it adds nothing to the graph.`,
            el('div', { className: 'button-row' }, [
              el('button', { className: 'button', attrs: { type: 'button' }, text: 'Store anyway', on: { click: () => store(text).catch(explain) } }),
              el('button', { className: 'button', attrs: { type: 'button' }, text: 'Cancel', on: { click: () => show('ok', ['Not stored.']) } }),
            ]),
          ]);
        } catch (error) {
          explain(error);
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
    el('details', { className: 'tool' }, [
      el('summary', {}, [el('h2', { text: 'Add an article' })]),
      form,
      el('h3', { className: 'subhead', text: 'Added from this page' }),
      postedList,
    ]),
  ]);
  void refreshPosted();
}
