// The explorer as a researcher meets it (issue 12), in Debian's chromium against the real server on the built
// corpus: small screens, labels that never collide, edges that open with the rule behind them, adding and
// removing an article, empty filters, Back and Forward through selections, keyboard-only use, and axe-core.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openExplorer, screenshot, visibleCounts, type BrowserSession } from './_browser.ts';
import { CORPUS_DIR, startServer, type RunningServer } from './_server.ts';
import type { PostArticleResponse } from '../../src/server/api-types.ts';
import type { LabelBox } from '../../web/src/labels.ts';

/** Kept out of the build so the add → remove test can post it. */
const POSTED_LATER = '20210414_6204569.txt';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A drawn label's box, as the page's label placement records it. */
type Box = LabelBox;

interface Explorer {
  labelBoxes(): Box[];
  visibleNodes(): string[];
  visibleEdges(): string[];
  viewportOf(node: string): { x: number; y: number } | null;
}

let server: RunningServer;
let browser: BrowserSession;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startServer({ exclude: [POSTED_LATER] });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

afterEach(async () => {
  await page?.close();
  expect(pageErrors.splice(0)).toEqual([]);
});

async function open(width = 1400, height = 900, hash = ''): Promise<void> {
  page = await browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.setViewportSize({ width, height });
  await openExplorer(page, server.url + hash);
}

async function labelBoxes(): Promise<Box[]> {
  // Two frames: the label layer of the frame after the last change.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(() => (window as unknown as { kgExplorer: Explorer }).kgExplorer.labelBoxes().map((b) => ({ ...b })));
}

function overlapping(boxes: Box[]): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) pairs.push([a.label, b.label]);
    }
  return pairs;
}

async function searchAndPick(query: string): Promise<void> {
  await page.fill('.search-input', query);
  await page.waitForSelector('.search-option');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#panel:not([hidden]) .panel-title');
}

describe('screens', () => {
  test('at 1400×900 the sidebar, graph and details sit side by side, the legend in the sidebar', async () => {
    await open(1400, 900);
    await searchAndPick('Russia');
    const graph = await page.locator('#graph').boundingBox();
    expect(graph!.width).toBeGreaterThan(600);
    const legend = await page.locator('#legend').boundingBox();
    const sidebar = await page.locator('#sidebar').boundingBox();
    expect(legend!.x + legend!.width).toBeLessThanOrEqual(sidebar!.x + sidebar!.width + 1);
    await screenshot(page, 'explorer-1400x900');
  });

  test('at 800×700 the graph keeps the full width and the details panel lies over it', async () => {
    await open(800, 700);
    expect(await page.isVisible('#sidebar')).toBe(false);
    const before = await page.locator('#graph').boundingBox();
    expect(before!.width).toBeGreaterThanOrEqual(780);
    await searchAndPick('Russia');
    const after = await page.locator('#graph').boundingBox();
    const panel = await page.locator('#panel').boundingBox();
    expect(after!.width).toBe(before!.width);
    expect(panel!.x + panel!.width).toBeLessThanOrEqual(800);
    expect(panel!.width).toBeGreaterThan(300);
    // Labels keep out from under the panel (the graph starts at the page's left edge).
    expect((await labelBoxes()).filter((b) => b.x + b.width > panel!.x).map((b) => b.label)).toEqual([]);
    await screenshot(page, 'explorer-800x700-details');
    await page.click('#panel .icon-button');
    await page.click('button[aria-controls="sidebar"]');
    expect(await page.isVisible('#filters')).toBe(true);
    expect(await page.getAttribute('button[aria-controls="sidebar"]', 'aria-expanded')).toBe('true');
    await screenshot(page, 'explorer-800x700-filters');
  });
});

