// Searches the sRGB gamut for relation colours that stay far apart (ΔE2000) in normal vision and under simulated
// deuteranopia and protanopia (Machado et al. 2009, severity 1, as culori and tests/export/palette.test.ts do),
// every colour at ≥ 3:1 contrast on the white graph background. Two methods: seeded simulated annealing with random
// restarts over the continuous gamut (count, free, normal, styled), and a discrete max-min diversity search
// (maxmin, maxmin-styled; scripts/palette-maxmin.ts): an sRGB grid, greedy construction, swap local search, a tabu
// threshold phase, seeded restarts, then the best refined on the full 8-bit gamut.
//
//   npx tsx scripts/palette-search.ts count  [--restarts R] [--steps S] [--seed N] [--sizes 11,12]   best minimum for
//        2…12 colours (or the sizes given). Found 19.37 for 12 colours, 20.39 for 11.
//   npx tsx scripts/palette-search.ts free   [--restarts R] [--steps S] [--seed N]   12 colours, maximise the minimum
//   npx tsx scripts/palette-search.ts normal [--restarts R] [--steps S] [--seed N]   the same, every pair keeping ≥ 20
//        in normal vision; then the colours are handed to the families so that pairs below 20 differ in line style
//   npx tsx scripts/palette-search.ts styled [--restarts R] [--steps S] [--seed N]   the families fixed first: pairs
//        that share a line style must keep ≥ 20 in every vision, every pair ≥ 20 in normal vision. Seed 3,
//        6 × 30,000 steps: 19.2 across styles with no lightness floor, 16.7 with L* ≥ 20, 15.4 with L* ≥ 30.
//   npx tsx scripts/palette-search.ts maxmin [--step 12] [--restarts R] [--seed N]   12 colours, every pair in every
//        vision (strict). Grid step 12, 10 restarts: 19.21 with no lightness floor (80 s CPU), 17.42 with L* ≥ 25
//        (62 s), 16.83 with L* ≥ 30 (52 s): no twelve colours keep 20 in all three visions.
//   npx tsx scripts/palette-search.ts maxmin-styled --cross T [--step 12] [--restarts R] [--seed N]   the relations
//        as positions: every pair ≥ 20 in normal vision and with its own line style ≥ 20 in every vision, pairs of
//        different styles ≥ T under the simulations, `demands` ≥ 20 from the demand node. With L* ≥ 30: T 15 reaches
//        16.19 (8 restarts, 50 s CPU; the adopted palette); T 16.2, 16.4 and 17 are out of its reach.
//   npx tsx scripts/palette-search.ts assign '#hex,#hex,…'   hands the colours given to the families (as above)
// --min-lightness L keeps every colour at CIELAB L* ≥ L (near-black colours are far apart by ΔE2000, not to the eye
// in a small patch).
//
// Hand-written search (no library optimiser fits a non-smooth max-min over a discrete 8-bit gamut); culori does
// all colour science (scripts/palette-colours.ts), so the figures match the palette test's.
import { parseArgs } from 'node:util';
import { FAMILY_LINE, KIND_HEX, RELATION_FAMILY } from '../src/export/palette.ts';
import { RELATIONS, type Relation } from '../src/graph/types.ts';
import { rng } from '../bench/generate-graph.ts';
import { TARGET, VISION_NAMES, deltaE, hexOf, hexToRgb8, labsOf, lightness, readable as readableAt, type Lab, type Rgb8 } from './palette-colours.ts';
import { maxMinSearch, type Requirement } from './palette-maxmin.ts';

const VISIONS = VISION_NAMES.length;

/** Lightness (CIELAB L*) every colour keeps at least (--min-lightness). */
let minLightness = 0;
const readable = (colour: Rgb8) => readableAt(colour, minLightness);

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/**
 * What a palette must satisfy besides being readable: for each pair, the visions in which it must keep TARGET
 * (a hard constraint, paid for with a penalty), plus fixed colours it must keep away from in normal vision.
 */
interface Problem {
  n: number;
  required: (i: number, j: number, vision: number) => boolean;
  avoid: Array<{ index: number; colour: Rgb8 }>;
}

interface Score {
  violation: number;
  min: number;
  soft: number;
}

class Palette {
  colours: Rgb8[];
  labs: Lab[][];
  /** dist[v][i][j]: ΔE2000 of colours i and j under vision v. */
  dist: number[][][];

