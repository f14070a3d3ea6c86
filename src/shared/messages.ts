import browser from 'webextension-polyfill';
import type { Article, KeyFigure } from '../core/types';
import type { Reply } from './reply';

/**
 * The one message protocol between the extension's worlds. Each direction has
 * its own union, and each request type maps to the type of its answer.
 */

/** What the popup and the toolbar need to know about a page: the article's metadata and figures, without its body. */
export interface PageSummary extends Pick<Article,
  'isArticle' | 'title' | 'siteName' | 'byline' | 'publishedTime' | 'lang' | 'dir' | 'readingMinutes' | 'keyFigures'> {
  /** False when no main content could be found at all. */
  hasContent: boolean;
  readerOpen: boolean;
}

/** Popup, library, reader page → background. */
export type BackgroundRequest =
  | { type: 'page/summary'; tabId: number }
  | { type: 'reader/toggle'; tabId: number }
  | { type: 'library/save-tab'; tabId: number }
  | { type: 'library/save-article'; article: Article }
  | { type: 'library/open' }
  | { type: 'reader/article-for-frame' }
  | { type: 'reader/show-figure'; tabId: number; figure: KeyFigure }
  /** From the auto-open script: the page at the sender's address is in place (loaded, or reached by history navigation). */
  | { type: 'auto/page-ready' }
  /** Settings changed: register the content scripts and release host access to match. */
  | { type: 'auto/apply-settings' };

export interface BackgroundResponses {
  'page/summary': PageSummary;
  'reader/toggle': { open: boolean };
  'library/save-tab': { id: string };
  'library/save-article': { id: string };
  'library/open': null;
  /** `focus`: a figure the reader asked to see, to scroll to once the article is shown. */
  'reader/article-for-frame': { tabId: number; article: Article; focus: KeyFigure | null };
  'reader/show-figure': { open: boolean };
  'auto/page-ready': { open: boolean };
  /** The domains the auto-open script now runs on. */
  'auto/apply-settings': { domains: string[] };
}

/** Background → the extension's pages (a broadcast: each page keeps what concerns it). */
export type PageEvent = { type: 'reader/focus-figure'; tabId: number; figure: KeyFigure };

/** Background and reader frame → content script of a tab. */
export type ContentRequest =
  | { type: 'content/reader-state' }
  | { type: 'content/article' }
  | { type: 'content/toggle-reader'; open?: boolean }
  | { type: 'content/reader-rendered' }
  | { type: 'content/close-reader' };

export interface ContentResponses {
  'content/reader-state': { readerOpen: boolean };
  'content/article': Article | null;
  'content/toggle-reader': { open: boolean };
  'content/reader-rendered': null;
  'content/close-reader': null;
}

export { reply, type Reply } from './reply';

export async function sendToBackground<R extends BackgroundRequest>(request: R): Promise<BackgroundResponses[R['type']]> {
  return unwrap(await browser.runtime.sendMessage(request) as Reply<BackgroundResponses[R['type']]> | undefined);
}

export async function sendToContent<R extends ContentRequest>(tabId: number, request: R): Promise<ContentResponses[R['type']]> {
  return unwrap(await browser.tabs.sendMessage(tabId, request, { frameId: 0 }) as Reply<ContentResponses[R['type']]> | undefined);
}

function unwrap<T>(reply: Reply<T> | undefined): T {
  if (!reply) throw new Error('No answer from the other side of the extension.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
