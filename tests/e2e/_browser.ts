// Launches Debian's chromium (never a downloaded browser) with the flags the project's CI allows, and
// small page helpers the explorer tests share: wait for the graph, count drawn pixels, save screenshots.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(import.meta.dirname, '..', 'screenshots');

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserSession {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh profile per session (--user-data-dir), removed on close. */
export async function launchBrowser(): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), 'kg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** Opens the explorer and waits until sigma has drawn the graph and the layout has settled. */
export async function openExplorer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('#graph[data-ready="true"]', { timeout: 20_000 });
  await page.waitForSelector('#graph[data-layout="stopped"]', { timeout: 20_000 });
}

export async function visibleCounts(page: Page): Promise<{ nodes: number; edges: number }> {
  return page.$eval('#graph', (node) => ({
    nodes: Number((node as HTMLElement).dataset.visibleNodes),
    edges: Number((node as HTMLElement).dataset.visibleEdges),
  }));
}

/**
 * Counts pixels of the graph area that are neither white nor near-white, from a real screenshot of it
 * (WebGL canvases cannot be read back after compositing), decoded by the page's own image decoder.
 */
export async function countInkPixels(page: Page, selector = '#graph'): Promise<number> {
  const png = await page.locator(selector).screenshot();
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235) ink += 1;
    return ink;
  }, png.toString('base64'));
}
