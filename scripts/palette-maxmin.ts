// Discrete max-min diversity search for relation colours: candidates on an sRGB grid, greedy construction and swap
// local search from many seeded starts, then the best palette refined on the full 8-bit gamut around each colour.
//
// A pair's margin is its least ΔE2000 over the three visions minus what the pair must keep (Requirement.need); the
// search maximises the smallest margin, ties broken by how few pairs sit at it (within TIE). When swaps stall, a
// tabu threshold phase asks for a slightly higher minimum and climbs again from what it finds. Hand-written: the
// problem is a max-min dispersion over a discrete set, which no maintained npm optimiser solves.
import { rng } from '../bench/generate-graph.ts';
import { SIMULATE, deltaE, labsOf, readable, type Lab, type Rgb8 } from './palette-colours.ts';

const VISIONS = SIMULATE.length;
/** Pairs this close to the smallest margin count as "at the minimum" for the tie-break. */
const TIE = 0.05;
/** Greedy construction picks at random among this many best candidates, so restarts differ. */
const GREEDY_CHOICES = 5;
/** Threshold phase: how far above the best minimum each new target lies, moves allowed per target, tabu tenure. */
const RAISE = 0.1;
const MAX_MOVES = 600;
const TABU_TENURE = 4;
/** Refinement tries every 8-bit colour within this many steps per channel of the current one. */
const REFINE_REACH = 6;

export interface Requirement {
  n: number;
  /** ΔE2000 positions i and j must keep under vision v (0 for a plain max-min). */
  need(i: number, j: number, v: number): number;
  /** Whether position i may take this colour (seen in the three visions); every colour when absent. */
  allows?(i: number, labs: Lab[]): boolean;
}

export interface MaxMinOptions {
  step: number;
  restarts: number;
  seed: number;
  minLightness: number;
}

export interface MaxMinResult {
  colours: Rgb8[];
  min: number;
  atMin: number;
  candidates: number;
  /** The best grid palette's smallest margin, before refinement. */
  gridMin: number;
  restartMins: number[];
}

interface Score {
  min: number;
  atMin: number;
}

const better = (a: Score, b: Score) => a.min > b.min || (a.min === b.min && a.atMin < b.atMin);

/** Every readable colour on a grid of `step` per channel (255 included). */
function grid(step: number, minLightness: number): { colours: Rgb8[]; labs: Lab[][] } {
  const levels = Array.from({ length: Math.ceil(255 / step) }, (_, k) => k * step).concat(255);
  const colours = levels.flatMap((r) => levels.flatMap((g) => levels.map((b) => [r, g, b] as Rgb8))).filter((c) => readable(c, minLightness));
  return { colours, labs: colours.map(labsOf) };
}

/** needs[(i * n + j) * VISIONS + v], precomputed because the scans read it millions of times. */
function needTable(req: Requirement): Float64Array {
  const table = new Float64Array(req.n * req.n * VISIONS);
  for (let i = 0; i < req.n; i++) for (let j = 0; j < req.n; j++) for (let v = 0; v < VISIONS; v++) table[(i * req.n + j) * VISIONS + v] = req.need(i, j, v);
  return table;
}

function pairMargin(needs: Float64Array, n: number, i: number, a: Lab[], j: number, b: Lab[]): number {
  let m = Infinity;
  for (let v = 0; v < VISIONS; v++) m = Math.min(m, deltaE(a[v]!, b[v]!) - needs[(i * n + j) * VISIONS + v]!);
  return m;
}

/** The margin of every pair of the palette, as an n × n matrix. */
function margins(needs: Float64Array, labs: Lab[][]): number[][] {
  const n = labs.length;
  const m = labs.map(() => new Array<number>(n).fill(Infinity));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const d = pairMargin(needs, n, i, labs[i]!, j, labs[j]!);
      m[i]![j] = d;
      m[j]![i] = d;
    }
  return m;
}

function scoreOf(m: number[][]): Score {
  const values = m.flatMap((row, i) => row.slice(i + 1));
  const min = Math.min(...values);
  return { min, atMin: values.filter((d) => d < min + TIE).length };
}

/**
 * The palette as grid indices, with each candidate's ΔE2000 to the colour at each position cached per vision
 * (dist[v][c * n + j]), so a scan of all single replacements costs no colour science.
 */
class GridState {
  readonly chosen: number[];
  readonly dist: Float64Array[];

  constructor(
    readonly labs: Lab[][],
    readonly needs: Float64Array,
    readonly n: number,
  ) {
    this.chosen = new Array<number>(n).fill(-1);
    this.dist = Array.from({ length: VISIONS }, () => new Float64Array(labs.length * n));
  }

