import browser from 'webextension-polyfill';

/** A message from _locales in the browser's language; the key itself if it is missing, so a gap shows. */
export function t(key: string, ...substitutions: (string | number)[]): string {
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}

/** The browser's UI language, for number and date formats. */
export function uiLocale(): string {
  return browser.i18n.getUILanguage();
}
