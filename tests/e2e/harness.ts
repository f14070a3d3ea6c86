import { chromium, expect, type BrowserContext, type Frame, type Page, type Worker } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Extension {
  context: BrowserContext;
  worker: Worker;
  id: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Unpacked extension folder; default dist/. */
  extensionDir?: string;
  /** Reuse a profile folder (for restart tests); default a fresh temporary one. */
  userDataDir?: string;
  headless?: boolean;
  /** An X display to run a headed browser on (see x11.ts). */
  display?: string;
}

/** Chromium with the built extension loaded, as the toolchain recipe says. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<Extension> {
  const extensionDir = options.extensionDir ?? join(ROOT, 'dist');
  const ownProfile = !options.userDataDir;
  const userDataDir = options.userDataDir ?? await mkdtemp(join(tmpdir(), 'lisible-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.display ? false : options.headless ?? !process.env.HEADED,
    ...(options.display ? { env: { ...process.env, DISPLAY: options.display } } : {}),
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
      '--enable-unsafe-extension-debugging',
      '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
  return {
    context,
    worker,
    id: new URL(worker.url()).host,
    close: async () => {
      await context.close();
      if (ownProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The browser's id for a page's tab, as the extension sees it. */
export async function tabIdOf(ext: Extension, page: Page): Promise<number> {
  await page.bringToFront();
  const url = page.url();
  const id = await ext.worker.evaluate(async (pageUrl) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === pageUrl)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

/** A real click on the toolbar button for this page's tab (CDP Extensions.triggerAction). */
export async function clickToolbarButton(ext: Extension, page: Page): Promise<void> {
  await page.bringToFront();
  const browser = ext.context.browser();
  const cdp = browser ? await browser.newBrowserCDPSession() : await ext.context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] }) as
    { targetInfos: { targetId: string; url: string }[] };
  const tab = targetInfos.find((target) => target.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  await cdp.send('Extensions.triggerAction', { id: ext.id, targetId: tab.targetId });
  await cdp.detach();
}

/** The popup for tab N, opened as an ordinary page (acceptance interface, section 3). */
export async function openPopupFor(ext: Extension, tabId: number): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.id}/src/popup/index.html?tabId=${tabId}`);
  await popup.locator('main[data-state="ready"]').waitFor();
  return popup;
}

/** The reader view's document, once the view says it is ready. */
export async function readerFrame(page: Page): Promise<Frame> {
  const root = page.locator('[data-reader-root][data-state="ready"]');
  await root.waitFor();
  const frame = await (await root.elementHandle())!.contentFrame();
  if (!frame) throw new Error('the reader root has no document');
  return frame;
}

/** Opens the reader view on a page as a user would: toolbar button, then the popup's action. */
export async function openReaderView(ext: Extension, page: Page): Promise<Frame> {
  await clickToolbarButton(ext, page);
  const popup = await openPopupFor(ext, await tabIdOf(ext, page));
  await popup.locator('[data-action="toggle-reader"]').click();
  await popup.close();
  await page.bringToFront();
  return readerFrame(page);
}

/**
 * Escape pressed in the open view, which closes on keydown and so removes the frame the
 * key went to. Chromium answers `keyboard.down` when that frame acknowledges the key; on a
 * loaded machine the frame can be removed before it does, and the answer then never comes.
 * The key is sent without waiting for that answer: the view's closing is the condition.
 */
export async function pressEscapeClosingView(page: Page): Promise<void> {
  void page.keyboard.down('Escape').catch(() => undefined);
  await expect(page.locator('[data-reader-root]')).toHaveCount(0);
  // The frame is gone: the keyup goes to the page.
  await page.keyboard.up('Escape');
}
