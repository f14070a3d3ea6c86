import browser from 'webextension-polyfill';
import { sendToContent } from '../shared/messages';
import { saveToLibrary } from './save-article';
import { ensureContentScript } from './inject-content';

export async function toggleReader(tabId: number, open?: boolean): Promise<{ open: boolean }> {
  await ensureContentScript(tabId);
  return sendToContent(tabId, open === undefined ? { type: 'content/toggle-reader' } : { type: 'content/toggle-reader', open });
}

export async function saveTab(tabId: number): Promise<{ id: string }> {
  await ensureContentScript(tabId);
  const article = await sendToContent(tabId, { type: 'content/article' });
  if (!article) throw new Error('no article was found on this page');
  const url = article.url ?? (await browser.tabs.get(tabId)).url;
  if (!url) throw new Error('the page has no address to save it under');
  return saveToLibrary(article, url, tabId);
}
