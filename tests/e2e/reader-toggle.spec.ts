import { test, expect } from './fixtures';
import { clickToolbarButton, openPopupFor, pressEscapeClosingView, readerFrame, tabIdOf } from './harness';

test('the popup opens the reader view over the page and closing it leaves the page as it was', async ({ ext, site }) => {
  const page = await ext.context.newPage();
  await page.goto(`${site.origin}/article-fr.html`);
  await page.locator('#didomi-popup').waitFor();
  await clickToolbarButton(ext, page);
  const tabId = await tabIdOf(ext, page);
  // The toolbar click deals with the consent prompt; the page as the reader then sees it is the reference.
  await expect(page.locator('html')).toHaveAttribute('data-demo-consent', 'refused');
  await page.evaluate(() => window.scrollTo(0, 400));
  const before = await page.evaluate(() => ({ html: document.documentElement.outerHTML, y: window.scrollY }));

  const popup = await openPopupFor(ext, tabId);
  await popup.locator('[data-action="toggle-reader"]').click();
  const frame = await readerFrame(page);
  await expect(frame.locator('[data-reader-article]')).toContainText('Voltaria a annoncé mardi avoir réuni 2,4 milliards d’euros');
  await expect(frame.locator('[data-reader-article]')).not.toContainText('Je m’inscris');
  await expect(frame.locator('h1')).toHaveText(/Voltaria lève 2,4 milliards/);
  await expect(page.locator('[data-reader-root]')).toBeVisible();

  await popup.locator('[data-action="toggle-reader"]').click();
  await expect(page.locator('[data-reader-root]')).toHaveCount(0);
  const after = await page.evaluate(() => ({ html: document.documentElement.outerHTML, y: window.scrollY }));
  expect(after.html).toBe(before.html);
  expect(after.y).toBe(before.y);
});

test('Escape in the reader view closes it', async ({ ext, site }) => {
  const page = await ext.context.newPage();
  await page.goto(`${site.origin}/article-fr.html`);
  await clickToolbarButton(ext, page);
  const popup = await openPopupFor(ext, await tabIdOf(ext, page));
  await popup.locator('[data-action="toggle-reader"]').click();
  const frame = await readerFrame(page);
  await page.bringToFront();
  await expect(frame.locator('main')).toBeFocused();
  await pressEscapeClosingView(page);
});
