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
