// Entry of the explorer: loads the graph from the API, draws it with sigma, and wires the UI state to
// the renderer, search, panel, filters, legend, URL, article form and export. The only file that does I/O.
import { RELATIONS, type Evidence, type Relation } from '../../src/graph/types.ts';
import type { EvidenceTextsResponse } from '../../src/server/api-types.ts';
import { fetchEdgeRule, fetchEvidenceTexts, fetchGraph } from './api.ts';
import { createArticleView } from './article-view.ts';
import { mountAddArticle } from './add-article.ts';
import { isLarge, positionsOf, toDisplayGraph, type DisplayGraph, type Point } from './display-graph.ts';
import { byId, el, replaceChildren } from './dom.ts';
import { corpusSummary, emptyReason, evidenceSpan } from './corpus-summary.ts';
import { renderEdgePanel } from './edge-panel.ts';
import { frameCamera, type FramePoint, type FrameProjection } from './camera-frame.ts';
import { LABEL_GAP, createLabelPlacer } from './labels.ts';
import { focusNodeList, mountNodeList } from './node-list.ts';
import { mountExport } from './export.ts';
import { captionLines, type Scene, type SceneEdge, type SceneNode } from './figure.ts';
import { applyFilters, toFilterQuery, type VisibleSet } from './filters.ts';
import { mountFilters } from './filters-ui.ts';
import { createLayout, type LayoutRun } from './layout.ts';
import { renderLegend } from './legend.ts';
import { mountMatrixView } from './matrix-view.ts';
import { decodeMatrixUrl, encodeMatrixUrl } from './matrix-url.ts';
import { renderPanel } from './panel.ts';
import { highlightView, reduceEdge, reduceNode, shortLabel, type HighlightView } from './reducers.ts';
import { LABEL_FONT, LABEL_SIZE, LABEL_WEIGHT, STAGE_PADDING, createRenderer, type Renderer } from './renderer.ts';
import { buildSearchIndex } from './search-index.ts';
import { mountSearch } from './search.ts';
import { allFilters, createStore, defaultState, type CameraView, type UiState } from './ui-state.ts';
import { appendNodeTimeline } from './timeline-strip.ts';
import { decodeView, encodeView } from './url-state.ts';

const container = byId('graph');
const status = byId('status');
const pageError = byId('error');
const panel = byId('panel');
const layoutRoot = byId('layout');
const emptyState = byId('empty');
/** Room the camera leaves around the nodes it frames (1: edge to edge). */
const FRAME_MARGIN = 1.25;
/** Up to this many nodes in view, a filter change moves them apart until their labels fit. */
const FEW_NODES = 40;
const labels = createLabelPlacer({ family: LABEL_FONT, size: LABEL_SIZE, weight: LABEL_WEIGHT });

const initial = decodeView(location.hash);
const store = createStore({ ...defaultState(), ...initial });

let graph: DisplayGraph | null = null;
let renderer: Renderer | null = null;
let layout: LayoutRun | null = null;
let visible: VisibleSet | null = null;
let view: HighlightView | null = null;

const articleView = createArticleView(byId<HTMLDialogElement>('article-view'));
const search = mountSearch(byId('search'), (key) => selectAndShow(key));
const filtersUi = mountFilters(byId('filters'), store);
const exportUi = mountExport(byId('export'), { renderer: () => renderer as never, scene: () => currentScene() });
const nodeList = mountNodeList(byId('nodes'), (key) => selectAndShow(key));
const matrixView = mountMatrixView({
  pane: byId('matrix'),
  switcher: byId('view-switch'),
  panel,
  store,
  openArticle: (evidence) => openArticle(evidence),
  select: (key) => selectAndShow(key),
  changed: () => scheduleUrl(),
});
mountAddArticle(byId('add-article'), {
  reload: async () => {
    await loadGraph(true);
    matrixView.reload();
  },
  showArticle: (id) => store.setFilters({ ...allFilters(), article: id }),
  labelOf: (key) => (graph?.hasNode(key) ? graph.getNodeAttribute(key, 'label') : key),
});
byId('skip-link').addEventListener('click', (event) => {
  event.preventDefault();
  focusNodeList();
});

