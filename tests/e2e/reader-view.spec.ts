import { test, expect } from './fixtures';
import { openReaderView, pressEscapeClosingView } from './harness';
import { axeScan } from './axe';

test('nothing from a hostile page runs in the view, reads it, or covers it', async ({ ext, pages }) => {
  const page = await ext.context.newPage();
  await page.goto(`${pages.origin}/hostile.html`);
  const frame = await openReaderView(ext, page);
  const article = frame.locator('[data-reader-article]');
  await expect(article).toContainText('Members will vote on the revised budget next month');

  // Give every handler and the page's polling script time to try.
  await frame.locator('details summary').click();
  await page.waitForTimeout(600);
  await expect(page.locator('html')).not.toHaveAttribute('data-view-pwned', /.*/);
  await expect(page.locator('html')).toHaveAttribute('data-view-read', 'blocked');
  await expect(article).not.toHaveText('DEFACED');

  const leftovers = await frame.evaluate(() => {
    const root = document.querySelector('[data-reader-article]')!;
    return {
      scripts: root.querySelectorAll('script').length,
      frames: root.querySelectorAll('iframe, object, embed').length,
      forms: root.querySelectorAll('form, input, button').length,
      handlers: Array.from(root.querySelectorAll('*')).flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on'))),
      jsLinks: Array.from(root.querySelectorAll('a')).filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length,
      externalLinksNewTab: Array.from(root.querySelectorAll('a[href^="http"]')).every((a) => a.getAttribute('target') === '_blank' && /noopener/.test(a.getAttribute('rel') ?? '')),
    };
  });
  expect(leftovers).toEqual({ scripts: 0, frames: 0, forms: 0, handlers: [], jsLinks: 0, externalLinksNewTab: true });

  // The page's CSS tries to hide the root and cover it: the view is still what is on top.
  const root = page.locator('[data-reader-root]');
  await expect(root).toBeVisible();
  const onTop = await page.evaluate(() => document.elementFromPoint(640, 450)?.hasAttribute('data-reader-root'));
  expect(onTop).toBe(true);
});

test('code keeps its whitespace, tables stay tables, lazy images are loaded', async ({ ext, pages }) => {
  const page = await ext.context.newPage();
  await page.goto(`${pages.origin}/rich.html`);
  const frame = await openReaderView(ext, page);
  const article = frame.locator('[data-reader-article]');
  const code = await article.locator('pre').nth(1).textContent();
  expect(code).toContain('def slowest(lines, n=20):\n    rows = [line.split() for line in lines]\n\n    return sorted(');
  expect(await article.locator('pre').first().evaluate((el) => getComputedStyle(el).overflowX)).toBe('auto');
  await expect(article.locator('table th')).toHaveText(['Endpoint', 'Median (ms)', 'p95 (ms)']);
  await expect(article.locator('table tbody tr')).toHaveCount(3);
  await expect(article.locator('figcaption')).toHaveText('Response times over a week.');
  const src = await article.locator('figure img').getAttribute('src');
  expect(src).toBe(`${pages.origin}/img/chart.png`);

  // A footnote reference leads to its note inside the view, and back.
  const reference = article.locator('sup a');
  expect(await reference.getAttribute('target')).toBeNull();
  await reference.click();
  await expect(article.locator('li:target')).toContainText('awk has been part of POSIX');
  await expect(article.locator('li:target')).toBeInViewport();
  await article.locator('li:target a').click();
  await expect(article.locator('a:target')).toHaveText('1');
});

test('a right-to-left article is shown right to left, in its language', async ({ ext, pages }) => {
  const page = await ext.context.newPage();
  await page.goto(`${pages.origin}/rtl.html`);
  const frame = await openReaderView(ext, page);
  const article = frame.locator('main > article');
  await expect(article).toHaveAttribute('dir', 'rtl');
  await expect(article).toHaveAttribute('lang', 'ar');
  await expect(frame.locator('[data-reader-article]')).toContainText('افتتحت البلدية يوم السبت مكتبة عامة جديدة');
});

