import type { Article } from '../core/types';
import type { PageSummary } from '../shared/messages';

/** What the popup shows of a page; `article` already carries its key figures. */
export function summarize(article: Article | null, readerOpen: boolean, tab: { title?: string; url?: string }): PageSummary {
  return {
    isArticle: article?.isArticle ?? false,
    hasContent: article !== null,
    title: article?.title || tab.title || '',
    siteName: article?.siteName ?? hostname(tab.url),
    byline: article?.byline ?? null,
    publishedTime: article?.publishedTime ?? null,
    lang: article?.lang ?? null,
    dir: article?.dir ?? 'ltr',
    readingMinutes: article?.readingMinutes ?? 0,
    keyFigures: article?.keyFigures ?? [],
    readerOpen,
  };
}

function hostname(url: string | undefined): string | null {
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
}
