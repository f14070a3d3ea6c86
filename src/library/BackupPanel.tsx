import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { exportBackup, importBackup, type ImportReport } from '../shared/library-store';
import { download, datedName } from './export/download';
import { Progress, type ProgressState } from './Progress';

interface Props {
  /** A run starts: the previous report no longer applies. */
  onStart(): void;
  onImported(report: ImportReport): void;
  onExported(count: number): void;
  onError(error: unknown): void;
}

/** Whole-library JSON backup: export to a file, import from one, with progress. */
export function BackupPanel({ onStart, onImported, onExported, onError }: Props) {
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const busy = progress !== null;

  const report = (key: string) => {
    let last = 0;
    return (done: number, total: number) => {
      // Repainting on every article would slow a 10,000-article run down; a few dozen steps are enough.
      if (done !== total && done - last < Math.max(1, total / 50)) return;
      last = done;
      setProgress({ label: t(key, done, total), done, total });
    };
  };

  const runExport = async () => {
    onStart();
    setProgress({ label: t('libraryExporting', 0, 0), done: 0, total: 0 });
    try {
      let count = 0;
      const progressOf = report('libraryExporting');
      const blob = await exportBackup((done, total) => { count = total; progressOf(done, total); });
      download(blob, datedName('lisible-library', 'json'));
      onExported(count);
    } catch (error) {
      onError(error);
    } finally {
      setProgress(null);
    }
  };

  const runImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    onStart();
    setProgress({ label: t('libraryReadingFile'), done: 0, total: 0 });
    try {
      onImported(await importBackup(await file.text(), report('libraryImporting')));
    } catch (error) {
      onError(error);
    } finally {
      setProgress(null);
    }
  };

  return (
    <section class="backup" aria-label={t('libraryBackupTools')}>
      <button type="button" data-action="export-backup" onClick={runExport} disabled={busy}>{t('libraryExportBackup')}</button>
      <label class={`file-button${busy ? ' disabled' : ''}`}>
        <input type="file" accept=".json,application/json" data-library-import disabled={busy}
          onChange={(event) => runImport(event.target as HTMLInputElement)} />
        <span>{t('libraryImportBackup')}</span>
      </label>
      {progress && <Progress state={progress} />}
    </section>
  );
}