// ---- toolbar -------------------------------------------------------------------------------------
// On narrow screens the sidebar starts folded away and the details panel lies over the graph (style.css).
const narrow = matchMedia('(max-width: 860px)');
const sidebarButton = el('button', {
  className: 'button',
  attrs: { type: 'button', 'aria-controls': 'sidebar', 'aria-expanded': 'true' },
  text: 'Filters',
  title: 'Show or hide the filters, legend and tools',
  on: { click: () => setSidebar(layoutRoot.classList.contains('sidebar-collapsed')) },
});
function setSidebar(open: boolean): void {
  layoutRoot.classList.toggle('sidebar-collapsed', !open);
  sidebarButton.setAttribute('aria-expanded', String(open));
  renderer?.scheduleRender();
}
if (narrow.matches) setSidebar(false);

const layoutButton = el('button', {
  className: 'button',
  attrs: { type: 'button', 'aria-pressed': 'false' },
  text: 'Spread nodes',
  title: 'Run the ForceAtlas2 layout again, then move labels apart',
  on: { click: () => (layout?.running ? layout.stop() : layout?.start()) },
});
const fitButton = el('button', {
  className: 'button',
  attrs: { type: 'button' },
  text: 'Fit',
  title: 'Frame the nodes in view',
  on: { click: () => fitVisible() },
});
const copyButton = el('button', {
  className: 'button',
  attrs: { type: 'button' },
  text: 'Copy link',
  title: 'Copy a link to this view (selection, filters, camera)',
  on: {
    click: async () => {
      writeUrl();
      try {
        await navigator.clipboard.writeText(location.href);
        copyButton.textContent = 'Copied';
      } catch {
        copyButton.textContent = 'Link in address bar';
      }
      setTimeout(() => (copyButton.textContent = 'Copy link'), 1500);
    },
  },
});
replaceChildren(byId('toolbar'), [sidebarButton, layoutButton, fitButton, copyButton]);

// ---- URL -----------------------------------------------------------------------------------------
let urlTimer: ReturnType<typeof setTimeout> | undefined;
/** A new selection is a new history entry (Back walks the selections); filters and camera replace the current one. */
function writeUrl(push = false, target: CameraView | null = null): void {
  clearTimeout(urlTimer);
  const state = store.get();
  const camera = target ?? (renderer ? renderer.getCamera().getState() : state.camera);
  const view = encodeView({ selected: state.selected, selectedEdge: state.selectedEdge, filters: state.filters, camera: camera ? { x: camera.x, y: camera.y, ratio: camera.ratio } : null });
  const hash = encodeMatrixUrl(view, matrixView.url());
  const next = hash ? `#${hash}` : location.pathname + location.search;
  if (`#${hash}` === location.hash || (!hash && !location.hash)) return;
  if (push) history.pushState(null, '', next);
  else history.replaceState(null, '', next);
}
function scheduleUrl(): void {
  clearTimeout(urlTimer);
  urlTimer = setTimeout(writeUrl, 250);
}
/** Back, Forward, or a hash typed by hand: the view follows the URL, and writes no history of its own. */
let followingUrl = false;
function followUrl(): void {
  const next = decodeView(location.hash);
  followingUrl = true;
  try {
    store.set({ selected: next.selected, selectedEdge: next.selectedEdge ?? null, filters: next.filters });
  } finally {
    followingUrl = false;
  }
  matrixView.setUrl(decodeMatrixUrl(location.hash));
  if (next.camera) renderer?.getCamera().setState(next.camera);
}
window.addEventListener('popstate', followUrl);
window.addEventListener('hashchange', followUrl);

// ---- rendering -----------------------------------------------------------------------------------
// Sigma resizes its canvases when it draws, not when its container changes size (the details panel opening or
// closing): without this the canvases keep their old width under the panel until the next move. Only a real
// change redraws: the observer's first report comes with the first frame and would draw the graph twice.
new ResizeObserver(([entry]) => {
  if (!renderer || !entry) return;
  const drawn = renderer.getDimensions();
  const { width, height } = entry.contentRect;
  if (Math.round(width) !== Math.round(drawn.width) || Math.round(height) !== Math.round(drawn.height)) renderer.scheduleRender();
}).observe(container);

