import browser from 'webextension-polyfill';
import { sendToContent, type BackgroundRequest, type BackgroundResponses } from '../shared/messages';
import { articleOfTab, saveTab, toggleReader } from './tab-actions';
import { summarize } from './summarize';
import { showFigure, takeFigureToShow } from './show-figure';
import { openIfArticle } from './auto-activation/open-if-article';
import { applySettings } from './auto-activation/apply-settings';
import { saveToLibrary } from './save-article';

type Handled = BackgroundResponses[BackgroundRequest['type']];

export async function handleRequest(request: BackgroundRequest, sender: browser.Runtime.MessageSender): Promise<Handled> {
  switch (request.type) {
    case 'page/summary': {
      const article = await articleOfTab(request.tabId);
      const { readerOpen } = await sendToContent(request.tabId, { type: 'content/reader-state' });
      return summarize(article, readerOpen, await browser.tabs.get(request.tabId));
    }
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
      const article = await articleOfTab(tabId);
      if (!article) throw new Error('no article was found on this page');
      return { tabId, article, focus: takeFigureToShow(tabId) };
    }
    case 'reader/show-figure':
      return showFigure(request.tabId, request.figure);
    case 'auto/page-ready':
      return openIfArticle(sender);
    case 'auto/apply-settings':
      return { domains: await applySettings() };
  }
}
