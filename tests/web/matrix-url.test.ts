// The matrix view's part of the URL (web/src/matrix-url.ts): which view and whether people are folded.
import { describe, expect, test } from 'vitest';
import { decodeMatrixUrl, encodeMatrixUrl, type MatrixUrl } from '../../web/src/matrix-url.ts';

describe('encodeMatrixUrl', () => {
  test('adds nothing for the graph view with people folded', () => {
    expect(encodeMatrixUrl('node=actor%3Arussia', { view: 'graph', fold: true })).toBe('node=actor%3Arussia');
  });

  test.for<[MatrixUrl, string]>([
    [{ view: 'matrix', fold: true }, 'relation=rejects&view=matrix'],
    [{ view: 'matrix', fold: false }, 'relation=rejects&view=matrix&fold=0'],
    [{ view: 'graph', fold: false }, 'relation=rejects&fold=0'],
  ])('writes %o after the other parameters', ([state, hash]) => {
    expect(encodeMatrixUrl('relation=rejects', state)).toBe(hash);
  });
});

describe('decodeMatrixUrl', () => {
  test.for<[string, MatrixUrl]>([
    ['', { view: 'graph', fold: true }],
    ['#view=matrix&fold=0', { view: 'matrix', fold: false }],
    ['#view=table&fold=yes', { view: 'graph', fold: true }],
  ])('reads "%s"', ([hash, state]) => {
    expect(decodeMatrixUrl(hash)).toEqual(state);
  });
});
