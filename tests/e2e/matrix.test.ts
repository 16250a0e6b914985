// The Matrix view and the timelines as an analyst uses them (issue 11), in Debian's chromium against the real
// server on the built articles: the matrix is drawn, follows the filters and the URL, a cell opens its sentences,
// and an actor's details show its stances on a date axis.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { MatrixResponse } from '../../src/server/api-types.ts';
import { launchBrowser, openExplorer, screenshot, type BrowserSession } from './_browser.ts';
import { startServer, type RunningServer } from './_server.ts';

let server: RunningServer;
let browser: BrowserSession;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

beforeEach(async () => {
  pageErrors.length = 0;
  page = await browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterEach(async () => {
  await page.close();
});

async function api<T>(path: string): Promise<T> {
  return (await (await fetch(new URL(path, server.url))).json()) as T;
}

/** Opens the page at `hash` and waits for the matrix drawn from it. */
async function openMatrix(hash = 'view=matrix'): Promise<void> {
  await page.goto(`${server.url}#${hash}`);
  await page.waitForSelector('#matrix[data-ready="true"]', { timeout: 20_000 });
}

const drawnCells = (): Promise<string[]> => page.$$eval('#matrix .matrix-chart g[aria-label="cell"] rect', (rects) => rects.map((r) => r.getAttribute('aria-label') ?? ''));

describe('the matrix view', () => {
  test('draws one cell per actor–position pair of the built graph', async () => {
    await openExplorer(page, server.url);
    await page.click('.view-tab[data-view="matrix"]');
    await page.waitForSelector('#matrix[data-ready="true"]');
    const expected = await api<MatrixResponse>('api/matrix');
    expect(expected.rows.length).toBeGreaterThan(5);
    expect(await drawnCells()).toHaveLength(expected.cells.length);
    const rowLabels = await page.$$eval('#matrix svg g[aria-label="y-axis tick label"] text', (t) => t.map((x) => x.textContent));
    expect(rowLabels).toEqual(expected.rows.map((r) => (r.label.length > 32 ? `${r.label.slice(0, 31)}…` : r.label)));
    await page.waitForFunction(() => location.hash.includes('view=matrix'));
    await page.waitForSelector('#matrix .shift-item');
    await screenshot(page, '20-matrix');
    expect(pageErrors).toEqual([]);
  });

  test('hovering a cell shows its latest sentence', async () => {
    await openMatrix();
    const m = await api<MatrixResponse>('api/matrix');
    const first = m.cells[0]!;
    const box = (await page.locator('#matrix .matrix-chart g[aria-label="cell"] rect').first().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForSelector('#matrix .matrix-tooltip:not([hidden])');
    expect(await page.textContent('#matrix .matrix-tooltip p')).toBe(first.latest.text);
  });

  test('applies the filters and the fold switch given in the URL', async () => {
    await openMatrix('view=matrix&relation=rejects');
    const cells = await drawnCells();
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.every((c) => / rejects /.test(c))).toBe(true);
    expect(await page.isChecked('#matrix-fold')).toBe(true);

    await openMatrix('view=matrix&actor=actor:russia&fold=0');
    const scoped = await api<MatrixResponse>('api/matrix?actor=actor:russia&fold=false');
    expect(await drawnCells()).toHaveLength(scoped.cells.length);
    expect(await page.isChecked('#matrix-fold')).toBe(false);
  });

  test('follows a filter changed in the sidebar and writes it to the URL', async () => {
    await openExplorer(page, `${server.url}#view=matrix`);
    await page.waitForSelector('#matrix[data-ready="true"]');
    const before = (await drawnCells()).length;
    await page.uncheck('#filters .check-row[data-relation="demands"] input');
    await page.waitForFunction((n) => {
      const pane = document.getElementById('matrix') as HTMLElement;
      return pane.dataset.ready === 'true' && Number(pane.dataset.cells) !== n;
    }, before);
    expect((await drawnCells()).some((c) => / demands /.test(c))).toBe(false);
    await page.waitForFunction(() => location.hash.includes('relation=') && location.hash.includes('view=matrix'));
  });

  test('turning the fold switch off lists the people as rows of their own', async () => {
    await openMatrix();
    const folded = Number(await page.getAttribute('#matrix', 'data-rows'));
    await page.uncheck('#matrix-fold');
    await page.waitForFunction((n) => Number(document.getElementById('matrix')!.dataset.rows) > n, folded);
    await page.waitForFunction(() => location.hash.includes('fold=0'));
  });

  test('a cell click opens its sentences and the pair timeline in the details panel', async () => {
    await openMatrix('view=matrix&actor=actor:russia');
    const m = await api<MatrixResponse>('api/matrix?actor=actor:russia');
    const cell = m.cells.find((c) => m.rows[c.row]!.key === 'actor:russia')!;
    const label = `${m.rows[cell.row]!.label} ${cell.latest.relation} ${m.columns[cell.column]!.label}`;
    await page.locator(`#matrix g[aria-label="cell"] rect[aria-label="${label}"]`).first().click();
    await page.waitForSelector('#panel:not([hidden]) .pair-evidence blockquote');
    expect(await page.textContent('#panel .panel-title')).toBe(`${m.rows[cell.row]!.label} · ${m.columns[cell.column]!.label}`);
    const sentences = await page.$$eval('#panel .pair-evidence blockquote', (b) => b.map((x) => x.textContent));
    expect(sentences).toHaveLength(cell.evidence);
    expect(sentences).toContain(cell.latest.text);
    await page.waitForSelector('#panel .timeline-strip svg circle');
    await page.locator('#panel .pair-evidence button', { hasText: 'Read in the article' }).first().click();
    await page.waitForSelector('#article-view .sentence.highlighted');
    await screenshot(page, '21-matrix-cell');
  });

  test('downloads the matrix as SVG', async () => {
    await openMatrix();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-format="matrix-svg"]')]);
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(download.suggestedFilename()).toBe('negotiation-matrix.svg');
    expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg.match(/<rect[^>]+aria-label="(?!frame")/g)?.length).toBe((await drawnCells()).length);
  });

  test('downloads the matrix as PNG', async () => {
    await openMatrix();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-format="matrix-png"]')]);
    const png = readFileSync((await download.path())!);
    expect(download.suggestedFilename()).toBe('negotiation-matrix.png');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(5000);
  });
});

describe('the timeline strip', () => {
  test("shows an actor's dated stances in its details panel and opens a sentence on click", async () => {
    await openExplorer(page, server.url);
    await page.fill('.search-input', 'Russia');
    await page.waitForSelector('.search-option');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#panel .timeline-strip[data-events] svg circle');
    const timeline = await api<{ total: number }>('api/timeline?actor=actor:russia');
    expect(await page.locator('#panel .timeline-strip svg circle').count()).toBe(timeline.total);
    await screenshot(page, '22-actor-timeline');
    const dot = (await page.locator('#panel .timeline-strip svg circle').first().boundingBox())!;
    await page.mouse.click(dot.x + dot.width / 2, dot.y + dot.height / 2);
    await page.waitForSelector('#article-view .sentence.highlighted');
    expect(pageErrors).toEqual([]);
  });
});