  place(j: number, c: number): void {
    this.chosen[j] = c;
    const at = this.labs[c]!;
    for (let k = 0; k < this.labs.length; k++) for (let v = 0; v < VISIONS; v++) this.dist[v]![k * this.n + j] = deltaE(this.labs[k]![v]!, at[v]!);
  }

  /** Margin of candidate c at position i against the colour at position j. */
  margin(c: number, i: number, j: number): number {
    let m = Infinity;
    for (let v = 0; v < VISIONS; v++) m = Math.min(m, this.dist[v]![c * this.n + j]! - this.needs[(i * this.n + j) * VISIONS + v]!);
    return m;
  }

  matrix(): number[][] {
    return this.chosen.map((c, i) => this.chosen.map((_, j) => (i === j ? Infinity : this.margin(c, i, j))));
  }
}

/** Fills the positions in order, each with one of the few candidates farthest (by margin) from those placed. */
function construct(state: GridState, allowed: number[][], random: () => number): void {
  const first = allowed[0]!;
  state.place(0, first[Math.floor(random() * first.length)]!);
  for (let i = 1; i < state.n; i++) {
    const scored = allowed[i]!.map((c) => {
      let m = Infinity;
      for (let j = 0; j < i; j++) m = Math.min(m, state.margin(c, i, j));
      return { c, m };
    });
    scored.sort((a, b) => b.m - a.m);
    state.place(i, scored[Math.floor(random() * Math.min(GREEDY_CHOICES, scored.length))]!.c);
  }
}

/** The best single replacement (position, candidate) by score, or null when none beats the current palette. */
function bestReplacement(state: GridState, allowed: number[][]): { i: number; c: number; score: Score } | null {
  const { n } = state;
  const m = state.matrix();
  let best: { i: number; c: number; score: Score } | null = null;
  let bar = scoreOf(m);
  for (let i = 0; i < n; i++) {
    // Margins of the pairs the replacement leaves alone.
    const rest = m.flatMap((row, a) => (a === i ? [] : row.filter((_, b) => b > a && b !== i)));
    const restMin = Math.min(...rest);
    for (const c of allowed[i]!) {
      if (c === state.chosen[i]) continue;
      let candMin = Infinity;
      for (let j = 0; j < n && candMin >= bar.min; j++) if (j !== i) candMin = Math.min(candMin, state.margin(c, i, j));
      const min = Math.min(restMin, candMin);
      if (min < bar.min) continue;
      let atMin = rest.filter((d) => d < min + TIE).length;
      for (let j = 0; j < n; j++) if (j !== i && state.margin(c, i, j) < min + TIE) atMin++;
      const score = { min, atMin };
      if (better(score, bar)) {
        best = { i, c, score };
        bar = score;
      }
    }
  }
  return best;
}

/** The best exchange of two positions' colours (matters only when positions need different margins). */
function bestExchange(state: GridState, allowed: Array<Set<number>>): { i: number; j: number } | null {
  const labsAt = () => state.chosen.map((c) => state.labs[c]!);
  let bar = scoreOf(margins(state.needs, labsAt()));
  let best: { i: number; j: number } | null = null;
  for (let i = 0; i < state.n; i++)
    for (let j = i + 1; j < state.n; j++) {
      if (!allowed[i]!.has(state.chosen[j]!) || !allowed[j]!.has(state.chosen[i]!)) continue;
      const labs = labsAt();
      [labs[i], labs[j]] = [labs[j]!, labs[i]!];
      const score = scoreOf(margins(state.needs, labs));
      if (better(score, bar)) {
        best = { i, j };
        bar = score;
      }
    }
  return best;
}

function localSearch(state: GridState, allowed: number[][], exchanges: Array<Set<number>> | null): void {
  for (;;) {
    const move = bestReplacement(state, allowed);
    if (move) {
      state.place(move.i, move.c);
      continue;
    }
    const swap = exchanges ? bestExchange(state, exchanges) : null;
    if (!swap) return;
    const [a, b] = [state.chosen[swap.i]!, state.chosen[swap.j]!];
    state.place(swap.i, b);
    state.place(swap.j, a);
  }
}

/**
 * Threshold phase (the decision version of max-min, as tabu searches for max-min dispersion do): with a target
 * margin, minimise the pairs' total shortfall below it by single replacements at positions in a short pair, taking
 * the best move even when it worsens; a colour just replaced may not come back for a few moves. True when every
 * pair reaches the target within maxMoves.
 */
