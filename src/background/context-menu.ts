import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';

export const MENU_TOGGLE_READER = 'lisible-toggle-reader';

export function registerContextMenu(): void {
  browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({ id: MENU_TOGGLE_READER, title: t('menuToggleReader'), contexts: ['page'] }));
}
