// The explorer against a server started with a write token (issue 10): the add-article form sends the token the
// analyst types, and says so when it is missing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openExplorer, screenshot, type BrowserSession } from './_browser.ts';
import { CORPUS_DIR, startServer, type RunningServer } from './_server.ts';

const POSTED_LATER = '20210414_6204569.txt';
let server: RunningServer;
let browser: BrowserSession;
let page: Page;
let before: number;

const articleCount = async (): Promise<number> => ((await (await fetch(new URL('api/stats', server.url))).json()) as { articles: number }).articles;

beforeAll(async () => {
  server = await startServer({ exclude: [POSTED_LATER], token: 'tok-3141' });
  before = await articleCount();
  browser = await launchBrowser();
  page = await browser.context.newPage();
  await openExplorer(page, server.url);
  await page.click('#add-article summary');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('adding an article to a server with a write token', () => {
  test('shows the server asks for its token when none is typed', async () => {
    await page.fill('#add-article textarea', readFileSync(join(CORPUS_DIR, POSTED_LATER), 'utf8'));
    await page.click('#add-article button[type="submit"]');
    const error = page.locator('#add-article .form-message.error');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.textContent()).toMatch(/write token/);
    expect(await articleCount()).toBe(before);
  });

  test('adds the article with the token typed in the form', async () => {
    await page.fill('#add-article input[name="token"]', 'tok-3141');
    await page.click('#add-article button[type="submit"]');
    await page.locator('#add-article .form-message.ok').waitFor({ timeout: 30_000 });
    await screenshot(page, '09-article-added-with-token');
    expect(await articleCount()).toBe(before + 1);
  });
});
