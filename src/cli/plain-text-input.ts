import { findKeyFigures } from '../core/figures/find-key-figures';
import { readingStats } from '../core/text/reading-time';
import type { Article } from '../core/types';

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A .txt input is already the article text: no extraction, key figures only. */
export function readPlainText(raw: string, lang: string | null): Article {
  const text = raw.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n\n');
  const firstLine = text.split('\n')[0] ?? '';
  return {
    isArticle: true,
    url: null,
    title: firstLine.length <= 200 ? firstLine : '',
    byline: null,
    siteName: null,
    publishedTime: null,
    lang,
    dir: 'ltr',
    excerpt: null,
    leadImage: null,
    html: text.split('\n\n').map((p) => `<p>${escapeHtml(p)}</p>`).join(''),
    text,
    ...readingStats(text),
    keyFigures: findKeyFigures(text.slice(0, 60_000), lang),
  };
}
