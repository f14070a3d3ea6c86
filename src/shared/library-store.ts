/**
 * The library: saved articles and their images in IndexedDB, in the extension's
 * origin. Modules under ./library/ do the work; this file is what the rest of
 * the extension imports.
 */
export type { ArticleMeta, FullArticle, SavedArticle } from './library/types';
export { upsertArticle, restoreArticles } from './library/write';
export { listRecent, listAll, countArticles, loadTerms, getFullArticle, getFullArticles } from './library/read';
export { setRead, deleteArticles } from './library/update';
export { exportBackup, type Progress } from './library/export-backup';
export { importBackup, type ImportReport } from './library/import-backup';
export { BackupError } from './library/backup-format';
export { classifyStorageError, type StorageProblem } from './library/storage-error';
export { imageUrls, articleImageUrls } from './library/image-urls';
export { articleKey } from './library/article-key';