describe('labels', () => {
  // How many labels fit depends on the ForceAtlas2 run the page starts with (time-bounded, so not the same twice):
  // 41 to 92 of 98 nodes in view over ten runs on this corpus, most above 65; 51 to 79 of 114 after the extractor grew it.
  test('no two labels drawn on the built graph overlap, and over a third of the nodes in view have one', async () => {
    await open(1400, 900);
    const boxes = await labelBoxes();
    const { nodes } = await visibleCounts(page);
    await screenshot(page, 'explorer-labels-1400x900');
    expect(overlapping(boxes)).toEqual([]);
    console.info(`labels drawn: ${boxes.length} of ${nodes} nodes in view`);
    expect(boxes.length / nodes).toBeGreaterThan(0.35);
  });

  // The issue asks for every label when few nodes are in view: with twenty or fewer each one is drawn, none over another.
  test.for([
    [1400, 900],
    [800, 700],
  ] as const)('with few nodes in view at %i×%i every one is labelled and no two labels overlap', async ([width, height]) => {
    await open(width, height);
    const folded = !(await page.isVisible('#sidebar'));
    if (folded) await page.click('button[aria-controls="sidebar"]');
    await page.selectOption('#filters select[name="actor"]', 'actor:iran');
    if (folded) await page.click('button[aria-controls="sidebar"]');
    await page.waitForTimeout(600); // the camera's fit animation
    const boxes = await labelBoxes();
    const visible = await page.evaluate(() => (window as unknown as { kgExplorer: Explorer }).kgExplorer.visibleNodes());
    console.info(`few nodes: ${boxes.length} labels for ${visible.length} nodes in view`);
    expect(visible.length).toBeGreaterThan(3);
    expect(visible.length).toBeLessThanOrEqual(20);
    await screenshot(page, `explorer-few-nodes-${width}x${height}`);
    expect(overlapping(boxes)).toEqual([]);
    expect(boxes.every((b) => visible.includes(b.key))).toBe(true);
    expect(visible.filter((key) => !boxes.some((b) => b.key === key))).toEqual([]);
  });
});

/** Clicks the middle of straight edges until one opens its details (a curve's middle is off the straight line). */
async function clickSomeEdge(): Promise<string> {
  const candidates = await page.evaluate(() => {
    const kg = (window as unknown as { kgExplorer: Explorer }).kgExplorer;
    return kg.visibleEdges().map((key) => {
      const [source, , target] = key.split('|');
      const a = kg.viewportOf(source!);
      const b = kg.viewportOf(target!);
      return a && b ? { key, x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, length: Math.hypot(a.x - b.x, a.y - b.y) } : null;
    }).filter((c) => c !== null).sort((p, q) => q.length - p.length);
  });
  const graph = (await page.locator('#graph').boundingBox())!;
  for (const c of candidates.slice(0, 25)) {
    await page.mouse.click(graph.x + c.x, graph.y + c.y);
    const opened = await page.waitForSelector('#panel:not([hidden]) .edge-badge', { timeout: 1500 }).catch(() => null);
    if (opened) return c.key;
    await page.keyboard.press('Escape');
  }
  throw new Error('no edge could be clicked');
}

describe('edges', () => {
  test('clicking an edge opens source → relation → target with its sentences and the rule behind it', async () => {
    await open(1400, 900);
    await clickSomeEdge();
    // Edges cross: the one under the pointer may not be the one aimed at; the panel shows the one the URL names.
    const clicked = new URLSearchParams((await page.evaluate(() => location.hash)).slice(1)).get('edge') ?? '';
    const [, relation] = clicked.split('|');
    expect(relation).toBeTruthy();
    expect(await page.textContent('#panel .panel-title')).toContain(relation!);
    await page.locator('#panel .why .rule-text').first().waitFor({ timeout: 15_000 });
    const rules = await page.locator('#panel .why .rule-text').allTextContents();
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((r) => r.trim().length > 0)).toBe(true);
    expect(await page.locator('#panel .evidence').count()).toBeGreaterThan(0);
    await screenshot(page, 'explorer-edge-details');
  });
});

