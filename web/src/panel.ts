// The details panel for the selected node: kind, aliases, role; an actor's stances grouped by relation
// and what is aimed at it; a position's holders, opponents and targets; every edge with its sentences.
import { POSITION_RELATIONS, type ArticleMeta, type Evidence, type PositionRelation } from '../../src/graph/types.ts';
import type { Facing, Holder, Link, NodeRef, Stance } from '../../src/server/api-types.ts';
import type { DisplayGraph } from './display-graph.ts';
import { el, replaceChildren } from './dom.ts';
import { KIND_COLORS, KIND_LABELS, RELATION_COLORS } from './palette.ts';
import { panelModel, type ActorLink, type ActorModel, type PositionModel } from './panel-model.ts';

export interface PanelActions {
  select(key: string): void;
  openArticle(evidence: Evidence): void;
  close(): void;
  focusActor(key: string): void;
}

const STANCE_HEADINGS: Record<PositionRelation, string> = {
  demands: 'Demands',
  rejects: 'Rejects',
  threatens: 'Threatens',
  offers: 'Offers',
  accepts: 'Accepts',
  supports: 'Supports',
  imposes: 'Imposes',
};

interface Context {
  graph: DisplayGraph;
  actions: PanelActions;
  articles: Record<string, ArticleMeta>;
}

function nodeButton(ctx: Context, ref: NodeRef): HTMLButtonElement {
  return el('button', {
    className: 'node-link',
    attrs: { type: 'button' },
    title: `Select ${ref.label}`,
    dataset: { key: ref.key },
    on: { click: () => ctx.actions.select(ref.key) },
  }, [el('span', { className: 'swatch dot', style: { background: KIND_COLORS[ref.kind] } }), ref.label]);
}

