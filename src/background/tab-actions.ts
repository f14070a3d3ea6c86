import browser from 'webextension-polyfill';
import { sendToContent } from '../shared/messages';
import { withKeyFigures } from '../core/read-article';
import type { Article } from '../core/types';
import { saveToLibrary } from './save-article';
import { ensureContentScript } from './inject-content';

export async function toggleReader(tabId: number, open?: boolean): Promise<{ open: boolean }> {
  await ensureContentScript(tabId);
  return sendToContent(tabId, open === undefined ? { type: 'content/toggle-reader' } : { type: 'content/toggle-reader', open });
}

/** The tab's article with its key figures: the content script extracts, the figures are found here. */
export async function articleOfTab(tabId: number): Promise<Article | null> {
  await ensureContentScript(tabId);
  const article = await sendToContent(tabId, { type: 'content/article' });
  return article && withKeyFigures(article);
}

export async function saveTab(tabId: number): Promise<{ id: string }> {
  const article = await articleOfTab(tabId);
  if (!article) throw new Error('no article was found on this page');
  const url = article.url ?? (await browser.tabs.get(tabId)).url;
  if (!url) throw new Error('the page has no address to save it under');
  return saveToLibrary(article, url, tabId);
}
