import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { formatDate } from '../shared/format-date';
import { listArticles, type SavedArticle } from '../shared/library-store';
import { matchesQuery } from './matches-query';

export function Library() {
  const [articles, setArticles] = useState<SavedArticle[] | null>(null);
  const [query, setQuery] = useState('');

  useEffect(() => { listArticles().then(setArticles); }, []);
  const shown = useMemo(() => (articles ?? []).filter((a) => matchesQuery(a, query)), [articles, query]);

  return (
    <main data-state={articles ? 'ready' : 'loading'}>
      <h1>{t('libraryTitle')}</h1>
      <input type="search" data-library-search aria-label={t('librarySearch')} placeholder={t('librarySearch')}
        value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
      {articles && <p class="count" role="status">{articles.length === 0 ? t('libraryEmpty')
        : shown.length === 0 ? t('libraryNoMatch', query) : t('libraryCount', shown.length)}</p>}
      <ul class="items">
        {shown.map((article) => (
          <li key={article.id} data-library-item data-url={article.url}>
            <a data-action="open" href={`../reader/index.html?id=${encodeURIComponent(article.id)}`}>{article.title}</a>
            <p class="meta">{[article.siteName, formatDate(article.publishedTime), t('readingMinutes', article.readingMinutes)].filter(Boolean).join(' · ')}</p>
          </li>
        ))}
      </ul>
    </main>
  );
}
