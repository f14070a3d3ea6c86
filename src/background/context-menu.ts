import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';

export const MENU_TOGGLE_READER = 'lisible-toggle-reader';
export const MENU_SAVE = 'lisible-save';

export function registerContextMenu(): void {
  browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: MENU_TOGGLE_READER, title: t('menuToggleReader'), contexts: ['page'] });
    browser.contextMenus.create({ id: MENU_SAVE, title: t('menuSave'), contexts: ['page'] });
  });
}
