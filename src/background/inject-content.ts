import browser from 'webextension-polyfill';
import contentScript from '../content/index.iife.ts?script';

/**
 * Injects the content script into a tab the user acted on. Nothing is injected
 * anywhere else: there is no manifest content script. The script guards itself
 * against running twice in a page, so the toolbar click injects it without
 * asking first: the consent prompt goes one round trip sooner.
 */
export async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [contentScript] });
}

/** Waits between tries of a user action's injection: 300 ms in all, by when the popup injects too. */
const RETRY_MS = [20, 40, 80, 160];

/**
 * Injects at a user action (toolbar click, keyboard command, menu item). Under
 * load such an injection is sometimes refused ("Cannot access contents of the
 * page": 3 of about 70 clicks at load 8 on 2 cores) while the same injection a
 * moment later works: the activeTab grant seems to reach the page's process
 * after the injection does.
 */
export async function injectAtUserAction(tabId: number): Promise<void> {
  for (const wait of [...RETRY_MS, null]) {
    try {
      return await injectContentScript(tabId);
    } catch (error) {
      if (wait === null) throw error;
      await new Promise((done) => setTimeout(done, wait));
    }
  }
}

/**
 * The popup's and menus' requests come after the click has injected the
 * script: asking the page first spares it evaluating the whole file again.
 */
export async function ensureContentScript(tabId: number): Promise<void> {
  if (!(await isLoaded(tabId))) await injectContentScript(tabId);
}

async function isLoaded(tabId: number): Promise<boolean> {
  const [frame] = await browser.scripting.executeScript({
    target: { tabId },
    // Runs in the same isolated world as the content script, where its flag lives.
    func: () => (globalThis as typeof globalThis & { lisibleLoaded?: boolean }).lisibleLoaded === true,
  });
  return frame?.result === true;
}
