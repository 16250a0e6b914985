// The explorer's UI state (selection, hover, filters, camera) in one small observable store. The graph
// holds domain data only; sigma's reducers, the panel, the filters and the URL all read from here.
import { RELATIONS, type NodeKind, type Relation } from '../../src/graph/types.ts';

export const NODE_KINDS: readonly NodeKind[] = ['actor', 'demand', 'response'];

export interface Filters {
  /** node kinds shown */
  kinds: NodeKind[];
  /** edge relations shown */
  relations: Relation[];
  /** only this actor's neighbourhood: it and its representatives, their neighbours, and what those positions target */
  actor: string | null;
  /** only edges with evidence from this article */
  article: string | null;
  /** only edges with evidence dated within [from, to] (ISO dates, inclusive) */
  from: string | null;
  to: string | null;
}

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export interface UiState {
  selected: string | null;
  /** the clicked edge, shown in the details panel (a node and an edge are never selected together) */
  selectedEdge: string | null;
  hovered: string | null;
  /** the edge under the pointer: its relation and condition are labelled */
  hoveredEdge: string | null;
  filters: Filters;
  camera: CameraView | null;
}

/** Relations off until asked for: `represents` is 29% of the edges of the shipped corpus and says the least. */
export const HIDDEN_BY_DEFAULT: readonly Relation[] = ['represents'];

export function defaultFilters(): Filters {
  return { kinds: [...NODE_KINDS], relations: RELATIONS.filter((r) => !HIDDEN_BY_DEFAULT.includes(r)), actor: null, article: null, from: null, to: null };
}

/** Every relation and kind on, nothing else: what "Show all" gives. */
export function allFilters(): Filters {
  return { ...defaultFilters(), relations: [...RELATIONS] };
}

export function defaultState(): UiState {
  return { selected: null, selectedEdge: null, hovered: null, hoveredEdge: null, filters: defaultFilters(), camera: null };
}

export type Listener = (state: UiState, previous: UiState) => void;

export interface Store {
  get(): UiState;
  set(patch: Partial<UiState>): void;
  setFilters(patch: Partial<Filters>): void;
  subscribe(listener: Listener): () => void;
}

export function createStore(initial: UiState = defaultState()): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  const commit = (next: UiState): void => {
    const previous = state;
    state = next;
    for (const listener of listeners) listener(state, previous);
  };
  return {
    get: () => state,
    set: (patch) => commit({ ...state, ...patch }),
    setFilters: (patch) => commit({ ...state, filters: { ...state.filters, ...patch } }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
