// Per-graph memo of derived views (adjacency arrays, sorted stance lists): built on first use and dropped as soon
// as the graph changes through graphology's API, so a query never reads a view of an older graph.
import type { KgGraph } from '../types.ts';

// Every event graphology emits when nodes, edges or attributes change. The server swaps in a new graph on every
// change (copy, merge, save, swap), so in practice a view lives as long as the graph it was built from.
const CHANGE_EVENTS = [
  'nodeAdded',
  'edgeAdded',
  'nodeDropped',
  'edgeDropped',
  'cleared',
  'edgesCleared',
  'attributesUpdated',
  'nodeAttributesUpdated',
  'edgeAttributesUpdated',
  'eachNodeAttributesUpdated',
  'eachEdgeAttributesUpdated',
] as const;

const views = new WeakMap<KgGraph, Map<string, unknown>>();

function viewsOf(graph: KgGraph): Map<string, unknown> {
  let map = views.get(graph);
  if (!map) {
    const created = new Map<string, unknown>();
    const drop = (): void => created.clear();
    for (const event of CHANGE_EVENTS) graph.on(event, drop);
    views.set(graph, created);
    map = created;
  }
  return map;
}

/** The view `name` of `graph`, built by `build` the first time it is asked for since the graph last changed. */
export function memo<T>(graph: KgGraph, name: string, build: () => T): T {
  const map = viewsOf(graph);
  if (map.has(name)) return map.get(name) as T;
  const value = build();
  map.set(name, value);
  return value;
}