function reach(state: GridState, allowed: number[][], target: number, random: () => number, maxMoves: number): boolean {
  const { n } = state;
  const tabu = new Map<number, number>();
  const short = (x: number) => (x < target ? target - x : 0);
  for (let move = 0; move < maxMoves; move++) {
    const m = state.matrix();
    const conflicted = m.map((row, i) => (row.some((d) => d < target) ? i : -1)).filter((i) => i >= 0);
    if (conflicted.length === 0) return true;
    let best = { i: -1, c: -1, delta: Infinity };
    for (const i of conflicted) {
      const now = m[i]!.reduce((sum, d) => sum + short(d), 0);
      for (const c of allowed[i]!) {
        if (c === state.chosen[i] || (tabu.get(i * state.labs.length + c) ?? -1) > move) continue;
        let cost = 0;
        for (let j = 0; j < n && cost - now <= best.delta; j++) if (j !== i) cost += short(state.margin(c, i, j));
        const delta = cost - now;
        if (delta < best.delta || (delta === best.delta && random() < 0.5)) best = { i, c, delta };
      }
    }
    if (best.i < 0) continue;
    tabu.set(best.i * state.labs.length + state.chosen[best.i]!, move + TABU_TENURE + Math.floor(random() * TABU_TENURE));
    state.place(best.i, best.c);
  }
  return false;
}

/** Moves each colour to the best readable 8-bit colour within REFINE_REACH per channel, until none improves. */
function refine(colours: Rgb8[], req: Requirement, needs: Float64Array, minLightness: number): { colours: Rgb8[]; score: Score } {
  const palette = colours.map((c) => [...c] as Rgb8);
  const labs = palette.map(labsOf);
  let score = scoreOf(margins(needs, labs));
  for (let improved = true; improved; ) {
    improved = false;
    for (let i = 0; i < req.n; i++) {
      const rest = margins(needs, labs).flatMap((row, a) => (a === i ? [] : row.filter((_, b) => b > a && b !== i)));
      const restMin = Math.min(...rest);
      for (const colour of around(palette[i]!)) {
        if (!readable(colour, minLightness)) continue;
        const trial = labsOf(colour);
        if (req.allows && !req.allows(i, trial)) continue;
        const own: number[] = [];
        for (let j = 0; j < req.n && Math.min(...own) >= score.min; j++) if (j !== i) own.push(pairMargin(needs, req.n, i, trial, j, labs[j]!));
        const min = Math.min(restMin, ...own);
        if (own.length < req.n - 1 || min < score.min) continue;
        const s = { min, atMin: [...rest, ...own].filter((d) => d < min + TIE).length };
        if (better(s, score)) {
          palette[i] = colour;
          labs[i] = trial;
          score = s;
          improved = true;
        }
      }
    }
  }
  return { colours: palette, score };
}

function around([r, g, b]: Rgb8): Rgb8[] {
  const out: Rgb8[] = [];
  const span = (x: number) => Array.from({ length: 2 * REFINE_REACH + 1 }, (_, k) => x - REFINE_REACH + k).filter((y) => y >= 0 && y <= 255);
  for (const x of span(r)) for (const y of span(g)) for (const z of span(b)) out.push([x, y, z]);
  return out;
}

export function maxMinSearch(req: Requirement, { step, restarts, seed, minLightness }: MaxMinOptions): MaxMinResult {
  const { colours, labs } = grid(step, minLightness);
  const needs = needTable(req);
  const indices = colours.map((_, c) => c);
  const allowed = Array.from({ length: req.n }, (_, i) => (req.allows ? indices.filter((c) => req.allows!(i, labs[c]!)) : indices));
  // Exchanges only help when positions differ in what they need.
  const exchanges = needs.some((x) => x !== needs[0]) || req.allows !== undefined ? allowed.map((list) => new Set(list)) : null;
  let best: { chosen: number[]; score: Score } | undefined;
  const restartMins: number[] = [];
  for (let r = 0; r < restarts; r++) {
    const state = new GridState(labs, needs, req.n);
    const random = rng(seed * 1000 + r);
    construct(state, allowed, random);
    localSearch(state, allowed, exchanges);
    let score = scoreOf(state.matrix());
    let kept = [...state.chosen];
    while (reach(state, allowed, score.min + RAISE, random, MAX_MOVES)) {
      localSearch(state, allowed, exchanges);
      score = scoreOf(state.matrix());
      kept = [...state.chosen];
    }
    restartMins.push(Number(score.min.toFixed(2)));
    if (!best || better(score, best.score)) best = { chosen: kept, score };
  }
  const refined = refine(
    best!.chosen.map((c) => colours[c]!),
    req,
    needs,
    minLightness,
  );
  return { colours: refined.colours, min: refined.score.min, atMin: refined.score.atMin, candidates: colours.length, gridMin: best!.score.min, restartMins };
}