function refreshView(full: boolean): void {
  if (!graph || !renderer) return;
  const state = store.get();
  if (full || !visible) visible = applyFilters(graph, state.filters);
  const large = isLarge(graph);
  // On large graphs fading follows the selection only: re-styling 50,000 edges on every hover stalls panning.
  view = highlightView(graph, visible, (large ? null : state.hovered) ?? state.selected, large, state.hoveredEdge, state.selectedEdge);
  renderer.refresh({ skipIndexation: !full });
  showCounts();
  if (full) {
    showEmptyState();
    nodeList.update(graph, visible.nodes, state.selected);
  }
}

/** A filtered view with nothing in it says why, and offers the way back. */
function showEmptyState(): void {
  if (!graph || !visible) return;
  const empty = visible.nodes.size === 0 && graph.order > 0;
  emptyState.hidden = !empty;
  if (!empty) return;
  replaceChildren(emptyState, [
    el('p', { className: 'empty-title', text: 'Nothing to show' }),
    el('p', { text: emptyReason(store.get().filters, evidenceSpan(graph)) }),
    el('button', { className: 'primary', attrs: { type: 'button' }, text: 'Reset filters', on: { click: () => store.setFilters(defaultState().filters) } }),
  ]);
}

/** Frames the nodes in view (all of them when none is). */
function fitVisible(): void {
  if (!renderer || !visible) return;
  // Up to ratio 4: a few nodes moved apart for their labels can take more room than the whole graph's frame.
  const target = visible.nodes.size > 0 ? neighbourhoodCamera(renderer, visible.nodes, 4) : null;
  if (target) renderer.getCamera().animate(target, { duration: 400 });
  else renderer.getCamera().animatedReset({ duration: 400 });
}

function showCounts(): void {
  if (!graph || !visible) return;
  container.dataset.visibleNodes = String(visible.nodes.size);
  container.dataset.visibleEdges = String(visible.edges.size);
  status.textContent = `${visible.nodes.size} of ${graph.order} nodes · ${visible.edges.size} of ${graph.size} edges`;
}

function openArticle(evidence: Evidence): void {
  const title = graph?.getAttribute('articles')?.[evidence.article]?.title ?? evidence.article;
  articleView.open(evidence, title);
}

/** Nodes whose details' sentences are in the graph: it is loaded without sentence text, fetched per node. */
let textsLoaded = new Set<string>();
let textsRequest = 0;

/** Puts the fetched sentences into the graph's evidence entries (matched by article and sentence number). */
function fillTexts(target: DisplayGraph, answer: EvidenceTextsResponse): void {
  for (const [edge, sentences] of Object.entries(answer.edges)) {
    if (!target.hasEdge(edge)) continue;
    const texts = new Map(sentences.map((s) => [`${s.article}\u0000${s.sentence}`, s.text]));
    for (const ev of target.getEdgeAttribute(edge, 'evidence')) ev.text ??= texts.get(`${ev.article}\u0000${ev.sentence}`) ?? '';
  }
}

function renderDetails(): void {
  if (!graph) return;
  const { selected: selectedNode, selectedEdge } = store.get();
  const edge = !selectedNode && selectedEdge && graph.hasEdge(selectedEdge) ? selectedEdge : null;
  // An edge's sentences come with its source node's details.
  const selected = edge ? graph.source(edge) : selectedNode;
  if (selected && graph.hasNode(selected) && !textsLoaded.has(selected)) {
    const current = graph;
    const request = ++textsRequest;
    panel.hidden = false;
    replaceChildren(panel, [el('p', { className: 'panel-note', text: 'Loading details…' })]);
    fetchEvidenceTexts(selected)
      .then((answer) => fillTexts(current, answer))
      .catch((error: Error) => console.warn(`Could not load the sentences of ${selected}: ${error.message}`))
      .finally(() => {
        if (graph !== current) return;
        // Shown without sentences after a failure rather than retried on every render.
        textsLoaded.add(selected);
        if (request === textsRequest) renderDetails();
      });
    return;
  }
  textsRequest++;
  const actions = {
    select: (key: string) => selectAndShow(key),
    openArticle,
    close: () => store.set({ selected: null, selectedEdge: null }),
    focusActor: (key: string) => store.setFilters({ actor: key }),
  };
  if (edge) {
    renderEdgePanel(panel, graph, edge, { ...actions, loadRule: fetchEdgeRule });
    return;
  }
  renderPanel(panel, graph, selected, actions);
  if (selected && graph.hasNode(selected)) appendNodeTimeline(panel, selected, graph.getNodeAttribute(selected, 'kind'), store.get().filters, openArticle);
}

