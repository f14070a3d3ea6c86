import type { Article, DomWindow } from './types';
import { extractContent } from './extract/extract-content';
import { isArticle } from './detect/is-article';
import { sanitizeArticle } from './sanitize';
import { htmlToText } from './text/html-to-text';
import { readingStats } from './text/reading-time';
import { pageUrl } from './extract/page-url';
import { readPageFacts } from './dom/page-facts';

export interface ReadOptions {
  /** The page's URL, used to make links and images absolute. */
  url?: string | null;
  /** A window whose DOM implementation sanitizes and parses (the page's, or linkedom's in Node). */
  window: DomWindow;
  /** Language to read the text in when the caller knows better than the page. */
  lang?: string | null;
  /** The document is the caller's to give away: extraction rewrites it instead of a copy (see ExtractOptions). */
  disposable?: boolean;
}

/**
 * The article of a page without its key figures (`keyFigures` is empty), or null
 * when no content is found. The content script stops here: figures are found
 * outside the page (withKeyFigures in read-article.ts), which keeps the injected script small.
 */
export function extractArticle(doc: Document, options: ReadOptions): Article | null {
  const url = options.url ?? null;
  const base = pageUrl(doc, url);
  // Detection and metadata both read the meta tags and JSON-LD: once for the two.
  const facts = readPageFacts(doc);
  const article = isArticle(doc, base, facts);
  const content = extractContent(doc, { url: base, isArticle: article, facts, disposable: options.disposable ?? false });
  if (!content) return null;
  const body = sanitizeArticle(content.content, options.window);
  const html = body.innerHTML;
  const text = htmlToText(body);
  return {
    isArticle: article,
    url,
    title: content.title,
    byline: content.byline,
    siteName: content.siteName,
    publishedTime: content.publishedTime,
    lang: options.lang || content.lang,
    dir: content.dir,
    excerpt: content.excerpt,
    leadImage: content.leadImage,
    html,
    text,
    ...readingStats(text),
    keyFigures: [],
  };
}
