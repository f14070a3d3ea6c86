import { test, expect } from './fixtures';
import { clickToolbarButton, openPopupFor, readerFrame, tabIdOf } from './harness';
import { axeScan } from './axe';

test('the popup summarises an article: title, site, reading time and key figures', async ({ ext, site }) => {
  const page = await ext.context.newPage();
  await page.goto(`${site.origin}/article-fr.html`);
  await clickToolbarButton(ext, page);
  const popup = await openPopupFor(ext, await tabIdOf(ext, page));

  await expect(popup.locator('h1')).toHaveText('Batteries : Voltaria lève 2,4 milliards d’euros pour sa gigafactory des Hauts-de-France');
  await expect(popup.locator('.site')).toHaveText('Le Quotidien Numérique');
  await expect(popup.locator('.meta')).toContainText('Claire Marchand');
  await expect(popup.locator('[data-not-article]')).toHaveCount(0);
  const figures = popup.locator('[data-key-figures] li');
  // The headline amount of the article comes first.
  await expect(figures.first()).toHaveAttribute('data-value', '2400000000');
  await expect(figures.first()).toHaveAttribute('data-unit', 'EUR');
  expect(await figures.count()).toBeLessThanOrEqual(8);
  for (const li of await figures.all()) {
    expect(Number(await li.getAttribute('data-value'))).toBeGreaterThan(0);
    // ISO currency, %, pp, x, or a unit/noun: never an empty or free-text unit.
    expect(await li.getAttribute('data-unit')).toMatch(/^([A-Z]{3}|%|pp|x|[A-Za-z][A-Za-z0-9/]*( [a-z]+)?)$/);
  }
  await expect(popup.locator('[data-action="toggle-reader"]')).toBeVisible();
  await expect(popup.locator('[data-action="save"]')).toBeVisible();
  await expect(popup.locator('[data-action="open-library"]')).toBeVisible();
});

test('the popup says plainly when the page is not an article and offers the reader view anyway', async ({ ext, site }) => {
  const page = await ext.context.newPage();
  await page.goto(`${site.origin}/`);
  await clickToolbarButton(ext, page);
  const popup = await openPopupFor(ext, await tabIdOf(ext, page));

  await expect(popup.locator('[data-not-article]')).toBeVisible();
  await expect(popup.locator('[data-key-figures]')).toHaveCount(0);
});

test('axe finds no accessibility violation in the popup', async ({ ext, site }) => {
  const page = await ext.context.newPage();
  await page.goto(`${site.origin}/article-fr.html`);
  await clickToolbarButton(ext, page);
  const popup = await openPopupFor(ext, await tabIdOf(ext, page));
  const { violations, checkedNodes } = await axeScan(popup);
  expect(violations).toEqual([]);
  expect(checkedNodes).toBeGreaterThan(10);
});

test('clicking a key figure opens the reader view at its sentence, highlighted', async ({ ext, site }) => {
  const page = await ext.context.newPage();
  await page.goto(`${site.origin}/article-fr.html`);
  await clickToolbarButton(ext, page);
  const popup = await openPopupFor(ext, await tabIdOf(ext, page));
  const first = popup.locator('[data-key-figures] li').first();
  const raw = await first.getAttribute('title');
  await first.locator('button').click();
  const frame = await readerFrame(page);
  await expect.poll(() => frame.evaluate(() => {
    const highlight = CSS.highlights.get('lisible-figure');
    return highlight ? [...highlight][0]?.toString() ?? '' : '';
  })).toContain(raw!);
  // The reader view lists the same figures in its side panel.
  const count = await popup.locator('[data-key-figures] li').count();
  await page.bringToFront();
  const button = frame.locator('[data-action="figures"]');
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(frame.locator('[data-key-figures] li')).toHaveCount(count);
});

test('the toolbar button hides the consent prompt and opens the real popup, on every click', async ({ ext, site }) => {
  const page = await ext.context.newPage();
  await page.goto(`${site.origin}/article-fr.html`);
  await page.locator('#didomi-popup').waitFor();
  const cdp = await ext.context.browser()!.newBrowserCDPSession();
  const popups = async () => {
    const { targetInfos } = await cdp.send('Target.getTargets') as { targetInfos: { targetId: string; type: string; url: string }[] };
    return targetInfos.filter((t) => t.type === 'page' && t.url === `chrome-extension://${ext.id}/src/popup/index.html`);
  };

  await clickToolbarButton(ext, page);
  await expect(page.locator('#didomi-popup')).toBeHidden();
  await expect.poll(async () => (await popups()).length).toBe(1);
  const [popup] = await popups();

  // Closed, the popup opens again on the next click in the same tab.
  await cdp.send('Target.closeTarget', { targetId: popup!.targetId });
  await expect.poll(async () => (await popups()).length).toBe(0);
  await clickToolbarButton(ext, page);
  await expect.poll(async () => (await popups()).length).toBe(1);
  await cdp.detach();
});
