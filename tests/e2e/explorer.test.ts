// The explorer as an analyst uses it, in Debian's chromium against the real server: the graph is drawn,
// search opens a node's panel with its evidence, filters hide edges, articles can be added, and article
// text never runs as code (issue 4).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, test } from 'vitest';
import { countInkPixels, launchBrowser, openExplorer, screenshot, visibleCounts, type BrowserSession } from './_browser.ts';
import { CORPUS_DIR, startServer, type RunningServer } from './_server.ts';

/** Kept out of the build so the "add an article" test can post it. */
const POSTED_LATER = '20210414_6204569.txt';

const INJECTION_ARTICLE = [
  'Talks <script>window.__kgPwned = "title"; alert("title")</script> stall in Geneva',
  '20220112',
  'https://example.org/injection',
  'Russia demands that NATO stop its eastward expansion <img src=x onerror="window.__kgPwned = \'img\'; alert(\'img\')">, Ryabkov said.',
  'The United States rejects the demand <script>window.__kgPwned = "body"; alert("body")</script> and threatens Russia with sanctions if it invades Ukraine.',
].join('\n');

let server: RunningServer;
let browser: BrowserSession;
let page: Page;
const dialogs: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startServer({ exclude: [POSTED_LATER] });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

beforeEach(async () => {
  dialogs.length = 0;
  pageErrors.length = 0;
  page = await browser.context.newPage();
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await openExplorer(page, server.url);
});

afterEach(async () => {
  await page.close();
});

async function searchAndPick(query: string): Promise<void> {
  await page.fill('.search-input', query);
  await page.waitForSelector('.search-option');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#panel:not([hidden]) .panel-title');
}

/** Hides the overlays on the graph so pixel counts see only what sigma drew. */
async function hideOverlays(): Promise<void> {
  await page.evaluate(() => {
    for (const id of ['legend', 'error']) (document.getElementById(id) as HTMLElement).style.visibility = 'hidden';
  });
}

describe('the graph', () => {
  test('draws nodes and edges on the canvas', async () => {
    const counts = await visibleCounts(page);
    expect(counts.nodes).toBeGreaterThan(10);
    expect(counts.edges).toBeGreaterThan(10);
    await hideOverlays();
    expect(await countInkPixels(page)).toBeGreaterThan(2000);
    await screenshot(page, '01-graph');
    expect(pageErrors).toEqual([]);
  });

  test('shows a legend naming every relation drawn', async () => {
    const relations = await page.$$eval('#legend .legend-row[data-relation]', (rows) => rows.map((r) => (r as HTMLElement).dataset.relation));
    expect(relations).toContain('demands');
    expect(relations).toContain('targets');
  });
});

describe('search', () => {
  test('suggests matches for what is typed, by label or alias', async () => {
    await page.fill('.search-input', 'moscow');
    await page.waitForSelector('.search-option');
    const labels = await page.$$eval('.search-option .search-label', (items) => items.map((i) => i.textContent));
    expect(labels).toContain('Russia');
  });

  test('opens the Russia panel listing the NATO non-expansion demand with its sentence', async () => {
    await searchAndPick('Russia');
    expect(await page.textContent('#panel .panel-title')).toBe('Russia');
    const demands = page.locator('#panel .panel-section[data-relation="demands"] .panel-item');
    const items = await demands.evaluateAll((nodes) =>
      nodes.map((n) => ({
        position: n.querySelector('.item-head .node-link')?.textContent ?? '',
        sentences: [...n.querySelectorAll('.evidence-text')].map((s) => s.textContent ?? ''),
      })),
    );
    const expansion = items.find((i) => /expan|enlarg|eastward/i.test(i.position));
    expect(expansion, `demands listed: ${items.map((i) => i.position).join('; ')}`).toBeDefined();
    expect(expansion?.sentences.some((s) => s.includes('NATO will not further expand eastward'))).toBe(true);
    await screenshot(page, '02-russia-panel');
  });

  test('moves the camera to the node it picks', async () => {
    const before = await page.evaluate(() => location.hash);
    await searchAndPick('Russia');
    await page.waitForFunction((previous) => location.hash !== previous && location.hash.includes('camera='), before);
    const camera = await page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('camera'));
    expect(Number(camera?.split(',')[2])).toBeLessThan(1);
  });
});

