import type { ExtractResult } from './extract-file';
import { toMarkdown } from './markdown';

export type Format = 'json' | 'markdown' | 'html' | 'text';

/** The JSON object of section 6 of the acceptance interface, in its field order. */
export function toJson(result: ExtractResult): Record<string, unknown> {
  if ('error' in result) return { file: result.file, error: result.error };
  const a = result.article;
  return {
    file: result.file,
    isArticle: a.isArticle,
    title: a.title,
    byline: a.byline,
    siteName: a.siteName,
    publishedTime: a.publishedTime,
    lang: a.lang,
    dir: a.dir,
    excerpt: a.excerpt,
    text: a.text,
    html: a.html,
    wordCount: a.wordCount,
    readingMinutes: a.readingMinutes,
    keyFigures: a.keyFigures.map(({ value, unit, raw, label, approx }) => ({ value, unit, raw, label, approx })),
    ms: Math.round(result.ms * 100) / 100,
  };
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Renders one successful result in the requested format. */
export function render(result: ExtractResult, format: Format): string {
  if (format === 'json' || 'error' in result) return `${JSON.stringify(toJson(result), null, 2)}\n`;
  const a = result.article;
  if (format === 'text') return `${a.title ? `${a.title}\n\n` : ''}${a.text}\n`;
  if (format === 'markdown') return toMarkdown(a.html, a.title);
  const lang = a.lang ? ` lang="${escapeHtml(a.lang)}"` : '';
  return `<!doctype html>\n<html${lang} dir="${a.dir}">\n<head><meta charset="utf-8"><title>${escapeHtml(a.title)}</title></head>\n<body><article>\n${a.title ? `<h1>${escapeHtml(a.title)}</h1>\n` : ''}${a.html}\n</article></body>\n</html>\n`;
}
