import { extractArticle } from '../core/extract-article';
import type { Article } from '../core/types';

/** Reads the page once per URL: the popup, the reader view and a save share one extraction. */
export class PageReader {
  private cache: { url: string; article: Article | null } | null = null;

  constructor(private readonly win: Window & typeof globalThis) {}

  article(): Article | null {
    const url = this.win.location.href;
    if (this.cache?.url !== url) {
      this.cache = { url, article: extractArticle(this.win.document, { url, window: this.win }) };
    }
    return this.cache.article;
  }
}
