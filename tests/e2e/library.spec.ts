import { test, expect } from './fixtures';
import { clickToolbarButton, openPopupFor, tabIdOf } from './harness';

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

  await library.locator('[data-library-search]').fill('gigafactory Douvrin');
  await expect(item).toHaveCount(1);
  await library.locator('[data-library-search]').fill('mot-absent-de-la-bibliothèque');
  await expect(item).toHaveCount(0);
  await library.locator('[data-library-search]').fill('');

  await item.locator('[data-action="open"]').click();
  await expect(library.locator('[data-reader-article]')).toContainText('Le chantier doit démarrer en juin');
});
