import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchWithExtension, openPopupFor, pressEscapeClosingView, readerFrame, ROOT, tabIdOf, type Extension } from './harness';
import { grantedCopy } from './granted-copy';
import { axeScan } from './axe';

// Pages are served under real news hostnames with context.route; the fixtures are written for these tests.
const FIXTURES = join(ROOT, 'tests/fixtures/auto-activation');
const ARTICLE_PATH = '/economie/article/2026/03/12/la-ville-de-lyon-teste-un-bus-a-hydrogene_6123456_3234.html';
const ARTICLE = `https://www.lemonde.fr${ARTICLE_PATH}`;
const HOMEPAGE = 'https://www.lemonde.fr/';
const SECTION = 'https://www.lemonde.fr/economie/';
const SEARCH = 'https://www.lemonde.fr/recherche/?search_keywords=hydrog%C3%A8ne';
const UNLISTED_ARTICLE = `https://www.journal-exemple.fr${ARTICLE_PATH}`;
/** Long enough for the auto-open script to have asked and the background to have answered. */
const DECISION_MS = 1500;

const test = base.extend<{ ext: Extension; granted: Extension }>({
  // The built extension as installed: no host access.
  ext: async ({}, use) => {
    const ext = await launchWithExtension();
    await serveNews(ext.context);
    await use(ext);
    await ext.close();
  },
  // A reader who granted the optional host access (acceptance interface, section 8).
  granted: async ({}, use) => {
    const copy = await grantedCopy();
    const ext = await launchWithExtension({ extensionDir: copy.dir });
    await serveNews(ext.context);
    await use(ext);
    await ext.close();
    await copy.remove();
  },
});

async function serveNews(context: BrowserContext): Promise<void> {
  await context.route(/^https:\/\/[^/]+\//, async (route) => {
    const { pathname } = new URL(route.request().url());
    const file = pathname === '/' ? 'homepage.html' : pathname === '/recherche/' ? 'search.html'
      : pathname.endsWith('.html') ? 'article.html' : pathname.endsWith('/') ? 'section.html' : null;
    if (!file) return route.fulfill({ status: 404, body: 'not found' });
    await route.fulfill({ contentType: 'text/html; charset=utf-8', body: await readFile(join(FIXTURES, file)) });
  });
}