/** Selects a node and flies the camera to it; filters that hide it are cleared first. */
function selectAndShow(key: string): void {
  if (!graph || !graph.hasNode(key)) return;
  if (visible && !visible.nodes.has(key)) store.set({ filters: allFilters() });
  store.set({ selected: key, selectedEdge: null });
  if (!renderer || !view) return;
  const target = neighbourhoodCamera(renderer, view.neighbourhood.size > 0 ? view.neighbourhood : new Set([key]));
  if (!target) return;
  // On narrow screens the details panel lies over the graph's right side: centre the node in what is left.
  if (narrow.matches && !panel.hidden) {
    const camera = renderer.getCamera().getState();
    const left = renderer.viewportToFramedGraph({ x: 0, y: 0 });
    const right = renderer.viewportToFramedGraph({ x: panel.offsetWidth / 2, y: 0 });
    target.x += (right.x - left.x) * (target.ratio / camera.ratio);
  }
  renderer.getCamera().animate(target, { duration: 500 });
  // The entry the selection pushed names where the camera is going, not where it starts.
  writeUrl(false, target);
}

/** Pixels kept free around the framed nodes and their labels. */
const FRAME_PADDING = 24;
/** The closest a frame zooms in, whatever few nodes it holds. */
const MIN_FRAME_RATIO = 0.12;

/** The camera that frames the given nodes with their discs and labels (sigma's framed coordinates: the whole graph is ratio 1). */
function neighbourhoodCamera(sigma: Renderer, nodes: Set<string>, maxRatio = 1): { x: number; y: number; ratio: number } | null {
  const points: FramePoint[] = [];
  for (const node of nodes) {
    const data = sigma.getNodeDisplayData(node);
    if (data) points.push({ x: data.x, y: data.y, size: data.size, label: data.label ? labelWidth(data.label) + 6 : 0 });
  }
  // The graph's size now, not at sigma's last frame: opening the details panel has just narrowed it.
  const viewportDimensions = { width: container.clientWidth, height: container.clientHeight };
  const at = (ratio: number) => ({ cameraState: { x: 0.5, y: 0.5, ratio, angle: 0 }, viewportDimensions });
  const projection: FrameProjection = {
    toScreen: (point, ratio) => sigma.framedGraphToViewport(point, at(ratio)),
    toFramed: (point, ratio) => sigma.viewportToFramedGraph(point, at(ratio)),
    radius: (size, ratio) => sigma.scaleSize(size, ratio),
  };
  return frameCamera(points, projection, {
    ...viewportDimensions,
    padding: FRAME_PADDING,
    labelGap: LABEL_GAP,
    labelHeight: 2 * LABEL_SIZE,
    minRatio: MIN_FRAME_RATIO,
    maxRatio,
  });
}

