// Encodes the view (selection, filters, camera) in the URL hash and reads it back, so a copied link
// reproduces what the analyst was looking at. Only what differs from the defaults is written.
import { RELATIONS, type NodeKind, type Relation } from '../../src/graph/types.ts';
import { NODE_KINDS, defaultFilters, type CameraView, type Filters } from './ui-state.ts';

export interface UrlView {
  selected: string | null;
  selectedEdge?: string | null;
  filters: Filters;
  camera: CameraView | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function roundTo(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

export function encodeView(view: UrlView): string {
  const params = new URLSearchParams();
  const all = defaultFilters();
  if (view.selected) params.set('node', view.selected);
  if (view.selectedEdge) params.set('edge', view.selectedEdge);
  if (view.filters.kinds.length < all.kinds.length) params.set('kind', view.filters.kinds.join(','));
  if (!sameMembers(view.filters.relations, all.relations)) params.set('relation', view.filters.relations.join(','));
  if (view.filters.actor) params.set('actor', view.filters.actor);
  if (view.filters.article) params.set('article', view.filters.article);
  if (view.filters.from) params.set('from', view.filters.from);
  if (view.filters.to) params.set('to', view.filters.to);
  if (view.camera) {
    const { x, y, ratio } = view.camera;
    params.set('camera', `${roundTo(x, 4)},${roundTo(y, 4)},${roundTo(ratio, 4)}`);
  }
  return params.toString();
}

function sameMembers<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function listParam<T extends string>(raw: string | null, allowed: readonly T[]): T[] | null {
  if (raw === null) return null;
  const values = raw.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v));
  return [...new Set(values)];
}

function cameraParam(raw: string | null): CameraView | null {
  if (!raw) return null;
  const [x = NaN, y = NaN, ratio = NaN] = raw.split(',').map(Number);
  if (![x, y, ratio].every((n) => Number.isFinite(n)) || ratio <= 0) return null;
  return { x, y, ratio };
}

/** Reads a hash written by encodeView; unknown or malformed values fall back to the defaults. */
export function decodeView(hash: string): UrlView {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const filters = defaultFilters();
  filters.kinds = listParam<NodeKind>(params.get('kind'), NODE_KINDS) ?? filters.kinds;
  filters.relations = listParam<Relation>(params.get('relation'), RELATIONS) ?? filters.relations;
  filters.actor = params.get('actor') || null;
  filters.article = params.get('article') || null;
  const from = params.get('from');
  const to = params.get('to');
  filters.from = from && DATE.test(from) ? from : null;
  filters.to = to && DATE.test(to) ? to : null;
  const edge = params.get('edge');
  return { selected: params.get('node') || null, ...(edge ? { selectedEdge: edge } : {}), filters, camera: cameraParam(params.get('camera')) };
}
