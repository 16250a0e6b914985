// Orders the rows (or columns) of a stance matrix so that similar stance profiles sit together: average-linkage
// hierarchical clustering (ml-hclust's AGNES) over cosine distances, rows read off the dendrogram's leaves.
import { agnes, type Cluster } from 'ml-hclust';

/** A sparse profile: column index → stance in [-1, 1] (+1 holds it, -1 rejects it). */
export type Profile = Map<number, number>;

export const SERIATION_METHOD = 'average-linkage hierarchical clustering (UPGMA) of cosine distances between signed stance profiles, in dendrogram leaf order';

/** 1 − cosine similarity; a profile with no weight is at distance 1 from everything. */
export function cosineDistance(a: Profile, b: Profile): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [k, v] of small) {
    const w = large.get(k);
    if (w !== undefined) dot += v * w;
  }
  for (const v of a.values()) na += v * v;
  for (const v of b.values()) nb += v * v;
  if (na === 0 || nb === 0) return 1;
  // Rounded so that equal profiles merge first whatever the float noise, keeping the order deterministic.
  return Math.round((1 - dot / Math.sqrt(na * nb)) * 1e9) / 1e9;
}

function leaves(root: Cluster): number[] {
  const out: number[] = [];
  const stack: Cluster[] = [root];
  while (stack.length) {
    const c = stack.pop()!;
    if (c.isLeaf) out.push(c.index);
    // Children pushed in reverse so the first child's leaves come first.
    else for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i]!);
  }
  return out;
}

/**
 * The order (indices into `profiles`) that puts similar profiles side by side. Deterministic for a given input
 * order. O(n³) in ml-hclust: the stance matrix caps rows and columns (about 0.25 s at 300 on this machine).
 */
export function seriate(profiles: readonly Profile[]): number[] {
  const n = profiles.length;
  if (n <= 2) return profiles.map((_p, i) => i);
  const d: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) d[i]![j] = d[j]![i] = cosineDistance(profiles[i]!, profiles[j]!);
  }
  return leaves(agnes(d, { method: 'average', isDistanceMatrix: true }));
}
