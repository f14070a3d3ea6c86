import { test, expect } from './fixtures';
import { clickToolbarButton, tabIdOf, openPopupFor } from './harness';

test('the toolbar click refuses the demo consent prompt, hides it and gives scrolling back', async ({ ext, site }) => {
  const page = await ext.context.newPage();
  await page.goto(`${site.origin}/article-fr.html`);
  await page.locator('#didomi-popup').waitFor();
  await expect(page.locator('body')).toHaveClass(/didomi-popup-open/);

  await clickToolbarButton(ext, page);
  await openPopupFor(ext, await tabIdOf(ext, page));
  await page.bringToFront();

  await expect(page.locator('html')).toHaveAttribute('data-demo-consent', 'refused');
  await expect(page.locator('#didomi-popup')).toBeHidden();
  expect(await page.evaluate(() => getComputedStyle(document.body).overflowY)).not.toBe('hidden');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.mouse.move(640, 450);
  await page.mouse.wheel(0, 900);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});