  constructor(
    readonly problem: Problem,
    colours: Rgb8[],
  ) {
    this.colours = colours.map((c) => [...c] as Rgb8);
    this.labs = this.colours.map(labsOf);
    this.dist = Array.from({ length: VISIONS }, () => this.colours.map(() => new Array<number>(problem.n).fill(0)));
    for (let i = 0; i < problem.n; i++) this.refresh(i);
  }

  refresh(i: number): void {
    for (let v = 0; v < VISIONS; v++)
      for (let j = 0; j < this.problem.n; j++) {
        if (j === i) continue;
        const d = deltaE(this.labs[i]![v]!, this.labs[j]![v]!);
        this.dist[v]![i]![j] = d;
        this.dist[v]![j]![i] = d;
      }
  }

  set(i: number, colour: Rgb8): void {
    this.colours[i] = colour;
    this.labs[i] = labsOf(colour);
    this.refresh(i);
  }

  /** Constraint shortfall, the true minimum over all pairs and visions, and a smooth minimum to climb on. */
  score(temperature = 0.05): Score {
    const { n, required, avoid } = this.problem;
    let violation = 0;
    let min = Infinity;
    let sum = 0;
    for (let v = 0; v < VISIONS; v++)
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++) {
          const d = this.dist[v]![i]![j]!;
          if (d < min) min = d;
          sum += Math.exp(-d / temperature);
          if (required(i, j, v) && d < TARGET) violation += TARGET - d;
        }
    for (const { index, colour } of avoid) {
      const d = deltaE(this.labs[index]![0]!, labsOf(colour)[0]!);
      if (d < TARGET) violation += TARGET - d;
    }
    return { violation, min, soft: -temperature * Math.log(sum) };
  }
}

function randomReadable(random: () => number): Rgb8 {
  for (;;) {
    const c: Rgb8 = [0, 0, 0].map(() => Math.floor(random() * 256)) as Rgb8;
    if (readable(c)) return c;
  }
}

const energy = (s: Score) => s.soft - 10 * s.violation;
const better = (a: Score, b: Score) => (a.violation !== b.violation ? a.violation < b.violation : a.min > b.min);

/**
 * One annealing run from random colours: moves of one colour each, the step size, the heat and the smooth
 * minimum's temperature cooling down (a sharp minimum at the end), then a greedy polish of the true minimum.
 */
function anneal(problem: Problem, random: () => number, steps: number): Palette {
  const palette = new Palette(problem, Array.from({ length: problem.n }, () => randomReadable(random)));
  let sharpness = 1.5;
  let current = palette.score(sharpness);
  let best = { colours: palette.colours.map((c) => [...c] as Rgb8), score: current };
  for (let step = 0; step < steps; step++) {
    const progress = step / steps;
    if (step % 500 === 0) {
      sharpness = 1.5 * Math.pow(0.1, progress);
      current = palette.score(sharpness);
    }
    const heat = 2 * Math.pow(0.005, progress);
    const reach = 48 * Math.pow(1 / 48, progress);
    const i = Math.floor(random() * problem.n);
    const old = palette.colours[i]!;
    const moved = old.map((c) => Math.max(0, Math.min(255, Math.round(c + reach * gaussian(random))))) as Rgb8;
    if (!readable(moved)) continue;
    palette.set(i, moved);
    const next = palette.score(sharpness);
    const gain = energy(next) - energy(current);
    if (gain >= 0 || random() < Math.exp(gain / heat)) {
      current = next;
      if (better(current, best.score)) best = { colours: palette.colours.map((c) => [...c] as Rgb8), score: current };
    } else palette.set(i, old);
  }
  return polish(new Palette(problem, best.colours));
}

const DIRECTIONS: Rgb8[] = [-1, 0, 1].flatMap((r) => [-1, 0, 1].flatMap((g) => [-1, 0, 1].map((b) => [r, g, b] as Rgb8))).filter((d) => d.some((x) => x !== 0));

