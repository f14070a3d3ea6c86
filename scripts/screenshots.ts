// npm run screenshots: the reader view of the demo article in each theme, and the popup, for the README.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { clickToolbarButton, launchWithExtension, openPopupFor, openReaderView, ROOT, tabIdOf } from '../tests/e2e/harness';
import { serveFolder } from '../tests/e2e/serve';

const out = join(ROOT, 'docs/screenshots');
mkdirSync(out, { recursive: true });
const site = await serveFolder(join(ROOT, 'demo'));
const ext = await launchWithExtension();
const url = `${site.origin}/article-fr.html`;

for (const theme of ['light', 'sepia', 'dark'] as const) {
  await ext.worker.evaluate(async (chosen) => {
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...(settings as object), theme: chosen } });
  }, theme);
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.goto(url);
  await page.waitForTimeout(600);
  await openReaderView(ext, page);
  await page.screenshot({ path: join(out, `reader-${theme}.png`) });
  await page.close();
}

const page = await ext.context.newPage();
await page.goto(url);
await page.waitForTimeout(600);
await clickToolbarButton(ext, page);
const popup = await openPopupFor(ext, await tabIdOf(ext, page));
await popup.setViewportSize({ width: 360, height: 520 });
await popup.locator('main').screenshot({ path: join(out, 'popup.png') });

await ext.close();
await site.close();
console.log(`Screenshots written to ${out}`);
