import type { Article, DomWindow } from './types';
import { extractContent } from './extract/extract-content';
import { isArticle } from './detect/is-article';
import { sanitizeArticleHtml } from './sanitize';
import { htmlToText } from './text/html-to-text';
import { countWords, readingMinutes } from './text/reading-time';
import { findKeyFigures } from './figures/find-key-figures';

export interface ReadOptions {
  /** The page's URL, used to make links and images absolute. */
  url?: string | null;
  /** A window whose DOM implementation sanitizes and parses (the page's, or jsdom's in Node). */
  window: DomWindow;
}

/** Everything the extension and the CLI need from one page. Returns null when no content is found. */
export function readArticle(doc: Document, options: ReadOptions): Article | null {
  const url = options.url ?? null;
  const article = isArticle(doc, url);
  const content = extractContent(doc, { url, isArticle: article });
  if (!content) return null;
  const html = sanitizeArticleHtml(content.contentHtml, options.window);
  // An inert document: nothing in it loads or runs.
  const inert = new options.window.DOMParser().parseFromString(html, 'text/html');
  const text = htmlToText(inert.body);
  return {
    isArticle: article,
    url,
    title: content.title,
    byline: content.byline,
    siteName: content.siteName,
    publishedTime: content.publishedTime,
    lang: content.lang,
    dir: content.dir,
    excerpt: content.excerpt,
    leadImage: content.leadImage,
    html,
    text,
    wordCount: countWords(text),
    readingMinutes: readingMinutes(text),
    keyFigures: findKeyFigures(text, content.lang),
  };
}
