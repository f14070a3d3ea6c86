import browser from 'webextension-polyfill';

/**
 * The tab the popup is about: `?tabId=N` when the popup is opened as a page
 * (then it is itself the active tab), else the active tab of its window.
 */
export async function targetTabId(search: string): Promise<number> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  return tab.id;
}
