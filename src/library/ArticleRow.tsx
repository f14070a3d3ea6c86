import { memo } from 'preact/compat';
import type { ArticleMeta } from '../shared/library-store';
import { t } from '../shared/i18n';
import { formatDay } from './format-day';

interface Props {
  article: ArticleMeta;
  selected: boolean;
  onSelect(id: string, selected: boolean): void;
  onToggleRead(article: ArticleMeta): void;
  onDelete(article: ArticleMeta): void;
  onKeepImages(article: ArticleMeta): void;
}

/** One saved article in the list; the acceptance checks find it by data-library-item and data-url. */
export const ArticleRow = memo(function ArticleRow({ article, selected, onSelect, onToggleRead, onDelete, onKeepImages }: Props) {
  const title = article.title || t('libraryUntitled');
  const figure = article.firstFigure;
  const meta = [
    article.siteName,
    formatDay(article.publishedTime),
    article.readingMinutes ? t('readingMinutes', article.readingMinutes) : null,
    t('librarySavedOn', formatDay(article.savedAt) ?? ''),
    article.missingImages > 0 ? t('libraryMissingImages', article.missingImages) : null,
  ].filter(Boolean).join(' · ');
  return (
    <li data-library-item data-url={article.url} data-id={article.id} data-read={article.read ? 'true' : 'false'}>
      <input type="checkbox" checked={selected} aria-label={t('librarySelect', title)}
        onChange={(event) => onSelect(article.id, (event.target as HTMLInputElement).checked)} />
      <div class="body">
        <a data-action="open" href={`../reader/index.html?id=${encodeURIComponent(article.id)}`}
          lang={article.lang ?? undefined} dir={article.dir}>{title}</a>
        {article.read && <span class="badge">{t('libraryReadBadge')}</span>}
        <p class="meta">{meta}</p>
        {figure && (
          <p class="figure" lang={article.lang ?? undefined}>
            <strong>{figure.raw}</strong> {figure.label}
          </p>
        )}
      </div>
      <div class="row-actions">
        {article.missingImages > 0 && (
          <button type="button" data-action="keep-images" onClick={() => onKeepImages(article)}>{t('libraryKeepImages')}</button>
        )}
        <button type="button" data-action="toggle-read" onClick={() => onToggleRead(article)}>
          {article.read ? t('libraryMarkUnread') : t('libraryMarkRead')}
        </button>
        <button type="button" data-action="delete" onClick={() => onDelete(article)} aria-label={`${t('libraryDelete')} — ${title}`}>
          {t('libraryDelete')}
        </button>
      </div>
    </li>
  );
});