describe('evidence', () => {
  test('opens the article with the clicked sentence highlighted', async () => {
    await searchAndPick('Russia');
    const evidence = page.locator('#panel .evidence').filter({ hasText: 'NATO will not further expand eastward' }).first();
    await evidence.click();
    const highlighted = page.locator('#article-view .sentence.highlighted');
    await highlighted.waitFor();
    expect(await highlighted.textContent()).toContain('NATO will not further expand eastward');
    expect(await page.textContent('#article-view .article-title')).toBe('Prospects dim as US Russia prepare to meet over Ukraine');
    await screenshot(page, '03-article-view');
  });
});

describe('filters', () => {
  test('unchecking a relation hides its edges and updates the counts', async () => {
    const before = await visibleCounts(page);
    const demandsCount = Number(await page.textContent('#filters .check-row[data-relation="demands"] .count'));
    expect(demandsCount).toBeGreaterThan(0);
    await hideOverlays();
    const inkBefore = await countInkPixels(page);
    await page.uncheck('#filters .check-row[data-relation="demands"] input');
    const after = await visibleCounts(page);
    expect(after.edges).toBe(before.edges - demandsCount);
    expect(await countInkPixels(page)).toBeLessThan(inkBefore);
    await page.waitForFunction(() => location.hash.includes('relation='));
    await screenshot(page, '04-filter-no-demands');
  });

  test('a node kind filter hides those nodes and their edges', async () => {
    await page.uncheck('#filters .check-row:has-text("Response") input');
    const after = await visibleCounts(page);
    const responses = await page.evaluate(async () => {
      const graph = await (await fetch('api/graph')).json();
      return graph.nodes.filter((n: { attributes: { kind: string } }) => n.attributes.kind !== 'response').length;
    });
    expect(after.nodes).toBeLessThanOrEqual(responses);
  });

  test.for([
    ['a relation filter', async () => page.uncheck('#filters .check-row[data-relation="demands"] input')],
    ['an actor filter', async () => page.selectOption('#filters select[name="actor"]', 'actor:russia')],
    ['a date range', async () => page.fill('#filters input[name="from"]', '2025-01-01').then(() => page.dispatchEvent('#filters input[name="from"]', 'change'))],
  ] as const)('%s shows what the API returns for the same filters', async ([, apply]) => {
    await apply();
    const href = (await page.getAttribute('#export a[data-format="gexf"]', 'href')) as string;
    const query = href.slice(href.indexOf('?'));
    expect(query.length).toBeGreaterThan(1);
    const api = await page.evaluate(async (q) => {
      const graph = await (await fetch(`api/graph${q}`)).json();
      return { nodes: graph.nodes.length as number, edges: graph.edges.length as number };
    }, query);
    expect(await visibleCounts(page)).toEqual(api);
  });

  test('the export links carry the filters of the view', async () => {
    await page.uncheck('#filters .check-row[data-relation="meets"] input');
    const href = await page.getAttribute('#export a[data-format="gexf"]', 'href');
    expect(href).toMatch(/^api\/export\.gexf\?relation=/);
    expect(href).not.toContain('meets');
    const response = await page.evaluate(async (url) => {
      const r = await fetch(url as string);
      return { status: r.status, body: (await r.text()).slice(0, 400) };
    }, href);
    expect(response.status).toBe(200);
    expect(response.body).toContain('<gexf');
  });
});

describe('the URL', () => {
  test('reproduces selection and filters when opened again', async () => {
    await searchAndPick('Russia');
    await page.uncheck('#filters .check-row[data-relation="targets"] input');
    await page.waitForFunction(() => location.hash.includes('relation=') && location.hash.includes('node='));
    const link = page.url();
    const other = await browser.context.newPage();
    try {
      await openExplorer(other, link);
      await other.waitForSelector('#panel:not([hidden]) .panel-title');
      expect(await other.textContent('#panel .panel-title')).toBe('Russia');
      expect(await other.isChecked('#filters .check-row[data-relation="targets"] input')).toBe(false);
      expect(await other.isChecked('#filters .check-row[data-relation="demands"] input')).toBe(true);
    } finally {
      await other.close();
    }
  });
});