function attachRenderer(nextGraph: DisplayGraph): void {
  const camera = renderer?.getCamera().getState() ?? store.get().camera;
  layout?.kill();
  renderer?.kill();
  graph = nextGraph;
  textsLoaded = new Set();
  visible = applyFilters(graph, store.get().filters);
  view = highlightView(graph, visible, store.get().selected, isLarge(graph), null, store.get().selectedEdge);
  const currentGraph = graph;
  renderer = createRenderer(container, graph, {
    nodeReducer: (node, data) => reduceNode(view as HighlightView, node, data),
    edgeReducer: (edge, data) => reduceEdge(view as HighlightView, edge, data),
  }, labels, (full) => (narrow.matches && !panel.hidden ? { ...full, width: Math.max(0, full.width - panel.offsetWidth) } : full));
  performance.mark('kg:graph-drawn');
  // The frame that shows the graph: its animation callbacks run before it is committed to the screen, and a task
  // they queue runs once that commit is done (in software GL the commit is when the canvases' pixels are read).
  requestAnimationFrame(() => setTimeout(() => performance.mark('kg:first-frame')));
  if (camera) renderer.getCamera().setState(camera);
  renderer.on('enterNode', ({ node }) => {
    container.classList.add('pointer');
    store.set({ hovered: node });
  });
  renderer.on('leaveNode', () => {
    container.classList.remove('pointer');
    store.set({ hovered: null });
  });
  renderer.on('enterEdge', ({ edge }) => {
    container.classList.add('pointer');
    store.set({ hoveredEdge: edge });
  });
  renderer.on('leaveEdge', () => {
    container.classList.remove('pointer');
    store.set({ hoveredEdge: null });
  });
  renderer.on('clickNode', ({ node }) => store.set({ selected: node, selectedEdge: null }));
  renderer.on('clickEdge', ({ edge }) => store.set({ selected: null, selectedEdge: edge }));
  renderer.on('clickStage', () => store.set({ selected: null, selectedEdge: null }));
  renderer.getCamera().on('updated', scheduleUrl);

  layout = createLayout(graph, {
    viewport: () => ({ width: container.clientWidth, height: container.clientHeight }),
    labelWidth: (node) => labelWidth(shortLabel(currentGraph.getNodeAttribute(node, 'label'))),
    padding: STAGE_PADDING,
    labelHeight: LABEL_SIZE * 1.2,
    shown: (node) => visible?.nodes.has(node) ?? true,
  });
  layout.onChange((running) => {
    layoutButton.textContent = running ? 'Stop' : 'Spread nodes';
    layoutButton.setAttribute('aria-pressed', String(running));
    container.dataset.layout = running ? 'running' : 'stopped';
  });
  showCounts();
  filtersUi.update(store.get().filters, visible);
  exportUi.update(toFilterQuery(store.get().filters));
  renderDetails();
  showEmptyState();
  container.dataset.ready = 'true';
  // What the first frame does not show (search suggestions, actor and article lists, legend) waits until it is
  // painted: on 10,000 nodes building them first would delay the graph by a few hundred milliseconds.
  const current = (work: () => void) => () => {
    if (graph === currentGraph) work();
  };
  afterFirstFrame(isLarge(currentGraph), [
    current(() => search.setIndex(buildSearchIndex(currentGraph))),
    current(() => {
      filtersUi.setGraph(currentGraph);
      if (visible) filtersUi.update(store.get().filters, visible);
    }),
    current(() => renderLegend(byId('legend'), currentGraph)),
    current(() => (byId('corpus').textContent = corpusSummary(currentGraph))),
    current(() => visible && nodeList.update(currentGraph, visible.nodes, store.get().selected)),
  ]);
}

/**
 * Runs the tasks in idle time once the frame that draws the graph has been painted (small graphs: now), one
 * at a time while the idle period lasts, so a frame waits for one task at most. A rAF callback runs before that
 * frame's paint; the idle callback it asks for, after it.
 */
function afterFirstFrame(defer: boolean, tasks: Array<() => void>): void {
  if (!defer) {
    for (const task of tasks) task();
    return;
  }
  const queue = [...tasks];
  const run = (deadline: IdleDeadline): void => {
    do queue.shift()?.();
    while (queue.length > 0 && deadline.timeRemaining() > 0);
    if (queue.length > 0) requestIdleCallback(run, { timeout: 1000 });
  };
  requestAnimationFrame(() => requestIdleCallback(run, { timeout: 1000 }));
}

async function loadGraph(keepPositions: boolean): Promise<void> {
  const previous: Map<string, Point> | undefined = keepPositions && graph ? positionsOf(graph) : undefined;
  // User-timing marks (devtools' Performance panel) for where the first frame's time goes.
  performance.mark('kg:graph-requested');
  const data = await fetchGraph();
  performance.mark('kg:graph-parsed');
  const next = toDisplayGraph(data, { previous });
  performance.mark('kg:graph-built');
  const hadStored = next.someNode((_key, attrs) => Boolean(attrs.layout));
  attachRenderer(next);
  // ForceAtlas2 starts after the first frame: the page shows stored (or cheaply placed) positions first, and a
  // positions message landing before that frame would make sigma process the whole graph a second time.
  // Start from where nodes are (stored or kept); a shorter run when most positions are known already.
  const run = layout;
  afterFirstFrame(isLarge(next), [() => {
    if (layout !== run) return;
    // After adding an article the nodes already drawn stay put (new ones start beside a neighbour): only overlaps move.
    if (previous) layout?.separate();
    else layout?.start(hadStored ? 1500 : undefined);
    // A shared link with a selection but no camera: fly to the node once the layout has placed it.
    if (!keepPositions && initial.selected && !initial.camera) {
      const selected = initial.selected;
      let flown = false;
      const fly = (running: boolean): void => {
        if (running || flown) return;
        flown = true;
        if (store.get().selected === selected) selectAndShow(selected);
      };
      layout?.onChange(fly);
    }
  }]);
}

