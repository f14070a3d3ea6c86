import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axeScan } from './axe';
import { SQUARE_SVG, backupOf, importThroughPage, openLibrary, snapshot, type TestArticle } from './library-helpers';

const SITES = ['Zeta Daily', 'Alpha Post', 'Mid Times'];

/** 60 articles over three sites; article n was saved on day n and published on day 60 - n. */
function articles(): TestArticle[] {
  return Array.from({ length: 60 }, (_, n) => ({
    id: `page-${n}`, url: `https://site${n % 3}.example/story-${n}`, title: `Story ${n}`, siteName: SITES[n % 3]!,
    text: n === 7 ? 'The lighthouse keeper counted 412 ships.' : `Ordinary report number ${n}.`,
    savedAt: new Date(Date.UTC(2025, 0, 1 + n)).toISOString(),
    publishedTime: new Date(Date.UTC(2024, 0, 60 - n)).toISOString(),
    images: n === 59 ? [{ url: 'https://site2.example/square.svg', type: 'image/svg+xml', data: SQUARE_SVG }] : [],
  }));
}

async function filledLibrary(page: Page | null, open: () => Promise<Page>): Promise<Page> {
  const folder = await mkdtemp(join(tmpdir(), 'lisible-page-'));
  const file = join(folder, 'backup.json');
  await writeFile(file, backupOf(articles()));
  const library = page ?? await open();
  await importThroughPage(library, file);
  await rm(folder, { recursive: true, force: true });
  return library;
}

const titles = (library: Page) => library.locator('[data-library-item] [data-action="open"]').allTextContents();

test('the list shows title, site, dates, reading time and first figure, 50 at a time', async ({ ext }) => {
  const library = await filledLibrary(null, () => openLibrary(ext));
  await expect(library.locator('.count')).toHaveText('60 articles');
  const items = library.locator('[data-library-item]');
  await expect(items).toHaveCount(50);
  const first = items.first();
  await expect(first.locator('[data-action="open"]')).toHaveText('Story 59');
  await expect(first).toContainText('Mid Times');
  await expect(first).toContainText('1 min read');
  await expect(first).toContainText('42 jobs');
  await expect(first).toContainText('saved');
  await library.locator('[data-action="show-more"]').click();
  await expect(items).toHaveCount(60);
});

test('sorting by date saved, date published and site, and filtering by site', async ({ ext }) => {
  const library = await filledLibrary(null, () => openLibrary(ext));
  expect((await titles(library)).slice(0, 3)).toEqual(['Story 59', 'Story 58', 'Story 57']);
  await library.locator('[data-library-sort]').selectOption('published');
  await expect(library.locator('[data-library-item]').first()).toContainText('Story 0');
  expect((await titles(library)).slice(0, 3)).toEqual(['Story 0', 'Story 1', 'Story 2']);
  await library.locator('[data-library-sort]').selectOption('site');
  await expect(library.locator('[data-library-item]').first()).toContainText('Alpha Post');
  expect((await titles(library)).slice(0, 2)).toEqual(['Story 58', 'Story 55']);

  await library.locator('[data-library-site]').selectOption('Zeta Daily');
  await expect(library.locator('.count')).toHaveText('20 articles');
  for (const text of await library.locator('[data-library-item] .meta').allTextContents()) expect(text).toContain('Zeta Daily');

  // Search and site filter combine.
  await library.locator('[data-library-site]').selectOption('Alpha Post');
  await library.locator('[data-library-search]').fill('lighthouse');
  await expect(library.locator('[data-library-item]')).toHaveCount(1);
  await expect(library.locator('[data-library-item]')).toHaveAttribute('data-url', 'https://site1.example/story-7');
  await library.locator('[data-library-site]').selectOption('Zeta Daily');
  await expect(library.locator('[data-library-item]')).toHaveCount(0);
});

test('mark read and unread, kept after a reload', async ({ ext }) => {
  const library = await filledLibrary(null, () => openLibrary(ext));
  const item = library.locator('[data-library-item][data-url="https://site1.example/story-58"]');
  await item.locator('[data-action="toggle-read"]').click();
  await expect(item).toHaveAttribute('data-read', 'true');
  await expect(item.locator('[data-action="toggle-read"]')).toHaveText('Mark as unread');
  await library.reload();
  await expect(item).toHaveAttribute('data-read', 'true');
  await item.locator('[data-action="toggle-read"]').click();
  await expect(item).toHaveAttribute('data-read', 'false');
});

