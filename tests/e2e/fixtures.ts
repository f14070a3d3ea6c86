import { test as base } from '@playwright/test';
import { join } from 'node:path';
import { launchWithExtension, ROOT, type Extension } from './harness';
import { serveFolder, type Served } from './serve';

/** Tests get Chromium with the extension, and the demo site and test pages served on 127.0.0.1. */
export const test = base.extend<{ ext: Extension }, { site: Served; pages: Served }>({
  site: [async ({}, use) => {
    const site = await serveFolder(join(ROOT, 'demo'));
    await use(site);
    await site.close();
  }, { scope: 'worker' }],
  /** Pages written for the tests: hostile content, code and tables, right-to-left text. */
  pages: [async ({}, use) => {
    const pages = await serveFolder(join(ROOT, 'tests/fixtures/pages'));
    await use(pages);
    await pages.close();
  }, { scope: 'worker' }],
  ext: async ({}, use) => {
    const ext = await launchWithExtension();
    await use(ext);
    await ext.close();
  },
});

export { expect } from '@playwright/test';
