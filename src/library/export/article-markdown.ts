import TurndownService from 'turndown';
import type { SavedArticle } from '../../shared/library-store';
import { formatDate } from '../../shared/format-date';
import { t } from '../../shared/i18n';

let service: TurndownService | null = null;

function turndown(): TurndownService {
  service ??= new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
  return service;
}

/** One article as Markdown: title, where it comes from, key figures, then the body. Images stay links to the web. */
export function articleMarkdown(article: SavedArticle): string {
  const meta = [article.siteName, article.byline, formatDate(article.publishedTime)].filter(Boolean).join(' · ');
  const lines = [`# ${article.title.replace(/\s+/g, ' ').trim() || t('libraryUntitled')}`, ''];
  if (meta) lines.push(`*${meta}*`, '');
  lines.push(`${t('librarySource')}: <${article.url}>`, '');
  if (article.keyFigures.length > 0) {
    lines.push(`## ${t('libraryKeyFigures')}`, '', ...article.keyFigures.map((figure) => `- **${figure.raw}**: ${figure.label}`), '');
  }
  lines.push(turndown().turndown(article.html).trim(), '');
  return lines.join('\n');
}

/** Several articles in one file, separated by rules. */
export function articlesMarkdown(articles: SavedArticle[]): string {
  return articles.map(articleMarkdown).join('\n---\n\n');
}
