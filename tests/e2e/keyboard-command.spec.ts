import { test, expect } from '@playwright/test';
import { join } from 'node:path';
import { launchWithExtension, ROOT } from './harness';
import { serveFolder } from './serve';
import { hasX11Tools, startDisplay } from './x11';

const canPressKeys = hasX11Tools();
// In CI the tools are installed by .ci/run: their absence there is a failure, not a skip.
test.skip(!canPressKeys && !process.env.CI, 'needs Xvfb and xdotool (apt-get install xvfb xdotool)');

test('the keyboard command toggles the reader view on and off', async () => {
  const display = await startDisplay();
  const site = await serveFolder(join(ROOT, 'demo'));
  const ext = await launchWithExtension({ display: display.name });
  try {
    const shortcut = await ext.worker.evaluate(async () =>
      (await chrome.commands.getAll()).find((command) => command.name === 'toggle-reader')?.shortcut);
    expect(shortcut).toBe('Alt+Shift+L');

    const page = await ext.context.newPage();
    await page.goto(`${site.origin}/article-fr.html`);
    await page.locator('#didomi-popup').waitFor();
    await page.bringToFront();

    // The first open also refuses the consent prompt; the page after that is the reference.
    display.press('alt+shift+l');
    await expect(page.locator('[data-reader-root]')).toHaveAttribute('data-state', 'ready');
    await expect(page.locator('html')).toHaveAttribute('data-demo-consent', 'refused');
    display.press('alt+shift+l');
    await expect(page.locator('[data-reader-root]')).toHaveCount(0);
    const before = await page.evaluate(() => document.documentElement.outerHTML);

    display.press('alt+shift+l');
    await expect(page.locator('[data-reader-root]')).toHaveAttribute('data-state', 'ready');
    const frame = await (await page.locator('[data-reader-root]').elementHandle())!.contentFrame();
    await expect(frame!.locator('[data-reader-article]')).toContainText('Douvrin');

    display.press('alt+shift+l');
    await expect(page.locator('[data-reader-root]')).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  } finally {
    await ext.close();
    await site.close();
    display.close();
  }
});