describe('adding an article', () => {
  test('lists the claims it found, shows them in the graph, and removes the article again', async () => {
    await open(1400, 900);
    const before = await visibleCounts(page);
    await page.click('#add-article summary');
    await page.fill('#add-article textarea', readFileSync(join(CORPUS_DIR, POSTED_LATER), 'utf8'));
    await page.click('#add-article button[type="submit"]');
    const claims = page.locator('#add-article .form-message.ok .claims-list li');
    await claims.first().waitFor({ timeout: 30_000 });
    expect(await claims.count()).toBeGreaterThan(0);
    await page.click('#add-article .form-message button:has-text("Show in graph")');
    const articleId = await page.$eval('#filters select[name="article"]', (s) => (s as HTMLSelectElement).value);
    expect(articleId).not.toBe('');
    expect((await visibleCounts(page)).edges).toBeGreaterThan(0);
    await screenshot(page, 'explorer-article-added');
    await page.click('#add-article .form-message button:has-text("Remove")');
    await page.locator('#add-article .form-message.ok:has-text("Removed")').waitFor({ timeout: 30_000 });
    const listed = await page.evaluate(async () => ((await (await fetch('api/articles?limit=10000')).json()) as { items: Array<{ id: string }> }).items.map((a) => a.id));
    expect(listed).not.toContain(articleId);
    await page.click('#filters button:has-text("Reset")');
    expect((await visibleCounts(page)).nodes).toBe(before.nodes);
  });

  test('an article posted twice is refused with an offer to remove the first', async () => {
    await open(1400, 900);
    const text = 'Talks in Geneva\n20240110\nhttps://example.org/twice\nRussia demands that NATO stop its eastward expansion, Ryabkov said.';
    await page.click('#add-article summary');
    for (const _ of [1, 2]) {
      await page.fill('#add-article textarea', text);
      await page.click('#add-article button[type="submit"]');
      await page.locator('#add-article .form-message:not(.busy)').waitFor({ timeout: 30_000 });
    }
    const error = page.locator('#add-article .form-message.error');
    expect(await error.textContent()).toContain('already in the graph');
    expect(await error.textContent()).not.toContain('DELETE');
    await error.locator('button:has-text("Remove it")').click();
    await page.locator('#add-article .form-message.ok:has-text("Removed")').waitFor({ timeout: 30_000 });
  });

  test('warns before storing an article that yields nothing, and stores nothing unless told', async () => {
    await open(1400, 900);
    const count = () => page.evaluate(async () => ((await (await fetch('api/articles')).json()) as { total: number }).total);
    const before = await count();
    await page.click('#add-article summary');
    await page.fill('#add-article textarea', 'Quiet day\n20240105\nhttps://example.org/quiet\nThe weather in Geneva was mild and the lake was calm.');
    await page.click('#add-article button[type="submit"]');
    const warning = page.locator('#add-article .form-message.warn');
    await warning.waitFor({ timeout: 30_000 });
    expect(await warning.textContent()).toMatch(/No claims found/);
    await page.click('#add-article .form-message button:has-text("Cancel")');
    expect(await count()).toBe(before);
  });
});

