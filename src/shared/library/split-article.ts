import type { ArticleContent, ArticleMeta, ArticleTerms, SavedArticle } from './types';
import { searchTerms } from './search-terms';

/** The three records a saved article is kept as: list row, body, search terms. */
export function splitArticle(article: SavedArticle): { meta: ArticleMeta; content: ArticleContent; terms: ArticleTerms } {
  const { html, text, keyFigures, ...rest } = article;
  return {
    meta: {
      id: rest.id, url: rest.url, title: rest.title, siteName: rest.siteName, byline: rest.byline,
      publishedTime: rest.publishedTime, lang: rest.lang, dir: rest.dir, excerpt: rest.excerpt, leadImage: rest.leadImage,
      isArticle: rest.isArticle, wordCount: rest.wordCount, readingMinutes: rest.readingMinutes,
      firstFigure: keyFigures[0] ?? null, savedAt: rest.savedAt, read: rest.read, missingImages: rest.missingImages,
    },
    content: { id: article.id, html, text, keyFigures },
    terms: { id: article.id, terms: searchTerms([article.title, article.siteName ?? '', article.byline ?? '', text]) },
  };
}

export function joinArticle(meta: ArticleMeta, content: ArticleContent): SavedArticle {
  const { firstFigure: _, ...rest } = meta;
  return { ...rest, html: content.html, text: content.text, keyFigures: content.keyFigures };
}
