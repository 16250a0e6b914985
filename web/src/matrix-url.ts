// The matrix view's part of the URL hash (which view is shown, whether people are folded into their state), kept
// beside url-state.ts's selection, filters and camera so a copied link reopens the matrix as it was.

export type ViewName = 'graph' | 'matrix';

export interface MatrixUrl {
  view: ViewName;
  /** people counted in the state they represent (the default) */
  fold: boolean;
}

export function decodeMatrixUrl(hash: string): MatrixUrl {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return { view: params.get('view') === 'matrix' ? 'matrix' : 'graph', fold: params.get('fold') !== '0' };
}

/** Adds the matrix view's parameters to a hash written by encodeView (only what differs from the defaults). */
export function encodeMatrixUrl(hash: string, state: MatrixUrl): string {
  const params = new URLSearchParams(hash);
  if (state.view === 'matrix') params.set('view', 'matrix');
  if (!state.fold) params.set('fold', '0');
  return params.toString();
}