describe('reading', () => {
  test('the article reader marks cited sentences without making them buttons, and gives focus back on close', async () => {
    await open(1400, 900);
    await searchAndPick('Russia');
    await page.locator('#panel .evidence').first().click();
    await page.locator('#article-view .sentence.highlighted').waitFor();
    expect(await page.locator('#article-view .article-paragraph').count()).toBeGreaterThan(0);
    expect(await page.locator('#article-view .sentence.cited').count()).toBeGreaterThan(0);
    expect(await page.locator('#article-view .evidence, #article-view .sentence[role], #article-view button.sentence').count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.closest('#panel') !== null)).toBe(true);
  });

  test('the article reader shows a posted article in the paragraphs it was written in', async () => {
    const paragraphs = [
      'Russia demands that NATO stop its eastward expansion, Ryabkov said.',
      'The talks went on for hours. Nobody left early.',
      'The United States threatened Russia with economic sanctions.',
    ];
    const text = ['Reader paragraphs', '20240111', 'https://example.org/reader-paragraphs', ...paragraphs].join('\n');
    const posted = await fetch(`${server.url}api/articles?id=reader-paragraphs`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: text });
    expect(posted.status).toBe(201);
    // An edge the article added or gave new evidence to: either way it cites the article.
    const { added } = (await posted.json()) as PostArticleResponse;
    const edge = added.edges[0]?.key ?? added.reinforced[0]!;
    try {
      await open(1400, 900, `#edge=${encodeURIComponent(edge)}`);
      const more = page.locator('#panel .evidence-more');
      while (await more.count()) await more.first().click();
      await page.locator('#panel .evidence:has-text("Reader paragraphs")').first().click();
      await page.locator('#article-view .sentence.highlighted').waitFor();
      const shown = await page.locator('#article-view .article-paragraph').allTextContents();
      expect(shown.map((p) => p.trim())).toEqual(paragraphs);
      await screenshot(page, 'explorer-article-paragraphs');
    } finally {
      await fetch(`${server.url}api/articles/reader-paragraphs`, { method: 'DELETE' });
    }
  });

  test('the legend says what every relation drawn means, and what size and thickness mean; represents starts hidden', async () => {
    await open(1400, 900);
    const rows = await page.$$eval('#legend .legend-row[data-relation]', (items) =>
      items.map((r) => ({ relation: (r as HTMLElement).dataset.relation, meaning: r.querySelector('.legend-meaning')?.textContent ?? '' })),
    );
    expect(rows.map((r) => r.relation)).toEqual(expect.arrayContaining(['targets', 'answers', 'represents']));
    expect(rows.every((r) => r.meaning.length > 8)).toBe(true);
    expect(await page.textContent('#legend')).toMatch(/thickness: how many sentences/);
    // The built graph has conditional threats and offers: each family's conditional pattern is named.
    expect(await page.textContent('#legend')).toMatch(/conditional \(if …\), pressure: dash-dot(?!-)/);
    expect(await page.textContent('#legend')).toMatch(/conditional \(if …\), cooperation: dash-dot-dot/);
    await screenshot(page, 'explorer-legend');
    expect(await page.isChecked('#filters .check-row[data-relation="represents"] input')).toBe(false);
    expect(Number(await page.textContent('#filters .check-row[data-relation="represents"] .count'))).toBeGreaterThan(0);
  });
});

describe('empty filters', () => {
  test('a from date after the to date says so and Reset brings the graph back', async () => {
    await open(1400, 900);
    const before = await visibleCounts(page);
    await page.fill('#filters input[name="to"]', '2020-01-01');
    await page.dispatchEvent('#filters input[name="to"]', 'change');
    await page.fill('#filters input[name="from"]', '2022-01-01');
    await page.dispatchEvent('#filters input[name="from"]', 'change');
    const empty = page.locator('#empty:not([hidden])');
    await empty.waitFor();
    expect(await empty.textContent()).toContain('is after the to date');
    await screenshot(page, 'explorer-empty-state');
    await empty.locator('button:has-text("Reset")').click();
    expect(await visibleCounts(page)).toEqual(before);
    expect(await page.isHidden('#empty')).toBe(true);
  });

  test('the month sliders over the evidence histogram set the date filter', async () => {
    await open(1400, 900);
    const before = await visibleCounts(page);
    const bars = await page.locator('#filters .histogram .bar').count();
    expect(bars).toBeGreaterThan(12);
    await page.locator('#filters input[name="from-month"]').fill(String(bars - 1));
    await page.dispatchEvent('#filters input[name="from-month"]', 'change');
    const from = await page.inputValue('#filters input[name="from"]');
    expect(from).toMatch(/^\d{4}-\d{2}-01$/);
    expect((await visibleCounts(page)).edges).toBeLessThan(before.edges);
    expect(await page.locator('#filters .histogram .bar.in-range').count()).toBe(1);
  });

  test('the date filter shows the span of the evidence', async () => {
    await open(1400, 900);
    expect(await page.textContent('#filters .date-span')).toMatch(/runs from \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}/);
    expect(await page.textContent('#corpus')).toMatch(/^\d+ articles · \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2} · \d+ actors$/);
  });
});

