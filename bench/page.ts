// Page figures: the built explorer (web/dist, served by createApp) on a generated 10,000-node / 50,000-edge
// graph in headless Debian chromium: time to the first frame with the graph drawn, and frame times while panning.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startBenchServer } from './server-child.ts';
import type { Row } from './table.ts';
import { fmt, median, percentile } from './stats.ts';

const WEB_DIR = fileURLToPath(new URL('../web/dist', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface PageOptions {
  nodes: number;
  edges: number;
  runs: number;
  /** how long to pan, ms */
  panMs: number;
  /** how long to wait for the automatic layout to finish before panning, ms */
  layoutWaitMs?: number;
}

interface PageRun {
  firstFrame: number;
  deltas: number[];
  layoutDone: boolean;
}

export async function benchPage(o: PageOptions, log: (s: string) => void): Promise<{ rows: Row[]; notes: string[] }> {
  if (!existsSync(join(WEB_DIR, 'index.html'))) throw new Error('web/dist/index.html is missing: run `npm run build:web` first');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  log(`page: generating ${o.nodes} nodes / ${o.edges} edges and serving web/dist`);
  const server = await startBenchServer(o.nodes, o.edges, WEB_DIR);
  const runs: PageRun[] = [];
  try {
    for (let i = 0; i < o.runs; i++) {
      log(`page: run ${i + 1}/${o.runs}`);
      const profile = mkdtempSync(join(tmpdir(), 'kg-bench-chromium-'));
      const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1440, height: 900 } });
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        await page.goto(server.url, { waitUntil: 'commit' });
        await page.waitForSelector('#graph[data-ready="true"]', { timeout: 60_000 });
        // First frame: from navigation start to the end of the first frame committed after sigma drew the loaded
        // graph, as the page marks it (kg:first-frame). Timing it from here instead would add this script's round
        // trips and whatever the page does after that frame (search index, layout start).
        // (Scripts go to the page as strings: tsx would wrap functions in helpers the page does not have.)
        const firstFrame = await page.evaluate<number>(`new Promise((done) => {
          const read = () => {
            const mark = performance.getEntriesByName('kg:first-frame')[0];
            if (mark) done(mark.startTime);
            else setTimeout(read, 20);
          };
          read();
        })`);
        // Pan once the automatic layout has stopped (or after waiting), so frames measure drawing, not layout.
        const layoutDone = await page
          .waitForSelector('#graph[data-layout="stopped"]', { timeout: o.layoutWaitMs ?? 20_000 })
          .then(() => true)
          .catch(() => false);
        // The middle of the viewport is on the graph canvas; asking the page for its box can wait behind a busy frame.
        const cx = 720;
        const cy = 450;
        await page.evaluate(`(() => {
          window.__benchFrames = [];
          window.__benchStop = false;
          let last = performance.now();
          const tick = (t) => {
            window.__benchFrames.push(t - last);
            last = t;
            if (!window.__benchStop) requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        })()`);
        await page.mouse.move(cx, cy);
        await page.mouse.down();
        const start = Date.now();
        let step = 0;
        while (Date.now() - start < o.panMs) {
          step++;
          // A slow circle, so the drag keeps moving the camera without leaving the canvas.
          await page.mouse.move(cx + 200 * Math.cos(step / 20), cy + 150 * Math.sin(step / 20));
          await page.waitForTimeout(8);
        }
        await page.mouse.up();
        const deltas = await page.evaluate<number[]>('(window.__benchStop = true, window.__benchFrames.slice(1))');
        runs.push({ firstFrame, deltas, layoutDone });
      } finally {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      }
    }
  } finally {
    await server.stop();
  }
  const first = median(runs.map((r) => r.firstFrame));
  const deltas = runs.flatMap((r) => r.deltas);
  const frameMedian = median(deltas);
  const workload = `${fmt(server.nodes, 0)} nodes / ${fmt(server.edges, 0)} edges, headless chromium (software GL), ${o.runs} run(s)`;
  const rows: Row[] = [
    { figure: 'page: first frame', workload, result: `${fmt(first, 0)} ms`, baseline: '–', ratio: '–', target: '< 2 s', pass: first < 2000 },
    {
      figure: 'page: frame time while panning',
      workload: `${workload}, ${fmt(o.panMs / 1000, 0)} s drag`,
      result: `median ${fmt(frameMedian, 1)} ms (${fmt(1000 / frameMedian, 0)} fps), p95 ${fmt(percentile(deltas, 95), 1)} ms, max ${fmt(Math.max(...deltas), 0)} ms`,
      baseline: '–',
      ratio: '–',
      target: 'report',
      pass: null,
    },
  ];
  const notes = [
    `Page: the explorer built in web/dist, served by createApp with the generated graph (first frame per run: ${runs.map((r) => fmt(r.firstFrame, 0)).join(', ')} ms). First frame = navigation start to the end of the first frame committed after sigma drew the loaded graph (the app's kg:first-frame user-timing mark: a task queued from that frame's requestAnimationFrame callback, which runs once the frame's commit, including software GL's read-back of the canvases, is done). Panning = a mouse drag in circles over the canvas, frame times from requestAnimationFrame deltas${runs.every((r) => r.layoutDone) ? ', after the automatic ForceAtlas2 layout had stopped' : '; the automatic layout was still running in at least one run, so frames include its updates'}. Chromium runs with --disable-gpu (software rendering), so frame times are a floor for what a GPU machine shows.`,
  ];
  return { rows, notes };
}
