import browser, { type Tabs } from 'webextension-polyfill';
import { injectAtUserAction } from './inject-content';

const POPUP = browser.runtime.getManifest().action?.default_popup;

/**
 * The toolbar click reaches the worker first, so the consent prompt goes before
 * the popup opens. Chromium starts loading an action popup only after showing
 * the button in the toolbar (about 270 ms after the click when the button is not
 * pinned), and the popup's own request comes some 50 ms later still: waiting for
 * it kept the prompt on screen over 300 ms. Here the content script (consent
 * first, extraction only when asked) is injected at the click, and the popup is
 * opened by the worker.
 *
 * The manifest keeps its popup: it is the address the popup is opened at as a
 * tab, and what a click opens if this has not run yet (the popup then injects
 * through its summary request, as before).
 */
export function registerActionClick(): void {
  if (!POPUP) return;
  // With no popup set, a click fires onClicked instead of opening it.
  void browser.action.setPopup({ popup: '' });
  browser.action.onClicked.addListener(openPopupAfterConsent);
}

function openPopupAfterConsent(tab: Tabs.Tab): void {
  const tabId = tab.id;
  if (tabId === undefined || !POPUP) return;
  // Pages the extension cannot script (the browser's own) still get the popup, which says so.
  injectAtUserAction(tabId).catch(report);
  // All three calls start in the click's turn: Firefox opens a popup only from
  // within a user action's handler. The tab's own popup lets openPopup find one;
  // it is cleared once open, so the next click comes here again. When opening
  // fails it stays set, and the next click opens the popup directly.
  void browser.action.setPopup({ tabId, popup: POPUP });
  browser.action.openPopup({ windowId: tab.windowId })
    .then(() => browser.action.setPopup({ tabId, popup: '' }))
    .catch(report);
}

function report(error: unknown): void {
  console.warn('Lisible:', error instanceof Error ? error.message : error);
}
