// Pushes apart nodes whose discs overlap on screen once ForceAtlas2 has stopped, so small clusters
// (a person and the state they represent) stay readable. Pure: positions and radii in, positions out.

export interface Disc {
  x: number;
  y: number;
  /** radius in graph units */
  r: number;
}

/**
 * Moves overlapping discs apart along the line between their centres, a few passes over a uniform
 * grid (cell = largest diameter), so the cost stays near-linear. Returns how many pairs still overlap.
 */
export function separateDiscs(discs: Disc[], margin: number, passes = 12): number {
  if (discs.length < 2) return 0;
  const maxR = discs.reduce((m, d) => Math.max(m, d.r), 0) + margin;
  const cell = 2 * maxR;
  let overlapping = 0;
  for (let pass = 0; pass < passes; pass++) {
    overlapping = 0;
    const grid = new Map<string, number[]>();
    discs.forEach((d, i) => {
      const key = `${Math.floor(d.x / cell)},${Math.floor(d.y / cell)}`;
      const bucket = grid.get(key);
      if (bucket) bucket.push(i);
      else grid.set(key, [i]);
    });
    discs.forEach((a, i) => {
      const cx = Math.floor(a.x / cell);
      const cy = Math.floor(a.y / cell);
      for (let gx = cx - 1; gx <= cx + 1; gx++) {
        for (let gy = cy - 1; gy <= cy + 1; gy++) {
          for (const j of grid.get(`${gx},${gy}`) ?? []) {
            if (j <= i) continue;
            const b = discs[j];
            let dx = b.x - a.x;
            let dy = b.y - a.y;
            let distance = Math.hypot(dx, dy);
            const wanted = a.r + b.r + margin;
            if (distance >= wanted) continue;
            overlapping += 1;
            if (distance === 0) {
              // Same spot: split along a direction derived from the indices (deterministic).
              const angle = (i * 7 + j * 13) % 360;
              dx = Math.cos(angle);
              dy = Math.sin(angle);
              distance = 1;
            }
            const push = (wanted - distance) / 2 / distance;
            a.x -= dx * push;
            a.y -= dy * push;
            b.x += dx * push;
            b.y += dy * push;
          }
        }
      }
    });
    if (overlapping === 0) break;
  }
  return overlapping;
}
