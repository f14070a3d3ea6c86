import type { Article } from './types';
import { extractArticle, type ReadOptions } from './extract-article';
import { findKeyFigures } from './figures/find-key-figures';

export type { ReadOptions } from './extract-article';

// Key figures come from the article's opening; the finder's work grows faster
// than the text, so huge pages are read only this far.
const MAX_FIGURE_TEXT = 60_000;

/** The article with its key figures, best first. */
export function withKeyFigures(article: Article): Article {
  return { ...article, keyFigures: findKeyFigures(article.text.slice(0, MAX_FIGURE_TEXT), article.lang) };
}

/** Everything the CLI and the extension's pages need from one page. Returns null when no content is found. */
export function readArticle(doc: Document, options: ReadOptions): Article | null {
  const article = extractArticle(doc, options);
  return article && withKeyFigures(article);
}
