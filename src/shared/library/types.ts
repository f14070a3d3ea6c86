import type { Article, KeyFigure, TextDirection } from '../../core/types';

/** What the library list needs about an article: small, so 10,000 of them load fast. */
export interface ArticleMeta {
  id: string;
  url: string;
  title: string;
  siteName: string | null;
  byline: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: TextDirection;
  excerpt: string | null;
  leadImage: string | null;
  isArticle: boolean;
  wordCount: number;
  readingMinutes: number;
  firstFigure: KeyFigure | null;
  /** ISO date of the last save. */
  savedAt: string;
  read: boolean;
  /** Images of the article that could not be stored for offline reading. */
  missingImages: number;
}

/** The heavy part, read only when an article is opened or exported. */
export interface ArticleContent {
  id: string;
  html: string;
  text: string;
  keyFigures: KeyFigure[];
}

/** Folded words of an article, space-delimited on both ends, for the library's search. */
export interface ArticleTerms {
  id: string;
  terms: string;
}

export interface StoredImage {
  articleId: string;
  /** The image's address as written in the article's HTML. */
  url: string;
  blob: Blob;
}

/** An article as kept in the library. */
export interface SavedArticle extends Omit<Article, 'url'> {
  id: string;
  url: string;
  savedAt: string;
  read: boolean;
  missingImages: number;
}

/** A saved article with everything needed to show it offline or move it to another profile. */
export interface FullArticle {
  article: SavedArticle;
  images: { url: string; blob: Blob }[];
}