async function openOptions(ext: Extension): Promise<Page> {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.id}/src/options/index.html`);
  await options.locator('main[data-state="ready"]').waitFor();
  return options;
}

/** Turns auto-activation on as a reader does, on the options page; resolves once it is in effect. */
async function turnOn(ext: Extension): Promise<void> {
  const options = await openOptions(ext);
  await options.locator('[data-setting="auto-activation"]').check();
  await expect(options.locator('[role="status"]')).not.toBeEmpty();
  await expect(options.locator('main')).toHaveAttribute('data-state', 'ready');
  await options.close();
}

/** Did the auto-open script run in this page (in the extension's isolated world, where it keeps its flag)? */
async function autoOpenRan(ext: Extension, page: Page): Promise<boolean> {
  const tabId = await tabIdOf(ext, page);
  return ext.worker.evaluate(async (id) => {
    const [probe] = await chrome.scripting.executeScript({
      target: { tabId: id },
      func: () => (globalThis as { lisibleAutoOpen?: boolean }).lisibleAutoOpen === true,
    });
    return probe?.result === true;
  }, tabId);
}

/** The match patterns the auto-open script is registered for. */
function registeredMatches(ext: Extension): Promise<string[]> {
  return ext.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((script) => script.matches ?? []));
}

async function expectStaysAsItIs(page: Page): Promise<void> {
  await page.waitForTimeout(DECISION_MS);
  await expect(page.locator('[data-reader-root]')).toHaveCount(0);
}

test('the built manifest grants no host permission at install and registers nothing', async ({ ext }) => {
  const manifest = JSON.parse(await readFile(join(ROOT, 'dist/manifest.json'), 'utf8')) as Record<string, unknown>;
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.content_scripts ?? []).toEqual([]);
  expect(manifest.optional_host_permissions).toBeDefined();
  const granted = await ext.worker.evaluate(async () => ({
    origins: (await chrome.permissions.getAll()).origins ?? [],
    scripts: await chrome.scripting.getRegisteredContentScripts(),
  }));
  expect(granted).toEqual({ origins: [], scripts: [] });

  // Off by default: an article on a listed site stays as it is.
  const page = await ext.context.newPage();
  await page.goto(ARTICLE);
  await expectStaysAsItIs(page);
});

test('an article on a listed site opens in the reader view with no click, after its consent prompt is refused', async ({ granted: ext }) => {
  await turnOn(ext);
  // In the page's own world: the order in which the prompt is refused and the view appears.
  await ext.context.addInitScript(() => {
    const order: string[] = [];
    (window as unknown as { lisibleTestOrder: string[] }).lisibleTestOrder = order;
    const note = (event: string, seen: boolean) => { if (seen && !order.includes(event)) order.push(event); };
    new MutationObserver(() => {
      note('consent refused', document.documentElement.getAttribute('data-fixture-consent') === 'refused');
      note('reader view', document.querySelector('[data-reader-root]') !== null);
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  const page = await ext.context.newPage();
  await page.goto(ARTICLE);
  const frame = await readerFrame(page);
  await expect(frame.locator('[data-reader-article]')).toContainText('un bus articulé alimenté par une pile à combustible');
  await expect(frame.locator('[data-reader-article]')).not.toContainText('Sur le même sujet');
  expect(await page.evaluate(() => (window as unknown as { lisibleTestOrder: string[] }).lisibleTestOrder))
    .toEqual(['consent refused', 'reader view']);
  await expect(page.locator('#didomi-host')).toHaveCount(0);
});

test('a consent prompt that shows after the view opened is refused under it', async ({ granted: ext }) => {
  await turnOn(ext);
  const page = await ext.context.newPage();
  await page.goto(`${ARTICLE}?late-consent`);
  await readerFrame(page);
  await expect(page.locator('html')).toHaveAttribute('data-fixture-consent', 'refused');
  await expect(page.locator('#didomi-host')).toHaveCount(0);
  await expect(page.locator('[data-reader-root]')).toBeVisible();
});

test('a homepage, a section front and a search page on a listed site stay as they are, an unlisted site too', async ({ granted: ext }) => {
  await turnOn(ext);
  const page = await ext.context.newPage();
  for (const url of [HOMEPAGE, SECTION, SEARCH]) {
    await page.goto(url);
    expect(await autoOpenRan(ext, page)).toBe(true);
    await expectStaysAsItIs(page);
  }
  await page.goto(UNLISTED_ARTICLE);
  expect(await autoOpenRan(ext, page)).toBe(false);
  await expectStaysAsItIs(page);
});

test('"Never on this site" in the popup wins over the list', async ({ granted: ext }) => {
  await turnOn(ext);
  const page = await ext.context.newPage();
  await page.goto(ARTICLE);
  await readerFrame(page);

  const popup = await openPopupFor(ext, await tabIdOf(ext, page));
  await popup.locator('[data-action="site-never"]').click();
  await expect(popup.locator('[data-action="site-never"]')).toHaveAttribute('aria-pressed', 'true');
  await popup.close();

  await page.reload();
  expect(await autoOpenRan(ext, page)).toBe(false);
  await expectStaysAsItIs(page);
  const options = await openOptions(ext);
  await expect(options.locator('[data-setting="never-domains"]')).toHaveValue('lemonde.fr');
  await expect(options.locator('[data-setting="auto-domains"]')).toHaveValue(/^lemonde\.fr$/m);
});

test('"Always open Lisible on this site" opens articles of an unlisted site with the list off', async ({ granted: ext }) => {
  const page = await ext.context.newPage();
  await page.goto(UNLISTED_ARTICLE);
  const popup = await openPopupFor(ext, await tabIdOf(ext, page));
  await popup.locator('[data-action="site-always"]').click();
  await expect(popup.locator('[data-action="site-always"]')).toHaveAttribute('aria-pressed', 'true');
  await popup.close();

  await page.reload();
  await expect((await readerFrame(page)).locator('[data-reader-article]')).toContainText('pile à combustible');
  await page.goto(ARTICLE);
  await expectStaysAsItIs(page);
});

test('an article reached by pushState opens; closed, it stays closed for the visit', async ({ granted: ext }) => {
  await turnOn(ext);
  const page = await ext.context.newPage();
  await page.goto(SECTION);
  await expectStaysAsItIs(page);

  await page.locator('.teaser a').first().click();
  await expect(page).toHaveURL(ARTICLE);
  const frame = await readerFrame(page);
  await expect(frame.locator('[data-reader-article]')).toContainText('pile à combustible');

  await frame.locator('main').focus();
  await pressEscapeClosingView(page);
  await page.evaluate(() => window.scrollBy(0, 200));
  await expectStaysAsItIs(page);
});

test('a site taken off the list on the options page stops opening, without a reload of the extension', async ({ granted: ext }) => {
  await turnOn(ext);
  const options = await openOptions(ext);
  const list = options.locator('[data-setting="auto-domains"]');
  const without = (await list.inputValue()).split('\n').filter((domain) => domain !== 'lemonde.fr').join('\n');
  await list.fill(without);
  await list.dispatchEvent('change');
  await expect.poll(() => registeredMatches(ext)).not.toContain('https://*.lemonde.fr/*');

  const page = await ext.context.newPage();
  await page.goto(ARTICLE);
  expect(await autoOpenRan(ext, page)).toBe(false);
  await expectStaysAsItIs(page);

  await list.fill(`${without}\nlemonde.fr`);
  await list.dispatchEvent('change');
  await expect.poll(() => registeredMatches(ext)).toContain('https://*.lemonde.fr/*');
  await page.reload();
  await readerFrame(page);
});

test('the news list exports as text and an imported list is added to it', async ({ granted: ext }) => {
  const options = await openOptions(ext);
  const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-action="export-domains"]').click()]);
  const exported = (await readFile(await download.path(), 'utf8')).split('\n');
  expect(exported).toContain('lemonde.fr');
  expect(exported).toContain('corriere.it');

  await options.locator('[data-action="import-domains"]').setInputFiles({
    name: 'sites.txt', mimeType: 'text/plain', buffer: Buffer.from('lemonde.fr\nhttps://www.journal-exemple.fr/\n'),
  });
  await expect(options.locator('[data-setting="auto-domains"]')).toHaveValue(/\njournal-exemple\.fr$/);
  await options.locator('[data-setting="auto-activation"]').check();
  await expect.poll(() => registeredMatches(ext)).toContain('https://*.journal-exemple.fr/*');

  const page = await ext.context.newPage();
  await page.goto(UNLISTED_ARTICLE);
  await readerFrame(page);
});

test('axe finds no accessibility violation on the options page, nor in the popup with the site rule', async ({ granted: ext }) => {
  const options = await openOptions(ext);
  const scan = await axeScan(options);
  expect(scan.violations).toEqual([]);

  const page = await ext.context.newPage();
  await page.goto(HOMEPAGE);
  const popup = await openPopupFor(ext, await tabIdOf(ext, page));
  await popup.locator('[data-action="site-never"]').waitFor();
  expect((await axeScan(popup)).violations).toEqual([]);
});