test('display settings are usable by keyboard and persist across a reload', async ({ ext, site }) => {
  const page = await ext.context.newPage();
  await page.goto(`${site.origin}/article-fr.html`);
  let frame = await openReaderView(ext, page);
  await frame.locator('[data-action="settings"]').focus();
  await page.keyboard.press('Enter');
  await frame.locator('[data-setting="theme-dark"]').check();
  await frame.locator('[data-setting="font-sans"]').check();
  await frame.locator('[data-setting="font-larger"]').click();
  await frame.locator('[data-setting="width-56"]').check();
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await frame.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe('rgb(21, 23, 26)');

  await page.reload();
  frame = await openReaderView(ext, page);
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(frame.locator('html')).toHaveAttribute('data-font', 'sans');
  expect(await frame.evaluate(() => document.documentElement.style.getPropertyValue('--font-size'))).toBe('22px');
  expect(await frame.evaluate(() => document.documentElement.style.getPropertyValue('--content-width'))).toBe('56ch');
});

test('keys go to the view again when the page’s own window takes the focus back', async ({ ext, site }) => {
  const page = await ext.context.newPage();
  await page.goto(`${site.origin}/article-fr.html`);
  const frame = await openReaderView(ext, page);
  // As when the tab gets the focus back from a closed popup or tab, on a loaded machine.
  await page.evaluate(() => window.focus());
  await expect.poll(() => frame.evaluate(() => document.hasFocus())).toBe(true);
  await pressEscapeClosingView(page);
});

test('browser back closes the view and keeps the reader on the page', async ({ ext, site }) => {
  const page = await ext.context.newPage();
  const url = `${site.origin}/article-fr.html`;
  await page.goto(url);
  await openReaderView(ext, page);
  await page.goBack();
  await expect(page.locator('[data-reader-root]')).toHaveCount(0);
  expect(page.url()).toBe(url);
});

test('focus moves into the view on open, back to the page on close, and the page does not scroll meanwhile', async ({ ext, site }) => {
  const page = await ext.context.newPage();
  await page.goto(`${site.origin}/article-fr.html`);
  await page.locator('a[rel="author"]').focus();
  const frame = await openReaderView(ext, page);
  await expect(frame.locator('main')).toBeFocused();
  const y = await page.evaluate(() => window.scrollY);
  await page.evaluate(() => window.scrollBy(0, 500));
  await page.mouse.wheel(0, 800);
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => window.scrollY)).toBe(y);
  for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-reader-root'))).toBe(true);
  await pressEscapeClosingView(page);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('rel'))).toBe('author');
});

for (const theme of ['light', 'sepia', 'dark'] as const) {
  test(`axe finds no accessibility violation in the reader view (${theme} theme)`, async ({ ext, site }) => {
    await ext.worker.evaluate(async (chosen) => {
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...(settings as object), theme: chosen } });
    }, theme);
    const page = await ext.context.newPage();
    await page.goto(`${site.origin}/article-fr.html`);
    const frame = await openReaderView(ext, page);
    await frame.locator('[data-action="settings"]').click();
    const { violations, checkedNodes } = await axeScan(frame);
    expect(violations).toEqual([]);
    expect(checkedNodes).toBeGreaterThan(20);
  });
}

test('printing from the view prints the article alone, without the toolbar', async ({ ext, site }) => {
  const page = await ext.context.newPage();
  await page.goto(`${site.origin}/article-fr.html`);
  const frame = await openReaderView(ext, page);
  await frame.evaluate(() => { window.print = () => document.documentElement.setAttribute('data-printed', 'yes'); });
  await page.keyboard.press('Control+p');
  await expect(frame.locator('html')).toHaveAttribute('data-printed', 'yes');
  await page.emulateMedia({ media: 'print' });
  await expect(frame.locator('header.toolbar')).toBeHidden();
  await expect(frame.locator('[data-reader-article]')).toBeVisible();
});
