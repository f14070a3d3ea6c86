import { t } from '../shared/i18n';

export type ExportFormat = 'markdown' | 'html' | 'epub';

interface Props {
  count: number;
  busy: boolean;
  onSelectShown(): void;
  onClear(): void;
  onExport(format: ExportFormat): void;
}

/** What can be done with the checked articles: one or several, as Markdown or standalone HTML. */
export function SelectionBar({ count, busy, onSelectShown, onClear, onExport }: Props) {
  return (
    <div class="selection" role="group" aria-label={t('librarySelectedCount', count)}>
      <span aria-live="polite">{t('librarySelectedCount', count)}</span>
      <button type="button" data-action="select-shown" onClick={onSelectShown}>{t('librarySelectShown')}</button>
      <button type="button" onClick={onClear} disabled={count === 0}>{t('libraryClearSelection')}</button>
      <button type="button" data-action="export-markdown" onClick={() => onExport('markdown')} disabled={count === 0 || busy}>{t('libraryExportMarkdown')}</button>
      <button type="button" data-action="export-html" onClick={() => onExport('html')} disabled={count === 0 || busy}>{t('libraryExportHtml')}</button>
      <button type="button" data-action="export-epub" onClick={() => onExport('epub')} disabled={count === 0 || busy}>{t('libraryExportEpub')}</button>
    </div>
  );
}
