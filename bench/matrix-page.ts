// Matrix view figures: the built explorer in headless Debian chromium, time from the stance matrix's data arriving
// to the first frame that shows it drawn, on the whole VOA corpus plus the first article and on a dense generated
// 300 × 300 matrix, and frame times while the pointer sweeps over the dense one (hover tooltips).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { pino } from 'pino';
import { createGraph } from '../src/graph/build.ts';
import { POSITION_RELATIONS } from '../src/graph/types.ts';
import { serve } from '../src/server/main.ts';
import { rng } from './generate-graph.ts';
import { fmt, median, percentile } from './stats.ts';
import type { Row } from './table.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB_DIR = join(ROOT, 'web', 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface MatrixPageOptions {
  runs: number;
  /** how long the pointer sweeps over the dense matrix, ms */
  hoverMs: number;
}

/** 300 actors in 6 blocs × 300 positions: each bloc holds a sixth of the positions and rejects others (about a quarter of the cells filled). */
function denseGraphFile(dir: string, side = 300): string {
  const rand = rng(11);
  const g = createGraph();
  g.setAttribute('articles', { gen: { id: 'gen', title: 'Generated', date: '2024-01-01', url: 'https://example.org/gen', sentences: 1 } });
  for (let i = 0; i < side; i++) g.addNode(`actor:a${i}`, { kind: 'actor', label: `Actor ${i}`, aliases: [], actorType: 'state' });
  for (let j = 0; j < side; j++) g.addNode(`position:p${j}`, { kind: j % 2 ? 'response' : 'demand', label: `Position ${j}`, aliases: [], category: 'generated' });
  let sentence = 0;
  for (let i = 0; i < side; i++) {
    for (let j = 0; j < side; j++) {
      const own = i % 6 === j % 6;
      if (rand() > (own ? 0.9 : 0.15)) continue;
      const relation = own ? POSITION_RELATIONS[Math.floor(rand() * POSITION_RELATIONS.length)]! : 'rejects';
      const date = `2024-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`;
      const evidence = [{ article: 'gen', sentence: sentence++, text: `Actor ${i} ${relation} position ${j}.`, date }];
      g.addDirectedEdgeWithKey(`actor:a${i}|${relation}|position:p${j}`, `actor:a${i}`, `position:p${j}`, { relation, evidence, firstDate: date, lastDate: date });
    }
  }
  const file = join(dir, 'dense.json');
  writeFileSync(file, JSON.stringify(g.export()));
  return file;
}

function voaGraphFile(dir: string): string {
  const file = join(dir, 'voa.json');
  const args = [join(ROOT, 'bin', 'kg.mjs'), 'build', join(ROOT, 'graph-data', 'voa'), join(ROOT, 'graph-data', 'articles', '000_1b6febaad030ac13.txt'), '--out', file, '--quiet'];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`kg build failed: ${r.stderr}`);
  return file;
}

interface Measured {
  drawn: number[];
  api: number[];
  cells: number;
  rows: number;
  columns: number;
  hover: number[];
}

