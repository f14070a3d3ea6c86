import browser from 'webextension-polyfill';
import contentScript from '../content/index.iife.ts?script';

/**
 * Injects the content script into a tab the user acted on, once per page.
 * Nothing is injected anywhere else: there is no manifest content script.
 */
export async function ensureContentScript(tabId: number): Promise<void> {
  const [probe] = await browser.scripting.executeScript({
    target: { tabId },
    func: () => (globalThis as { lisibleLoaded?: boolean }).lisibleLoaded === true,
  });
  if (probe?.result === true) return;
  await browser.scripting.executeScript({ target: { tabId }, files: [contentScript] });
}