describe('history', () => {
  test('Back and Forward walk two selections', async () => {
    await open(1400, 900);
    await searchAndPick('Russia');
    await searchAndPick('NATO');
    expect(await page.textContent('#panel .panel-title')).toBe('NATO');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('#panel .panel-title')?.textContent === 'Russia');
    await page.goBack();
    await page.waitForSelector('#panel[hidden]', { state: 'attached' });
    await page.goForward();
    await page.waitForFunction(() => document.querySelector('#panel .panel-title')?.textContent === 'Russia');
    await page.goForward();
    await page.waitForFunction(() => document.querySelector('#panel .panel-title')?.textContent === 'NATO');
  });
});

describe('keyboard', () => {
  test('selects a node with the keyboard alone: skip link, list of nodes, Enter', async () => {
    await open(1400, 900);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('skip-link');
    await page.keyboard.press('Enter');
    const focused = await page.evaluate(() => document.activeElement?.closest('#node-list') !== null);
    expect(focused).toBe(true);
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => (document.activeElement as HTMLElement).textContent);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#panel:not([hidden]) .panel-title');
    expect(await page.textContent('#panel .panel-title')).toBe(label);
  });
});

describe('figures', () => {
  test('the SVG carries the graph, a legend of the relations in view, the filters and the source credit', async () => {
    await open(1400, 900);
    await page.uncheck('#filters .check-row[data-relation="meets"] input');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export button[data-format="svg"]')]);
    expect(download.suggestedFilename()).toBe('negotiation-graph.svg');
    const svg = readFileSync(await download.path(), 'utf8');
    const { nodes } = await visibleCounts(page);
    expect(svg.match(/<circle /g)?.length).toBe(nodes);
    expect(svg).toContain('>demands</text>');
    expect(svg).not.toContain('>meets</text>');
    expect(svg).toMatch(/Filters: hidden relations: represents, meets\./);
    expect(svg).toMatch(/Sources: \d+ articles from voanews\.com \(\d+\)/);
  });

  test('the PNG is the graph with a legend and caption painted under it', async () => {
    await open(1400, 900);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export button[data-format="png"]')]);
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    const graphHeight = (await page.locator('#graph').boundingBox())!.height;
    // IHDR: width and height are the big-endian words at bytes 16 and 20.
    const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    const ratio = width / (await page.locator('#graph').boundingBox())!.width;
    expect(height / ratio).toBeGreaterThan(graphHeight + 40);
  });
});

describe('accessibility', () => {
  async function seriousViolations(): Promise<string[]> {
    // Evaluated through the debugging protocol: the page's Content-Security-Policy refuses inline scripts.
    await page.evaluate(AXE_SOURCE);
    const results = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
      return (await axe.run(document)).violations;
    });
    return results
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }

  test('axe-core finds no serious or critical violation on the graph view', async () => {
    await open(1400, 900);
    expect(await seriousViolations()).toEqual([]);
  });

  test('axe-core finds no serious or critical violation with a node, an edge and the article open', async () => {
    await open(1400, 900);
    await searchAndPick('Russia');
    expect(await seriousViolations()).toEqual([]);
    await page.locator('#panel .evidence').first().click();
    await page.locator('#article-view .sentence.highlighted').waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest('#article-view') !== null)).toBe(true);
    expect(await seriousViolations()).toEqual([]);
  });
});