store.subscribe((state: UiState, previous: UiState) => {
  const filtersChanged = state.filters !== previous.filters;
  const hoverMatters = graph !== null && !isLarge(graph);
  const selectionChanged = state.selected !== previous.selected || state.selectedEdge !== previous.selectedEdge;
  const focusChanged =
    selectionChanged || (hoverMatters && (state.hovered !== previous.hovered || state.hoveredEdge !== previous.hoveredEdge));
  if (filtersChanged || focusChanged) refreshView(filtersChanged);
  if (filtersChanged && visible) {
    filtersUi.update(state.filters, visible);
    exportUi.update(toFilterQuery(state.filters));
    // Few nodes left in view: move them apart so that every label fits once they are framed.
    // The frame also takes in the labels' width, so the nodes get more room than their own extent suggests.
    if (visible.nodes.size <= FEW_NODES) {
      layout?.separate(FRAME_MARGIN * 2.5);
      // Sigma takes the moved positions at its next frame: process them now, or the frame fits where they were.
      renderer?.refresh();
    }
    if (!followingUrl) fitVisible();
  }
  if (selectionChanged) renderDetails();
  if (selectionChanged && !followingUrl) writeUrl(true);
  else if (filtersChanged && !followingUrl) scheduleUrl();
});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !byId<HTMLDialogElement>('article-view').open) store.set({ selected: null, selectedEdge: null });
});

/** The view as sigma draws it, for the PNG and SVG figures. */
function currentScene(): Scene | null {
  if (!renderer || !graph || !visible) return null;
  const sigma = renderer;
  const { width, height } = sigma.getDimensions();
  const drawnLabels = new Map(labels.boxes().map((b) => [b.key, b.label]));
  const at = new Map<string, { x: number; y: number }>();
  const nodes: SceneNode[] = [];
  for (const key of visible.nodes) {
    const data = sigma.getNodeDisplayData(key);
    if (!data || data.hidden) continue;
    const point = sigma.framedGraphToViewport(data);
    at.set(key, point);
    nodes.push({ ...point, r: sigma.scaleSize(data.size), color: data.color, label: drawnLabels.get(key) });
  }
  const edges: SceneEdge[] = [];
  const relations = new Set<Relation>();
  for (const key of visible.edges) {
    const data = sigma.getEdgeDisplayData(key);
    const [source, target] = graph.extremities(key);
    const a = at.get(source);
    const b = at.get(target);
    if (!data || data.hidden || !a || !b) continue;
    const attrs = graph.getEdgeAttributes(key);
    relations.add(attrs.relation);
    edges.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y, color: data.color, width: data.size, relation: attrs.relation, conditional: Boolean(attrs.condition) });
  }
  const caption = captionLines(graph, store.get().filters, { nodes: nodes.length, edges: edges.length, edgeKeys: visible.edges });
  return { width, height, nodes, edges, relations: RELATIONS.filter((r) => relations.has(r)), caption };
}

const measure = document.createElement('canvas').getContext('2d');
/** A label's width in CSS pixels as sigma draws it. */
function labelWidth(text: string): number {
  if (!measure) return text.length * LABEL_SIZE * 0.6;
  measure.font = `${LABEL_WEIGHT} ${LABEL_SIZE}px ${LABEL_FONT}`;
  return measure.measureText(text).width;
}

// For devtools and the browser tests: the labels drawn in the last frame, and where an edge or node is on screen.
Object.assign(window, {
  kgExplorer: {
    labelBoxes: () => labels.boxes(),
    visibleNodes: () => [...(visible?.nodes ?? [])],
    visibleEdges: () => [...(visible?.edges ?? [])],
    viewportOf(node: string): { x: number; y: number } | null {
      const data = renderer?.getNodeDisplayData(node);
      return data && renderer ? renderer.framedGraphToViewport(data) : null;
    },
  },
});

loadGraph(false).catch((error: Error) => {
  status.textContent = 'Could not load the graph';
  pageError.hidden = false;
  replaceChildren(pageError, [
    `Could not load the graph: ${error.message}. `,
    el('button', { className: 'link-button', attrs: { type: 'button' }, text: 'Retry', on: { click: () => location.reload() } }),
  ]);
});
