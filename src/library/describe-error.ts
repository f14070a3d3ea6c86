import { t } from '../shared/i18n';
import { BackupError, classifyStorageError } from '../shared/library-store';

/** A sentence for the reader: what failed and that the library is intact. */
export async function describeError(error: unknown): Promise<string> {
  if (error instanceof BackupError) return t('libraryErrorBackup', error.message);
  switch (await classifyStorageError(error)) {
    case 'storage-full': return t('libraryErrorStorageFull');
    case 'quota-refused': return t('libraryErrorQuotaRefused');
    case 'other': return t('libraryErrorGeneric', error instanceof Error ? error.message : String(error));
  }
}