describe('adding an article', () => {
  test('adds its actors to the graph without a reload', async () => {
    const before = await visibleCounts(page);
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    await page.click('#add-article summary');
    await page.fill('#add-article textarea', readFileSync(join(CORPUS_DIR, POSTED_LATER), 'utf8'));
    await page.click('#add-article button[type="submit"]');
    const message = page.locator('#add-article .form-message.ok');
    await message.waitFor({ timeout: 30_000 });
    const text = (await message.locator('.added-summary').textContent()) ?? '';
    const actors = /New actors: (.+)\.$/.exec(text)?.[1]!.split(', ') ?? [];
    expect(actors.length, text).toBeGreaterThan(0);
    const after = await visibleCounts(page);
    expect(after.nodes).toBeGreaterThan(before.nodes);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await page.fill('.search-input', actors[0]!);
    await page.waitForSelector('.search-option');
    expect(await page.$$eval('.search-option .search-label', (items) => items.map((i) => i.textContent))).toContain(actors[0]);
    await screenshot(page, '05-article-added');
  });

  test('shows why a malformed article was refused, inline', async () => {
    await page.click('#add-article summary');
    await page.fill('#add-article textarea', 'A title\nnot a date\nhttps://example.org\nA paragraph.');
    await page.click('#add-article button[type="submit"]');
    const error = page.locator('#add-article .form-message.error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/line 2|date/i);
    await screenshot(page, '06-article-error');
  });

  test('an article carrying <script> and <img onerror> runs nothing and shows the text literally', async () => {
    await page.click('#add-article summary');
    await page.fill('#add-article textarea', INJECTION_ARTICLE);
    await page.click('#add-article button[type="submit"]');
    const message = page.locator('#add-article .form-message.ok');
    await message.waitFor({ timeout: 30_000 });
    expect(await message.textContent()).toContain('<script>window.__kgPwned = "title"');

    const id = await page.evaluate(async () => {
      const list = await (await fetch('api/articles?limit=1000')).json();
      return list.items.find((a: { title: string }) => a.title.includes('<script>')).id as string;
    });
    await page.selectOption('#filters select[name="article"]', id);
    expect(await page.$eval('#filters select[name="article"]', (s) => (s as HTMLSelectElement).selectedOptions[0]!.textContent)).toContain('<script>');
    // A node the article gave an edge to (which one depends on the extractor), its panel with every "Show more" open.
    const label = await page.evaluate(async (articleId) => {
      const detail = await (await fetch(`api/articles/${articleId}`)).json();
      const source = detail.edges.items[0].source as string;
      return (await (await fetch(`api/nodes/${encodeURIComponent(source)}`)).json()).attributes.label as string;
    }, id);
    await searchAndPick(label);
    while (await page.locator('#panel .evidence-more').count()) await page.locator('#panel .evidence-more').first().click();
    const evidence = page.locator(`#panel .evidence[data-article="${id}"]`).first();
    await evidence.waitFor();
    expect(await evidence.textContent()).toMatch(/<img src=x onerror=|<script>/);
    await evidence.click();
    await page.locator('#article-view .sentence.highlighted').waitFor();
    expect(await page.textContent('#article-view .article-title')).toContain('<script>window.__kgPwned');
    expect(await page.textContent('#article-view .article-text')).toContain('<img src=x onerror=');
    await screenshot(page, '07-injection-article');

    expect(await page.locator('#panel img, #article-view img, #panel script, #article-view script, #add-article script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __kgPwned?: unknown }).__kgPwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });
});

describe('export', () => {
  test('PNG downloads an image of the view', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export button[data-format="png"]')]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const file = await download.path();
    const bytes = readFileSync(file);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5000);
  });
});
