import browser, { type Runtime } from 'webextension-polyfill';
import { reply, type BackgroundRequest, type BackgroundResponses } from '../shared/messages';
import { handleRequest } from './handle-request';
import { toggleReader, saveTab } from './tab-actions';
import { registerContextMenu, MENU_SAVE, MENU_TOGGLE_READER } from './context-menu';
import { registerAutoActivation } from './auto-activation';
import { registerActionClick } from './action-click';
import { injectAtUserAction } from './inject-content';

browser.runtime.onInstalled.addListener(() => registerContextMenu());
registerAutoActivation();
registerActionClick();

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  reply<BackgroundResponses[BackgroundRequest['type']]>(() => handleRequest(message as BackgroundRequest, sender)));

// As at the toolbar click, the script is injected at the user's action, where a refused injection is retried.
browser.commands.onCommand.addListener(async (command, tab) => {
  const tabId = tab?.id;
  if (tabId === undefined) return;
  if (command === 'toggle-reader') await injectAtUserAction(tabId).then(() => toggleReader(tabId)).catch(report);
  if (command === 'save-article') await injectAtUserAction(tabId).then(() => saveTab(tabId)).catch(report);
});

browser.contextMenus.onClicked.addListener(async (info, tab) => {
  const tabId = tab?.id;
  if (tabId === undefined) return;
  if (info.menuItemId === MENU_TOGGLE_READER) await injectAtUserAction(tabId).then(() => toggleReader(tabId)).catch(report);
  if (info.menuItemId === MENU_SAVE) await injectAtUserAction(tabId).then(() => saveTab(tabId)).catch(report);
});

// Commands and menus have no UI to show an error in; the worker's console is where a developer looks.
function report(error: unknown): void {
  console.warn('Lisible:', error instanceof Error ? error.message : error);
}
