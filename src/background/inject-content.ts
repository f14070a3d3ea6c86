import browser from 'webextension-polyfill';
import contentScript from '../content/index.iife.ts?script';

/**
 * Injects the content script into a tab the user acted on. Nothing is injected
 * anywhere else: there is no manifest content script. The script guards itself
 * against running twice in a page, so it is injected on every action without
 * asking first: the consent prompt goes one round trip sooner.
 */
export async function ensureContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [contentScript] });
}