/** Greedy: moves single colours by 8, 4, 2 or 1 along the 26 grid directions while the sharp minimum improves. */
function polish(palette: Palette): Palette {
  const sharp = 0.05;
  let current = energy(palette.score(sharp));
  for (let improved = true; improved; ) {
    improved = false;
    for (const size of [8, 4, 2, 1])
      for (let i = 0; i < palette.problem.n; i++)
        for (const direction of DIRECTIONS) {
          const old = palette.colours[i]!;
          const moved = old.map((c, k) => c + size * direction[k]!) as Rgb8;
          if (moved.some((c) => c < 0 || c > 255) || !readable(moved)) continue;
          palette.set(i, moved);
          const next = energy(palette.score(sharp));
          if (next > current + 1e-9) {
            current = next;
            improved = true;
          } else palette.set(i, old);
        }
  }
  return palette;
}

function search(problem: Problem, restarts: number, steps: number, seed: number): Palette {
  let best: Palette | undefined;
  for (let r = 0; r < restarts; r++) {
    const found = anneal(problem, rng(seed * 1000 + r), steps);
    if (!best || better(found.score(), best.score())) best = found;
  }
  return best!;
}

/** The smallest ΔE of each vision, and the pairs below TARGET. */
function describe(palette: Palette, names: readonly string[]) {
  const { n } = palette.problem;
  const perVision = VISION_NAMES.map((vision, v) => {
    let min = Infinity;
    const below: string[] = [];
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const d = palette.dist[v]![i]![j]!;
        min = Math.min(min, d);
        if (d < TARGET) below.push(`${names[i]}/${names[j]} ${d.toFixed(1)}`);
      }
    return { vision, min: Number(min.toFixed(2)), below };
  });
  return { colours: Object.fromEntries(names.map((name, i) => [name, hexOf(palette.colours[i]!)])), perVision };
}

/**
 * Hands the colours to the relations so that every pair below TARGET in some vision falls in different line styles
 * (the families' sizes as in RELATION_FAMILY) and `demands` keeps TARGET from the demand node colour; null when
 * no hand-out does. Tries every split of the colours into the three families (27,720 for 5/4/3).
 */
function assignToFamilies(palette: Palette): Record<Relation, string> | null {
  const n = palette.problem.n;
  const close = (i: number, j: number) => palette.dist.some((d) => d[i]![j]! < TARGET);
  const families = (Object.keys(FAMILY_LINE) as Array<keyof typeof FAMILY_LINE>).map((line) => RELATIONS.filter((r) => FAMILY_LINE[RELATION_FAMILY[r]] === FAMILY_LINE[line]));
  const demandNode = labsOf(hexToRgb8(KIND_HEX.demand))[0]!;
  const farFromDemandNode = (i: number) => deltaE(palette.labs[i]![0]!, demandNode) >= TARGET;
  const apart = (group: number[]) => group.every((i, a) => group.slice(a + 1).every((j) => !close(i, j)));
  const choose = (items: number[], k: number): number[][] =>
    k === 0 ? [[]] : items.flatMap((x, i) => choose(items.slice(i + 1), k - 1).map((rest) => [x, ...rest]));
  const split = (left: number[], f: number): number[][] | null => {
    if (f === families.length) return [];
    for (const group of choose(left, families[f]!.length)) {
      if (!apart(group)) continue;
      if (families[f]!.includes('demands') && !group.some(farFromDemandNode)) continue;
      const rest = split(left.filter((x) => !group.includes(x)), f + 1);
      if (rest) return [group, ...rest];
    }
    return null;
  };
  const groups = split(Array.from({ length: n }, (_, i) => i), 0);
  if (!groups) return null;
  const out = {} as Record<Relation, string>;
  families.forEach((relations, f) => {
    // `demands` first takes a colour far from the demand node; the rest in order.
    const group = [...groups[f]!];
    const ordered = relations.includes('demands') ? ['demands' as Relation, ...relations.filter((r) => r !== 'demands')] : relations;
    for (const relation of ordered) {
      const pick = relation === 'demands' ? group.findIndex(farFromDemandNode) : 0;
      out[relation] = hexOf(palette.colours[group.splice(pick, 1)[0]!]!);
    }
  });
  return out;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    restarts: { type: 'string', default: '12' },
    steps: { type: 'string', default: '60000' },
    seed: { type: 'string', default: '1' },
    sizes: { type: 'string', default: '' },
    'min-lightness': { type: 'string', default: '0' },
    step: { type: 'string', default: '8' },
    cross: { type: 'string', default: '15' },
  },
});
const restarts = Number(values.restarts);
const steps = Number(values.steps);
const seed = Number(values.seed);
minLightness = Number(values['min-lightness']);
const mode = positionals[0] ?? 'free';

