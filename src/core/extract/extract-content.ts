import { Readability } from '@mozilla/readability';
import type { ExtractedContent, TextDirection } from '../types';
import { findConsentContainers } from '../consent/consent-containers';

/**
 * Finds the main content and metadata of a page. Works on a clone: Readability
 * mutates the document it is given, and the live page must stay untouched.
 */
export function extractContent(doc: Document): ExtractedContent | null {
  const clone = doc.cloneNode(true) as Document;
  for (const el of findConsentContainers(clone)) el.remove();
  const parsed = new Readability(clone, { charThreshold: 300 }).parse();
  if (!parsed || !parsed.content) return null;
  const lang = parsed.lang || doc.documentElement.getAttribute('lang') || null;
  return {
    title: parsed.title ?? doc.title ?? '',
    byline: parsed.byline ?? null,
    siteName: parsed.siteName ?? null,
    publishedTime: parsed.publishedTime ?? null,
    lang,
    dir: toDirection(parsed.dir ?? doc.documentElement.getAttribute('dir')),
    excerpt: parsed.excerpt ?? null,
    leadImage: doc.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? null,
    contentHtml: parsed.content,
  };
}

function toDirection(value: string | null | undefined): TextDirection {
  return value?.toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
}
