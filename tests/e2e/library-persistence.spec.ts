import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { launchWithExtension } from './harness';
import { openLibrary, saveFromPopup, shownImages, snapshot } from './library-helpers';

test('saved articles and settings survive a browser restart', async ({ site }) => {
  const profile = await mkdtemp(join(tmpdir(), 'lisible-profile-'));
  try {
    const url = `${site.origin}/article-fr.html`;
    let ext = await launchWithExtension({ userDataDir: profile });
    await saveFromPopup(ext, url);
    let library = await openLibrary(ext);
    await library.locator(`[data-library-item][data-url="${url}"] [data-action="toggle-read"]`).click();
    await expect(library.locator(`[data-library-item][data-url="${url}"]`)).toHaveAttribute('data-read', 'true');
    await library.evaluate(() => chrome.storage.sync.set({ settings: { version: 1, theme: 'sepia', fontSize: 24 } }));
    const before = await snapshot(library);
    await ext.context.close();

    ext = await launchWithExtension({ userDataDir: profile });
    try {
      library = await openLibrary(ext);
      expect(await snapshot(library)).toEqual(before);
      const item = library.locator(`[data-library-item][data-url="${url}"]`);
      await expect(item).toHaveAttribute('data-read', 'true');
      expect(await library.evaluate(() => chrome.storage.sync.get('settings'))).toMatchObject({ settings: { theme: 'sepia', fontSize: 24 } });

      await ext.context.setOffline(true);
      await item.locator('[data-action="open"]').click();
      await expect(library.locator('[data-reader-article]')).toContainText('Le chantier doit démarrer en juin');
      expect((await shownImages(library)).every((image) => image.shown)).toBe(true);
    } finally {
      await ext.context.close();
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