if (mode === 'count') {
  const sizes = values.sizes ? values.sizes.split(',').map(Number) : Array.from({ length: RELATIONS.length - 1 }, (_, k) => k + 2);
  for (const n of sizes) {
    const best = search({ n, required: () => false, avoid: [] }, restarts, steps, seed);
    console.log(JSON.stringify({ n, min: Number(best.score().min.toFixed(2)), colours: best.colours.map(hexOf) }));
  }
} else if (mode === 'free' || mode === 'normal' || mode === 'styled') {
  const line = (r: Relation) => FAMILY_LINE[RELATION_FAMILY[r]];
  const styled = mode === 'styled';
  const problem: Problem = {
    n: RELATIONS.length,
    required: (i, j, v) => (mode === 'normal' && v === 0) || (styled && (v === 0 || line(RELATIONS[i]!) === line(RELATIONS[j]!))),
    avoid: styled ? [{ index: RELATIONS.indexOf('demands'), colour: hexToRgb8(KIND_HEX.demand) }] : [],
  };
  const best = search(problem, restarts, steps, seed);
  const assigned = styled ? null : assignToFamilies(best);
  console.log(JSON.stringify({ mode, restarts, steps, seed, ...best.score(), ...describe(best, RELATIONS), byFamily: assigned }, null, 1));
} else if (mode === 'maxmin' || mode === 'maxmin-styled') {
  const line = (r: Relation) => FAMILY_LINE[RELATION_FAMILY[r]];
  const cross = Number(values.cross);
  const demandNode = labsOf(hexToRgb8(KIND_HEX.demand))[0]!;
  // maxmin: every pair in every vision (margin = the least ΔE itself). maxmin-styled: the positions are the
  // relations; every pair keeps 20 in normal vision and with its own line style, --cross T across styles.
  const requirement: Requirement =
    mode === 'maxmin'
      ? { n: RELATIONS.length, need: () => 0 }
      : {
          n: RELATIONS.length,
          need: (i, j, v) => (v === 0 || line(RELATIONS[i]!) === line(RELATIONS[j]!) ? TARGET : cross),
          allows: (i, labs: Lab[]) => RELATIONS[i] !== 'demands' || deltaE(labs[0]!, demandNode) >= TARGET,
        };
  const started = process.cpuUsage();
  const found = maxMinSearch(requirement, { step: Number(values.step), restarts, seed, minLightness });
  const cpu = process.cpuUsage(started);
  const palette = new Palette({ n: RELATIONS.length, required: () => false, avoid: [] }, found.colours);
  const names = mode === 'maxmin' ? found.colours.map((_, i) => `c${i}`) : RELATIONS;
  const styleMin = (same: boolean) =>
    Math.min(...RELATIONS.flatMap((a, i) => RELATIONS.slice(i + 1).flatMap((b, k) => ((line(a) === line(b)) === same ? palette.dist.map((d) => d[i]![i + 1 + k]!) : []))));
  console.log(
    JSON.stringify(
      {
        mode,
        step: Number(values.step),
        restarts,
        seed,
        minLightness,
        ...(mode === 'maxmin-styled' ? { cross, sameStyleMin: styleMin(true), crossStyleMin: styleMin(false) } : {}),
        candidates: found.candidates,
        gridMin: found.gridMin,
        min: found.min,
        atMin: found.atMin,
        cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(1)),
        lightness: found.colours.map((c) => Number(lightness(c).toFixed(1))),
        restartMins: found.restartMins,
        ...describe(palette, names),
      },
      null,
      1,
    ),
  );
} else if (mode === 'assign') {
  // The colours given (hex, comma-separated), handed out to the families: `assign '#635d54,#646900,…'`.
  const colours = (positionals[1] ?? '').split(',').filter(Boolean).map(hexToRgb8);
  const palette = new Palette({ n: colours.length, required: () => false, avoid: [] }, colours);
  console.log(JSON.stringify({ min: palette.score().min, byFamily: assignToFamilies(palette) }, null, 1));
} else {
  console.error(`palette-search: unknown mode "${mode}"; use count, free, normal, styled, maxmin, maxmin-styled or assign`);
  process.exit(2);
}