function uniqueEvidence(lists: Evidence[][]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const ev of lists.flat()) {
    const id = `${ev.article}\u0000${ev.sentence}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(ev);
  }
  return out.sort((a, b) => b.date.localeCompare(a.date) || a.article.localeCompare(b.article) || a.sentence - b.sentence);
}

/** Sentences shown per edge before "Show more": a hub's edges can carry thousands. */
const EVIDENCE_SHOWN = 3;

/** The sentences behind an edge, with "Show more" and a click that opens the article (shared with the edge panel). */
export function evidenceListFor(graph: DisplayGraph, actions: PanelActions, evidence: Evidence[]): HTMLElement {
  return evidenceList({ graph, actions, articles: graph.getAttribute('articles') ?? {} }, evidence);
}

/** A button that selects a node, with its kind's colour (shared with the edge panel). */
export function nodeButtonFor(graph: DisplayGraph, actions: PanelActions, ref: NodeRef): HTMLButtonElement {
  return nodeButton({ graph, actions, articles: {} }, ref);
}

function evidenceList(ctx: Context, evidence: Evidence[]): HTMLElement {
  const list = el('ul', { className: 'evidence-list' }, evidence.slice(0, EVIDENCE_SHOWN).map((ev) => evidenceItem(ctx, ev)));
  if (evidence.length > EVIDENCE_SHOWN) {
    const rest = evidence.length - EVIDENCE_SHOWN;
    const more: HTMLElement = el('li', {}, [
      el('button', {
        className: 'evidence-more',
        attrs: { type: 'button' },
        text: `Show ${rest} more sentence${rest === 1 ? '' : 's'}`,
        // Built on demand: rendering every sentence of a hub up front made its panel slow to open.
        on: { click: () => more.replaceWith(...evidence.slice(EVIDENCE_SHOWN).map((ev) => evidenceItem(ctx, ev))) },
      }),
    ]);
    list.append(more);
  }
  return list;
}

function evidenceItem(ctx: Context, ev: Evidence): HTMLElement {
  const meta = ctx.articles[ev.article];
  return el('li', {}, [
    el('button', {
      className: 'evidence',
      attrs: { type: 'button' },
      title: 'Open the article at this sentence',
      dataset: { article: ev.article, sentence: String(ev.sentence) },
      on: { click: () => ctx.actions.openArticle(ev) },
    }, [
      el('span', { className: 'evidence-text', text: ev.text }),
      el('span', { className: 'evidence-source', text: `${meta?.title ?? ev.article} · ${ev.date}` }),
    ]),
  ]);
}

function conditionBadges(condition?: string, strength?: string): HTMLElement[] {
  const badges: HTMLElement[] = [];
  if (condition) badges.push(el('span', { className: 'badge condition', title: 'Conditional', text: condition }));
  if (strength) badges.push(el('span', { className: 'badge strength', text: strength }));
  return badges;
}

function section(title: string, count: number, items: HTMLElement[], relation?: string): HTMLElement | null {
  if (items.length === 0) return null;
  return el('section', { className: 'panel-section', dataset: relation ? { relation } : {} }, [
    el('h3', {}, [
      relation ? el('span', { className: 'swatch line', style: { background: RELATION_COLORS[relation as PositionRelation] } }) : null,
      `${title} `,
      el('span', { className: 'count', text: `(${count})` }),
    ]),
    el('ul', { className: 'panel-items' }, items),
  ]);
}

function stanceItem(ctx: Context, stance: Stance, self: string): HTMLElement {
  const line = [nodeButton(ctx, stance.position)];
  const details: Array<HTMLElement | string> = [];
  if (stance.targets.length > 0) {
    details.push('of ');
    stance.targets.forEach((t, i) => {
      if (i > 0) details.push(', ');
      details.push(nodeButton(ctx, t));
    });
  }
  if (stance.via.key !== self) details.push(' via ', nodeButton(ctx, stance.via));
  return el('li', { className: 'panel-item', dataset: { edge: stance.edge } }, [
    el('div', { className: 'item-head' }, [...line, ...conditionBadges(stance.condition, stance.strength)]),
    details.length > 0 ? el('div', { className: 'item-detail' }, details) : null,
    evidenceList(ctx, stance.evidence),
  ]);
}

function facingItem(ctx: Context, facing: Facing, self: string): HTMLElement {
  const by: Array<HTMLElement | string> = [];
  facing.holders.forEach((h, i) => {
    if (i > 0) by.push('; ');
    by.push(nodeButton(ctx, h.actor), ` ${h.relation}`);
    if (h.condition) by.push(' ', el('span', { className: 'badge condition', text: h.condition }));
  });
  if (facing.via.key !== self) by.push(' (aimed at ', nodeButton(ctx, facing.via), ')');
  const evidence = uniqueEvidence([facing.evidence, ...facing.holders.map((h) => ctx.graph.getEdgeAttribute(h.edge, 'evidence'))]);
  return el('li', { className: 'panel-item', dataset: { edge: facing.edge } }, [
    el('div', { className: 'item-head' }, [nodeButton(ctx, facing.position)]),
    by.length > 0 ? el('div', { className: 'item-detail' }, ['by ', ...by]) : null,
    evidenceList(ctx, evidence),
  ]);
}

function holderItem(ctx: Context, holder: Holder): HTMLElement {
  return el('li', { className: 'panel-item', dataset: { edge: holder.edge } }, [
    el('div', { className: 'item-head' }, [
      nodeButton(ctx, holder.actor),
      // Ink text beside a colour swatch: some relation colours reach 3:1 on white, not the 4.5:1 text needs.
      el('span', { className: 'relation' }, [el('span', { className: 'swatch line', style: { background: RELATION_COLORS[holder.relation] } }), ` ${holder.relation}`]),
      ...conditionBadges(holder.condition, holder.strength),
    ]),
    evidenceList(ctx, holder.evidence),
  ]);
}

function linkItem(ctx: Context, link: Link | ActorLink, verb?: string): HTMLElement {
  const node = 'node' in link ? link.node : link.other;
  return el('li', { className: 'panel-item', dataset: { edge: link.edge } }, [
    el('div', { className: 'item-head' }, [verb ? el('span', { className: 'relation', text: verb }) : null, nodeButton(ctx, node)]),
    evidenceList(ctx, link.evidence),
  ]);
}

const LINK_VERBS: Record<ActorLink['relation'], { out: string; in: string }> = {
  represents: { out: 'represents', in: 'represented by' },
  accuses: { out: 'accuses', in: 'accused by' },
  meets: { out: 'meets', in: 'met by' },
};

function actorSections(ctx: Context, model: ActorModel): Array<HTMLElement | null> {
  const sections: Array<HTMLElement | null> = [];
  if (model.representatives.length > 0) {
    sections.push(el('p', { className: 'panel-note' }, [
      'Counting as this actor: ',
      ...model.representatives.flatMap((r, i) => (i > 0 ? [', ', nodeButton(ctx, r)] : [nodeButton(ctx, r)])),
    ]));
  }
  for (const relation of POSITION_RELATIONS) {
    const stances = model.byRelation[relation] ?? [];
    sections.push(section(STANCE_HEADINGS[relation], stances.length, stances.map((s) => stanceItem(ctx, s, model.key)), relation));
  }
  sections.push(section('Demanded of it', model.demandedOf.length, model.demandedOf.map((f) => facingItem(ctx, f, model.key))));
  sections.push(section('Threatened against it', model.threatenedAgainst.length, model.threatenedAgainst.map((f) => facingItem(ctx, f, model.key))));
  sections.push(section('Also aimed at it', model.otherFacing.length, model.otherFacing.map((f) => facingItem(ctx, f, model.key))));
  sections.push(section('Relations with actors', model.links.length, model.links.map((l) => linkItem(ctx, l, LINK_VERBS[l.relation][l.direction]))));
  return sections;
}

function positionSections(ctx: Context, model: PositionModel): Array<HTMLElement | null> {
  return [
    section('Held by', model.holders.length, model.holders.map((h) => holderItem(ctx, h))),
    section('Opposed by', model.opponents.length, model.opponents.map((h) => holderItem(ctx, h)), 'rejects'),
    section('Aimed at', model.targets.length, model.targets.map((l) => linkItem(ctx, l)), 'targets'),
    section('Answers', model.answers.length, model.answers.map((l) => linkItem(ctx, l)), 'answers'),
    section('Answered by', model.answeredBy.length, model.answeredBy.map((l) => linkItem(ctx, l)), 'answers'),
  ];
}

export function renderPanel(container: HTMLElement, graph: DisplayGraph, key: string | null, actions: PanelActions): void {
  if (!key || !graph.hasNode(key)) {
    container.hidden = true;
    replaceChildren(container, []);
    return;
  }
  const attrs = graph.getNodeAttributes(key);
  const ctx: Context = { graph, actions, articles: graph.getAttribute('articles') ?? {} };
  const model = panelModel(graph, key);
  const facts: Array<[string, string]> = [];
  if (attrs.aliases.length > 0) facts.push(['Also called', attrs.aliases.join(', ')]);
  if (attrs.kind === 'actor') {
    facts.push(['Type', attrs.actorType]);
    if (attrs.role) facts.push(['Role', attrs.role]);
  } else {
    facts.push(['Category', attrs.category]);
  }
  facts.push(['Connections', String(graph.degree(key))]);
  const body = model.kind === 'actor' ? actorSections(ctx, model) : positionSections(ctx, model);
  const empty = body.every((s) => s === null);
  replaceChildren(container, [
    el('header', { className: 'panel-header' }, [
      el('span', { className: 'kind-badge', style: { background: KIND_COLORS[attrs.kind] }, text: KIND_LABELS[attrs.kind] }),
      el('h2', { className: 'panel-title', text: attrs.label }),
      el('button', { className: 'icon-button', attrs: { type: 'button', 'aria-label': 'Close details' }, text: '×', on: { click: () => actions.close() } }),
    ]),
    el('dl', { className: 'facts' }, facts.flatMap(([name, value]) => [el('dt', { text: name }), el('dd', { text: value })])),
    attrs.kind === 'actor'
      ? el('button', { className: 'secondary', attrs: { type: 'button' }, text: 'Show only its neighbourhood', on: { click: () => actions.focusActor(key) } })
      : null,
    empty ? el('p', { className: 'panel-note', text: 'No stances recorded for this node.' }) : null,
    ...body,
  ]);
  container.hidden = false;
  container.scrollTop = 0;
}