async function measure(graphFile: string, dir: string, o: MatrixPageOptions, hover: boolean, log: (s: string) => void): Promise<Measured> {
  const running = await serve({ graph: graphFile, port: 0, host: '127.0.0.1', store: join(dir, `store-${Date.now()}`), webDir: WEB_DIR, logger: pino({ level: 'warn' }) });
  const url = `http://127.0.0.1:${(running.server.address() as AddressInfo).port}/`;
  const out: Measured = { drawn: [], api: [], cells: 0, rows: 0, columns: 0, hover: [] };
  try {
    // The server's answer (clustering included) timed once cold; the page's runs then get it from the cache.
    const t0 = performance.now();
    await (await fetch(`${url}api/matrix`)).arrayBuffer();
    out.api.push(performance.now() - t0);
    for (let i = 0; i < o.runs; i++) {
      log(`matrix page: run ${i + 1}/${o.runs}`);
      const profile = mkdtempSync(join(tmpdir(), 'kg-bench-chromium-'));
      const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1440, height: 900 } });
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        await page.goto(`${url}#view=matrix`, { waitUntil: 'commit' });
        await page.waitForSelector('#matrix[data-ready="true"]', { timeout: 60_000 });
        const ms = await page.evaluate<number>(`new Promise((done) => {
          const read = () => {
            const frame = performance.getEntriesByName('kg:matrix-frame')[0];
            const data = performance.getEntriesByName('kg:matrix-data')[0];
            if (frame && data) done(frame.startTime - data.startTime);
            else setTimeout(read, 20);
          };
          read();
        })`);
        out.drawn.push(ms);
        const ds = await page.$eval('#matrix', (e) => ({ ...(e as HTMLElement).dataset }));
        Object.assign(out, { cells: Number(ds.cells), rows: Number(ds.rows), columns: Number(ds.columns) });
        if (hover && i === 0) {
          const box = (await page.locator('#matrix .matrix-scroll').boundingBox())!;
          await page.evaluate(`(() => {
            window.__benchFrames = []; window.__benchStop = false; let last = performance.now();
            const tick = (t) => { window.__benchFrames.push(t - last); last = t; if (!window.__benchStop) requestAnimationFrame(tick); };
            requestAnimationFrame(tick);
          })()`);
          const start = Date.now();
          let step = 0;
          while (Date.now() - start < o.hoverMs) {
            step++;
            await page.mouse.move(box.x + 240 + ((step * 7) % Math.max(1, box.width - 260)), box.y + 200 + ((step * 3) % Math.max(1, box.height - 220)));
            await page.waitForTimeout(8);
          }
          out.hover = await page.evaluate<number[]>('(window.__benchStop = true, window.__benchFrames.slice(1))');
        }
      } finally {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      }
    }
  } finally {
    await running.close();
  }
  return out;
}

export async function benchMatrixPage(o: MatrixPageOptions, log: (s: string) => void): Promise<{ rows: Row[]; notes: string[] }> {
  if (!existsSync(join(WEB_DIR, 'index.html'))) throw new Error('web/dist/index.html is missing: run `npm run build:web` first');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-matrix-'));
  try {
    log('matrix page: building the VOA corpus + the first article');
    const voa = await measure(voaGraphFile(dir), dir, o, false, log);
    log('matrix page: generating a dense 300 × 300 stance graph');
    const dense = await measure(denseGraphFile(dir), dir, o, true, log);
    const shape = (m: Measured) => `${m.rows} actors × ${m.columns} positions, ${fmt(m.cells, 0)} cells`;
    const voaMs = median(voa.drawn);
    const denseMs = median(dense.drawn);
    const rows: Row[] = [
      { figure: 'matrix view: drawn after the data arrives', workload: `whole VOA corpus + first article (${shape(voa)}), headless chromium, ${o.runs} run(s)`, result: `${fmt(voaMs, 0)} ms`, baseline: '–', ratio: '–', target: '< 1 s', pass: voaMs < 1000 },
      { figure: 'matrix view: drawn after the data arrives', workload: `generated dense matrix (${shape(dense)}), ${o.runs} run(s)`, result: `${fmt(denseMs, 0)} ms`, baseline: `VOA ${fmt(voaMs, 0)} ms`, ratio: `${fmt(denseMs / voaMs, 1)}x`, target: 'report', pass: null },
      {
        figure: 'matrix view: frame time while hovering',
        workload: `dense matrix, pointer sweeping for ${fmt(o.hoverMs / 1000, 0)} s`,
        result: dense.hover.length ? `median ${fmt(median(dense.hover), 1)} ms, p95 ${fmt(percentile(dense.hover, 95), 1)} ms` : 'not measured',
        baseline: '–',
        ratio: '–',
        target: 'report',
        pass: null,
      },
    ];
    const notes = [
      `Matrix view: from the app's kg:matrix-data mark (the /api/matrix answer parsed) to kg:matrix-frame (a task queued from the requestAnimationFrame after the heat map, Plot's axes and labels with the cells painted on a canvas, was put in the page; the Plot module is requested alongside the data), per run: VOA ${voa.drawn.map((x) => fmt(x, 0)).join(', ')} ms; dense ${dense.drawn.map((x) => fmt(x, 0)).join(', ')} ms. The server's first answer (seriation included, then cached): VOA ${fmt(voa.api[0]!, 0)} ms, dense ${fmt(dense.api[0]!, 0)} ms.`,
    ];
    return { rows, notes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
