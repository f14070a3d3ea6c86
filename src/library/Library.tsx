import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t, uiLocale } from '../shared/i18n';
import {
  deleteArticles, getFullArticles, restoreArticles, setRead,
  type ArticleMeta, type FullArticle, type ImportReport,
} from '../shared/library-store';
import { useLibrary } from './use-library';
import { useSearch } from './search/use-search';
import { queryNeedles } from '../shared/library/search-terms';
import { filterArticles, sitesOf, sortArticles, type SortKey } from './arrange-articles';
import { ArticleRow } from './ArticleRow';
import { BackupPanel } from './BackupPanel';
import { SelectionBar, type ExportFormat } from './SelectionBar';
import { describeError } from './describe-error';
import { keepImagesOffline, PermissionRefused } from './keep-images-offline';
import { articlesMarkdown } from './export/article-markdown';
import { articlesHtml } from './export/article-html';
import { articlesEpub } from './export/article-epub';
import { datedName, download, fileNameFor } from './export/download';

const PAGE = 50;

type Notice = { kind: 'status' | 'error'; text: string } | null;

export function Library() {
  const library = useLibrary();
  const { articles } = library;
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('saved');
  const [site, setSite] = useState<string | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<Notice>(null);
  const [undo, setUndo] = useState<{ removed: FullArticle[] } | null>(null);
  const [exporting, setExporting] = useState(false);
  const undoButton = useRef<HTMLButtonElement>(null);
  const search = useRef<HTMLInputElement>(null);

  const collator = useMemo(() => new Intl.Collator(uiLocale(), { sensitivity: 'base' }), []);
  const sorted = useMemo(() => sortArticles(articles ?? [], sort, collator), [articles, sort, collator]);
  const searching = queryNeedles(query).length > 0;
  const result = useSearch(searching ? query : '', library.generation);
  // While the worker answers, the list keeps the previous answer rather than flashing.
  const found = searching && result.query ? result.ids : null;
  const shown = useMemo(() => filterArticles(sorted, site, found), [sorted, site, found]);
  const sites = useMemo(() => sitesOf(articles ?? [], collator), [articles, collator]);
  const visible = shown.slice(0, limit);

  useEffect(() => setLimit(PAGE), [query, sort, site]);
  useEffect(() => { if (undo) undoButton.current?.focus(); }, [undo]);
  // The benchmark reads this mark: time from navigation to the first screen of the list in the DOM.
  const firstRender = articles !== null;
  useLayoutEffect(() => { if (firstRender) performance.mark('lisible-library-first-render'); }, [firstRender]);

  const fail = useCallback(async (error: unknown) => setNotice({ kind: 'error', text: await describeError(error) }), []);

  const onSelect = useCallback((id: string, on: boolean) => setSelected((current) => {
    const next = new Set(current);
    if (on) next.add(id); else next.delete(id);
    return next;
  }), []);

  const onToggleRead = useCallback(async (article: ArticleMeta) => {
    try {
      await setRead(article.id, !article.read);
      library.update((all) => all.map((meta) => (meta.id === article.id ? { ...meta, read: !article.read } : meta)));
    } catch (error) {
      await fail(error);
    }
  }, [library.update, fail]);

  const onDelete = useCallback(async (article: ArticleMeta) => {
    try {
      const removed = await deleteArticles([article.id]);
      library.update((all) => all.filter((meta) => meta.id !== article.id));
      setSelected((current) => { const next = new Set(current); next.delete(article.id); return next; });
      setNotice({ kind: 'status', text: t('libraryDeleted', article.title) });
      setUndo({ removed });
    } catch (error) {
      await fail(error);
    }
  }, [library.update, fail]);

  const onKeepImages = useCallback(async (article: ArticleMeta) => {
    try {
      const missing = await keepImagesOffline(article.id);
      library.update((all) => all.map((meta) => (meta.id === article.id ? { ...meta, missingImages: missing } : meta)));
      setNotice({ kind: 'status', text: missing === 0 ? t('libraryImagesKept') : t('libraryImagesStillMissing', missing) });
    } catch (error) {
      if (error instanceof PermissionRefused) setNotice({ kind: 'status', text: t('libraryImagesRefused') });
      else await fail(error);
    }
  }, [library.update, fail]);

  const onUndo = async () => {
    if (!undo) return;
    try {
      await restoreArticles(undo.removed);
      await library.reload();
      setNotice({ kind: 'status', text: t('libraryRestored', undo.removed[0]?.article.title ?? '') });
      setUndo(null);
      search.current?.focus();
    } catch (error) {
      await fail(error);
    }
  };

  const onExport = async (format: ExportFormat) => {
    setExporting(true);
    try {
      // In the order of the list, not the order of clicking.
      const ids = sorted.filter((meta) => selected.has(meta.id)).map((meta) => meta.id);
      const entries = await getFullArticles(ids);
      const single = entries.length === 1 ? entries[0]!.article.title : null;
      if (format === 'markdown') {
        const text = articlesMarkdown(entries.map((entry) => entry.article));
        download(new Blob([text], { type: 'text/markdown' }), single ? fileNameFor(single, 'md') : datedName('lisible-articles', 'md'));
      } else if (format === 'html') {
        const html = await articlesHtml(entries);
        download(new Blob([html], { type: 'text/html' }), single ? fileNameFor(single, 'html') : datedName('lisible-articles', 'html'));
      } else {
        download(await articlesEpub(entries), single ? fileNameFor(single, 'epub') : datedName('lisible-articles', 'epub'));
      }
    } catch (error) {
      await fail(error);
    } finally {
      setExporting(false);
    }
  };

  const onImported = async (report: ImportReport) => {
    await library.reload();
    setNotice({ kind: 'status', text: t('libraryImported', report.added, report.updated, report.skipped) });
  };

  if (library.error !== null) return <main data-state="error"><LoadError error={library.error} /></main>;
  if (articles === null) return <main data-state="loading"><p role="status">{t('libraryLoading')}</p></main>;

  return (
    <main data-state={library.complete ? 'ready' : 'loading'}>
      <h1>{t('libraryTitle')}</h1>
      <div class="controls">
        <input ref={search} type="search" data-library-search aria-label={t('librarySearch')} placeholder={t('librarySearch')}
          value={query} onInput={(event) => setQuery((event.target as HTMLInputElement).value)} />
        <label>{t('librarySort')}
          <select data-library-sort value={sort} onChange={(event) => setSort((event.target as HTMLSelectElement).value as SortKey)}>
            <option value="saved">{t('librarySortSaved')}</option>
            <option value="published">{t('librarySortPublished')}</option>
            <option value="site">{t('librarySortSite')}</option>
          </select>
        </label>
        <label>{t('libraryFilterSite')}
          <select data-library-site value={site ?? ''} onChange={(event) => setSite((event.target as HTMLSelectElement).value || null)}>
            <option value="">{t('libraryAllSites')}</option>
            {sites.map(({ name, count }) => <option key={name} value={name}>{`${name} (${count})`}</option>)}
          </select>
        </label>
      </div>
      <BackupPanel onStart={() => setNotice(null)} onImported={onImported} onError={fail}
        onExported={(count) => setNotice({ kind: 'status', text: t('libraryExported', count) })} />
      <SelectionBar count={selected.size} busy={exporting} onClear={() => setSelected(new Set())} onExport={onExport}
        onSelectShown={() => setSelected(new Set(shown.map((meta) => meta.id)))} />
      <div class="notices">
        {notice && <p role={notice.kind === 'error' ? 'alert' : 'status'} class={notice.kind} data-library-notice={notice.kind}>{notice.text}</p>}
        {undo && <button type="button" ref={undoButton} data-action="undo" onClick={onUndo}>{t('libraryUndo')}</button>}
      </div>
      <p class="count" role="status">{articles.length === 0 ? t('libraryEmpty')
        : shown.length === 0 ? t('libraryNoMatch', query) : t('libraryCount', shown.length)}</p>
      <ul class="items" aria-label={t('libraryArticles')} data-searched={searching ? result.query : ''}>
        {visible.map((article) => (
          <ArticleRow key={article.id} article={article} selected={selected.has(article.id)}
            onSelect={onSelect} onToggleRead={onToggleRead} onDelete={onDelete} onKeepImages={onKeepImages} />
        ))}
      </ul>
      {shown.length > limit && (
        <button type="button" class="more" data-action="show-more" onClick={() => setLimit(limit + PAGE)}>
          {t('libraryShowMore', shown.length - limit)}
        </button>
      )}
    </main>
  );
}

function LoadError({ error }: { error: unknown }) {
  const [text, setText] = useState('');
  useEffect(() => { void describeError(error).then(setText); }, [error]);
  return <p role="alert" class="error" data-library-notice="error">{text}</p>;
}
