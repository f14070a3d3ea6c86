import browser from 'webextension-polyfill';
import { sendToContent, type BackgroundRequest, type BackgroundResponses } from '../shared/messages';
import { ensureContentScript } from './inject-content';
import { saveTab, toggleReader } from './tab-actions';
import { saveToLibrary } from './save-article';

type Handled = BackgroundResponses[BackgroundRequest['type']];

export async function handleRequest(request: BackgroundRequest, sender: browser.Runtime.MessageSender): Promise<Handled> {
  switch (request.type) {
    case 'page/summary':
      await ensureContentScript(request.tabId);
      return sendToContent(request.tabId, { type: 'content/summary' });
    case 'reader/toggle':
      return toggleReader(request.tabId);
    case 'library/save-tab':
      return saveTab(request.tabId);
    case 'library/save-article': {
      if (!request.article.url) throw new Error('the article has no address to save it under');
      return saveToLibrary(request.article, request.article.url, sender.tab?.id);
    }
    case 'library/open':
      await browser.tabs.create({ url: browser.runtime.getURL('src/library/index.html') });
      return null;
    case 'reader/article-for-frame': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('the reader view is not inside a tab');
      const article = await sendToContent(tabId, { type: 'content/article' });
      if (!article) throw new Error('no article was found on this page');
      return { tabId, article };
    }
  }
}
