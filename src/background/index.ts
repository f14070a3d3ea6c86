import browser, { type Runtime } from 'webextension-polyfill';
import { reply, type BackgroundRequest, type BackgroundResponses } from '../shared/messages';
import { handleRequest } from './handle-request';
import { toggleReader, saveTab } from './tab-actions';
import { registerContextMenu, MENU_SAVE, MENU_TOGGLE_READER } from './context-menu';
import { registerAutoActivation } from './auto-activation';
import { registerActionClick } from './action-click';

browser.runtime.onInstalled.addListener(() => registerContextMenu());
registerAutoActivation();
registerActionClick();

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  reply<BackgroundResponses[BackgroundRequest['type']]>(() => handleRequest(message as BackgroundRequest, sender)));

browser.commands.onCommand.addListener(async (command, tab) => {
  if (tab?.id === undefined) return;
  if (command === 'toggle-reader') await toggleReader(tab.id).catch(report);
  if (command === 'save-article') await saveTab(tab.id).catch(report);
});

browser.contextMenus.onClicked.addListener(async (info, tab) => {
  if (tab?.id === undefined) return;
  if (info.menuItemId === MENU_TOGGLE_READER) await toggleReader(tab.id).catch(report);
  if (info.menuItemId === MENU_SAVE) await saveTab(tab.id).catch(report);
});

// Commands and menus have no UI to show an error in; the worker's console is where a developer looks.
function report(error: unknown): void {
  console.warn('Lisible:', error instanceof Error ? error.message : error);
}
