import { absolute } from './resolve-urls';
import { webAddress } from './page-url';
import { readPageFacts, type PageFacts } from '../dom/page-facts';
import { jsonLdItems, jsonLdTypes } from '../dom/json-ld';

/** Metadata a page declares about itself: JSON-LD first, then Open Graph and meta tags. */
export interface DeclaredMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  excerpt: string | null;
  leadImage: string | null;
  lang: string | null;
  dir: string | null;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPE = /article|posting|report|review|webpage/i;

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return text(value[0]);
  return null;
}

function nameOf(value: unknown): string | null {
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => Boolean(n));
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') return text((value as Json).name);
  return text(value);
}

function imageOf(value: unknown): string | null {
  if (Array.isArray(value)) return imageOf(value[0]);
  if (value && typeof value === 'object') return text((value as Json).url) ?? text((value as Json).contentUrl);
  return text(value);
}

/** The JSON-LD object describing the page's main item, if it is article-like. */
function jsonLdArticle(jsonLd: unknown[]): Json | null {
  const found = jsonLdItems(jsonLd).filter((item) => jsonLdTypes(item).some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t)));
  // A real article entry beats a generic WebPage one.
  return found.find((r) => !/^webpage$/i.test(String(r['@type']))) ?? found[0] ?? null;
}

function absoluteOrNull(value: string | null, base: URL | null): string | null {
  return value === null ? null : absolute(value, base);
}

export function readMetadata(doc: Document, pageUrl: string | null = null, facts: PageFacts = readPageFacts(doc)): DeclaredMetadata {
  const ld = jsonLdArticle(facts.jsonLd);
  const { tags } = facts;
  // Relative URLs resolve against the given address, else the document's own.
  const base = webAddress(pageUrl) ?? webAddress(doc.baseURI);
  const publisher = ld?.publisher;
  const html = doc.documentElement;
  return {
    title: text(ld?.headline) ?? tags.content('og:title', 'twitter:title'),
    byline: nameOf(ld?.author) ?? tags.content('author', 'article:author', 'parsely-author', 'dc.creator'),
    siteName: tags.content('og:site_name') ?? nameOf(publisher) ?? tags.content('application-name'),
    publishedTime: text(ld?.datePublished) ?? tags.content('article:published_time', 'datePublished', 'date', 'dc.date', 'parsely-pub-date'),
    excerpt: tags.content('og:description', 'description', 'twitter:description') ?? text(ld?.description),
    leadImage: absoluteOrNull(tags.content('og:image', 'og:image:url', 'twitter:image') ?? imageOf(ld?.image), base),
    lang: html?.getAttribute('lang')?.trim() || tags.content('og:locale', 'content-language')?.replace('_', '-') || null,
    dir: html?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? null,
  };
}