test('delete with undo brings the article back whole, images included', async ({ ext }) => {
  const library = await filledLibrary(null, () => openLibrary(ext));
  const before = await snapshot(library);
  const item = library.locator('[data-library-item][data-url="https://site2.example/story-59"]');
  await item.locator('[data-action="delete"]').click();
  await expect(item).toHaveCount(0);
  await expect(library.locator('[data-library-notice]')).toHaveText('“Story 59” deleted.');
  expect((await snapshot(library)).articles).toHaveLength(59);
  // Focus goes to Undo, so the keyboard gets there at once.
  await expect(library.locator('[data-action="undo"]')).toBeFocused();
  await library.keyboard.press('Enter');
  await expect(item).toHaveCount(1);
  expect(await snapshot(library)).toEqual(before);

  await item.locator('[data-action="delete"]').click();
  await expect(library.locator('[data-action="undo"]')).toBeVisible();
  await library.reload();
  await expect(library.locator('.count')).toHaveText('59 articles');
});

test('the page is usable with the keyboard alone and every control has a name', async ({ ext }) => {
  const library = await filledLibrary(null, () => openLibrary(ext));
  const unnamed = await library.evaluate(() => Array.from(document.querySelectorAll('input, select, button, a'))
    .filter((el) => !(el as HTMLElement).innerText?.trim() && !el.getAttribute('aria-label') && !el.closest('label'))
    .map((el) => el.outerHTML.slice(0, 80)));
  expect(unnamed).toEqual([]);
  await library.locator('[data-library-search]').focus();
  await library.keyboard.type('lighthouse');
  await expect(library.locator('[data-library-item]')).toHaveCount(1);
  // Tab through to the article's link and open it with Enter.
  for (let i = 0; i < 30; i++) {
    await library.keyboard.press('Tab');
    if (await library.evaluate(() => document.activeElement?.getAttribute('data-action') === 'open')) break;
  }
  await library.keyboard.press('Enter');
  await expect(library.locator('[data-reader-article]')).toContainText('The lighthouse keeper counted 412 ships.');
});

test('a library written by the first version of the schema is migrated and opens', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.id}/src/options/index.html`);
  await page.evaluate(() => new Promise<void>((resolve, reject) => {
    const request = indexedDB.open('lisible-library', 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('articles', { keyPath: 'id' });
      store.createIndex('url', 'url', { unique: true });
      store.createIndex('savedAt', 'savedAt');
      store.put({
        id: 'v1-article', url: 'https://old.example/story', title: 'Saved by version one', byline: null, siteName: 'Old Site',
        publishedTime: null, lang: 'en', dir: 'ltr', excerpt: null, leadImage: null, isArticle: true,
        html: '<p>Kept through the upgrade.</p>', text: 'Kept through the upgrade.', wordCount: 4, readingMinutes: 1,
        keyFigures: [], savedAt: '2024-05-01T08:00:00.000Z', read: true,
      });
    };
    request.onsuccess = () => { request.result.close(); resolve(); };
    request.onerror = () => reject(request.error);
  }));
  const library = await openLibrary(ext);
  const item = library.locator('[data-library-item][data-url="https://old.example/story"]');
  await expect(item).toHaveAttribute('data-read', 'true');
  await library.locator('[data-library-search]').fill('upgrade');
  await expect(item).toHaveCount(1);
  await item.locator('[data-action="open"]').click();
  await expect(library.locator('[data-reader-article]')).toContainText('Kept through the upgrade.');
});

test('axe finds no accessibility violation on the library page, with a selection and a notice shown', async ({ ext }) => {
  const library = await filledLibrary(null, () => openLibrary(ext));
  await library.locator('[data-library-item] input[type="checkbox"]').first().check();
  await library.locator('[data-library-item][data-url="https://site1.example/story-58"] [data-action="toggle-read"]').click();
  await expect(library.locator('[data-library-notice]')).toBeVisible();
  const scan = await axeScan(library);
  expect(scan.violations).toEqual([]);
  expect(scan.checkedNodes).toBeGreaterThan(100);
});
