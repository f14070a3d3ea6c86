import { test, expect } from './fixtures';
import { clickToolbarButton, openPopupFor, tabIdOf } from './harness';
import { openLibrary, saveFromPopup, shownImages, snapshot } from './library-helpers';

test('saving from the popup puts the article in the library, where it opens and is found by search', async ({ ext, site }) => {
  const page = await ext.context.newPage();
  const url = `${site.origin}/article-fr.html`;
  await page.goto(url);
  await clickToolbarButton(ext, page);
  const popup = await openPopupFor(ext, await tabIdOf(ext, page));
  await popup.locator('[data-action="save"]').click();
  await expect(popup.locator('[data-action="save"]')).toHaveAttribute('data-state', 'saved');

  const libraryOpened = ext.context.waitForEvent('page');
  await popup.locator('[data-action="open-library"]').click();
  const library = await libraryOpened;
  const item = library.locator(`[data-library-item][data-url="${url}"]`);
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Le Quotidien Numérique');

  await library.locator('[data-library-search]').fill('gigafactory Douvrin');
  await expect(item).toHaveCount(1);
  await library.locator('[data-library-search]').fill('gigafac');
  await expect(item).toHaveCount(1);
  await library.locator('[data-library-search]').fill('mot-absent-de-la-bibliothèque');
  await expect(item).toHaveCount(0);
  await library.locator('[data-library-search]').fill('');

  await item.locator('[data-action="open"]').click();
  await expect(library.locator('[data-reader-article]')).toContainText('Le chantier doit démarrer en juin');
});

test('a saved article opens with the network cut, its images shown from the library', async ({ ext, site }) => {
  const url = `${site.origin}/article-fr.html`;
  await saveFromPopup(ext, url);
  const library = await openLibrary(ext);
  const stored = await snapshot(library);
  expect(stored.images.map((image) => image.url)).toEqual([`${site.origin}/img/usine.svg`]);

  await ext.context.setOffline(true);
  await library.reload();
  await library.locator(`[data-library-item][data-url="${url}"] [data-action="open"]`).click();
  await expect(library.locator('[data-reader-article]')).toContainText('Le chantier doit démarrer en juin');
  const images = await shownImages(library);
  expect(images.length).toBeGreaterThan(0);
  for (const image of images) {
    expect(image.src.startsWith('data:image/svg+xml')).toBe(true);
    expect(image.shown).toBe(true);
  }
});

test('saving the same address again updates the article instead of adding one', async ({ ext, site }) => {
  const url = `${site.origin}/article-fr.html`;
  await saveFromPopup(ext, url);
  const library = await openLibrary(ext);
  const first = await snapshot(library);
  await saveFromPopup(ext, `${url}#section-2`);
  const second = await snapshot(library);
  expect(second.articles).toHaveLength(1);
  expect(second.articles[0]!.id).toBe(first.articles[0]!.id);
  expect(second.articles[0]!.savedAt > first.articles[0]!.savedAt).toBe(true);
  expect(second.images).toHaveLength(1);
});

test('an open library page shows an article saved meanwhile, without a reload', async ({ ext, site }) => {
  const library = await openLibrary(ext);
  await expect(library.locator('[data-library-item]')).toHaveCount(0);
  const url = `${site.origin}/article-fr.html`;
  await saveFromPopup(ext, url);
  await expect(library.locator(`[data-library-item][data-url="${url}"]`)).toHaveCount(1);
  await library.locator('[data-library-search]').fill('Douvrin');
  await expect(library.locator(`[data-library-item][data-url="${url}"]`)).toHaveCount(1);
});

test('search follows a re-saved article, also after a reload that reads the kept index back', async ({ ext }) => {
  const library = await openLibrary(ext);
  const save = (text: string) => library.evaluate((text) => chrome.runtime.sendMessage({
    type: 'library/save-article',
    article: {
      isArticle: true, url: 'https://resave.example/story', title: 'Resaved story', byline: null, siteName: 'Resave',
      publishedTime: null, lang: 'en', dir: 'ltr', excerpt: null, leadImage: null, html: `<p>${text}</p>`, text,
      wordCount: 3, readingMinutes: 1, keyFigures: [],
    },
  }), text);
  const item = library.locator('[data-library-item][data-url="https://resave.example/story"]');
  const search = library.locator('[data-library-search]');
  await save('walrus migration report');
  await search.fill('walrus');
  await expect(item).toHaveCount(1);
  await library.reload();
  await library.waitForFunction(() => performance.getEntriesByName('lisible-library-search-ready').length > 0);
  await save('penguin colony census');
  for (const reloaded of [false, true]) {
    if (reloaded) await library.reload();
    await search.fill('penguin');
    await expect(item).toHaveCount(1);
    await search.fill('walrus');
    await expect(item).toHaveCount(0);
  }
});
