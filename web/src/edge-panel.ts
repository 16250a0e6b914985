// The details panel for a clicked edge: source → relation → target, condition, strength, codes, dates,
// every sentence, and "Why this edge?" (the rule behind each sentence, from GET /api/edges/:key/rule).
import type { EdgeRuleResponse } from '../../src/server/api-types.ts';
import type { DisplayGraph } from './display-graph.ts';
import { el, replaceChildren } from './dom.ts';
import { RELATION_COLORS, RELATION_MEANING } from './palette.ts';
import { nodeRef } from './panel-model.ts';
import { evidenceListFor, nodeButtonFor, type PanelActions } from './panel.ts';

export interface EdgePanelActions extends PanelActions {
  loadRule(key: string): Promise<EdgeRuleResponse>;
}

function ruleList(graph: DisplayGraph, answer: EdgeRuleResponse): HTMLElement[] {
  const titles = graph.getAttribute('articles') ?? {};
  const items = answer.rules.map((r) =>
    el('li', { className: 'rule' }, [
      el('code', { className: 'rule-text', text: r.rule }),
      el('span', { className: 'evidence-source', text: `sentence ${r.sentence + 1} of ${titles[r.article]?.title ?? r.article}` }),
    ]),
  );
  const missing = answer.unexplained.map((u) =>
    el('li', { className: 'rule muted', text: `Sentence ${u.sentence + 1} of ${titles[u.article]?.title ?? u.article}: ${u.reason}.` }),
  );
  const more = answer.articlesTotal > answer.articlesExplained
    ? el('p', { className: 'panel-note', text: `Explained from ${answer.articlesExplained} of the ${answer.articlesTotal} articles it cites.` })
    : null;
  return [el('ul', { className: 'rule-list' }, [...items, ...missing]), ...(more ? [more] : [])];
}

export function renderEdgePanel(container: HTMLElement, graph: DisplayGraph, key: string, actions: EdgePanelActions): void {
  const attrs = graph.getEdgeAttributes(key);
  const [source, target] = graph.extremities(key);
  const sourceRef = nodeRef(graph, source);
  const targetRef = nodeRef(graph, target);
  const facts: Array<[string, string]> = [['Meaning', RELATION_MEANING[attrs.relation]]];
  if (attrs.condition) facts.push(['Condition', attrs.condition]);
  if (attrs.strength) facts.push(['Strength', attrs.strength]);
  if (attrs.cameo) facts.push(['CAMEO', attrs.cameo]);
  if (attrs.plover) facts.push(['PLOVER', attrs.plover]);
  facts.push(['Reported', attrs.firstDate === attrs.lastDate ? attrs.firstDate : `${attrs.firstDate} to ${attrs.lastDate}`]);
  facts.push(['Sentences', String(attrs.evidence.length)]);

  const why = el('section', { className: 'panel-section why', attrs: { 'aria-labelledby': 'why-heading', 'aria-busy': 'true' } }, [
    el('h3', { attrs: { id: 'why-heading' }, text: 'Why this edge?' }),
    el('p', { className: 'panel-note', text: 'Reading the articles again…' }),
  ]);
  actions
    .loadRule(key)
    .then((answer) => replaceChildren(why, [why.firstChild, ...ruleList(graph, answer)]))
    .catch((error: Error) => replaceChildren(why, [why.firstChild, el('p', { className: 'inline-error', text: `Could not load the rule: ${error.message}` })]))
    .finally(() => why.setAttribute('aria-busy', 'false'));

  replaceChildren(container, [
    el('header', { className: 'panel-header' }, [
      el('span', { className: 'kind-badge edge-badge', text: 'Edge' }),
      el('h2', { className: 'panel-title', text: `${sourceRef.label} ${attrs.relation} ${targetRef.label}` }),
      el('button', { className: 'icon-button', attrs: { type: 'button', 'aria-label': 'Close details' }, text: '×', on: { click: () => actions.close() } }),
    ]),
    el('p', { className: 'edge-path' }, [
      nodeButtonFor(graph, actions, sourceRef),
      el('span', { className: 'relation' }, [
        ' → ',
        el('span', { className: 'swatch line', style: { background: RELATION_COLORS[attrs.relation] } }),
        ` ${attrs.relation} → `,
      ]),
      nodeButtonFor(graph, actions, targetRef),
    ]),
    el('dl', { className: 'facts' }, facts.flatMap(([name, value]) => [el('dt', { text: name }), el('dd', { text: value })])),
    why,
    el('section', { className: 'panel-section' }, [el('h3', { text: 'Sentences' }), evidenceListFor(graph, actions, attrs.evidence)]),
  ]);
  container.hidden = false;
  container.scrollTop = 0;
}
