import type { Article } from '../core/types';
import { t } from '../shared/i18n';
import { formatDate } from '../shared/format-date';

/** Site, title, then byline · date · reading time: the popup and the reader view show an article the same way. */
export function ArticleHeader({ article }: { article: Pick<Article, 'title' | 'siteName' | 'byline' | 'publishedTime' | 'readingMinutes'> }) {
  const date = formatDate(article.publishedTime);
  return (
    <header>
      {article.siteName && <p class="site">{article.siteName}</p>}
      <h1>{article.title}</h1>
      <p class="meta">
        {[article.byline, date, article.readingMinutes ? t('readingMinutes', article.readingMinutes) : null]
          .filter(Boolean).join(' · ')}
      </p>
    </header>
  );
}
