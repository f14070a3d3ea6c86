import { readArticle } from '../core/read-article';
import type { Article } from '../core/types';
import type { PageSummary } from '../shared/messages';

/** Reads the page once per URL: the popup, the reader view and a save share one extraction. */
export class PageReader {
  private cache: { url: string; article: Article | null } | null = null;

  constructor(private readonly win: Window & typeof globalThis) {}

  article(): Article | null {
    const url = this.win.location.href;
    if (this.cache?.url !== url) {
      this.cache = { url, article: readArticle(this.win.document, { url, window: this.win }) };
    }
    return this.cache.article;
  }

  summary(readerOpen: boolean): PageSummary {
    const article = this.article();
    return {
      isArticle: article?.isArticle ?? false,
      hasContent: article !== null,
      title: article?.title || this.win.document.title,
      siteName: article?.siteName ?? this.win.location.hostname,
      byline: article?.byline ?? null,
      publishedTime: article?.publishedTime ?? null,
      lang: article?.lang ?? null,
      dir: article?.dir ?? 'ltr',
      readingMinutes: article?.readingMinutes ?? 0,
      keyFigures: article?.keyFigures ?? [],
      readerOpen,
    };
  }
}
