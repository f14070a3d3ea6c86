/** Data shapes produced by the core. Everything here is plain data (structured-clone safe). */

export type TextDirection = 'ltr' | 'rtl';

/** A number stated in the article, normalised. */
export interface KeyFigure {
  /** Magnitude with scale applied: "10 Md$" → 10000000000. */
  value: number;
  /** ISO 4217 code, '%', 'pp', 'x', 'rank', 'points', an SI-style unit, or a lowercase English plural noun. */
  unit: string;
  /** Exact substring of the text the figure was read from. */
  raw: string;
  /** Short phrase saying what the figure measures, in the article's language. */
  label: string;
  /** True when the text hedges the value (about, environ, plus de…). */
  approx: boolean;
  /** Character offset of `raw` in the text the figures were read from. */
  offset: number;
}

/** Metadata and main content found in a page, before sanitizing. */
export interface ExtractedContent {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: TextDirection;
  excerpt: string | null;
  leadImage: string | null;
  /** Main content, an element of a detached working copy of the page; untrusted until sanitized. */
  content: Element;
}

/** What the reader view, the popup, the library and the CLI consume. */
export interface Article {
  isArticle: boolean;
  url: string | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: TextDirection;
  excerpt: string | null;
  leadImage: string | null;
  /** Sanitized article HTML: safe to insert into an extension-owned document. */
  html: string;
  /** Plain text, paragraphs separated by blank lines. */
  text: string;
  wordCount: number;
  readingMinutes: number;
  keyFigures: KeyFigure[];
}

/**
 * The parts of a window the core needs to parse and sanitize HTML: the page's
 * window in the content script, a jsdom or linkedom window in Node.
 */
export type DomWindow = Pick<typeof globalThis,
  'DocumentFragment' | 'HTMLTemplateElement' | 'Node' | 'Element' | 'NodeFilter' | 'NamedNodeMap' | 'HTMLFormElement' | 'DOMParser'
> & { document: Document };
