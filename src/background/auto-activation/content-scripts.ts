import browser, { type Scripting } from 'webextension-polyfill';
import contentScript from '../../content/index.iife.ts?script';
import autoOpenScript from '../../content/auto.iife.ts?script';
import { originPatterns } from '../../shared/site-rules';

const SCRIPT_ID = 'lisible-auto-open';

/**
 * Runs the content script, then the auto-open script, on every page of these
 * domains (subdomains included) except the carved-out ones. The content script
 * is the one a toolbar click injects: it sets the flag the click checks, so the
 * page is read once whichever came first. document_end: the DOM is there to
 * read and the reader view covers the page before its images and ads load.
 */
export async function registerAutoOpen(domains: readonly string[], carvedOut: readonly string[]): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (domains.length === 0) {
    if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  const script: Scripting.RegisteredContentScript = {
    id: SCRIPT_ID,
    matches: domains.flatMap(originPatterns),
    ...(carvedOut.length > 0 ? { excludeMatches: carvedOut.flatMap(originPatterns) } : {}),
    js: [contentScript, autoOpenScript],
    runAt: 'document_end',
    allFrames: false,
    persistAcrossSessions: true,
  };
  if (registered.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}
