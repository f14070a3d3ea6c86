import type { Article } from '../core/types';
import { t } from '../shared/i18n';
import { articleImageUrls, classifyStorageError, upsertArticle } from '../shared/library-store';
import { fetchImages } from './fetch-images';

/**
 * The one save path (popup, reader view, keyboard command): fetches the
 * article's images, then stores article and images in one transaction. The
 * images are fetched first because an IndexedDB transaction closes if it waits
 * on the network.
 */
export async function saveToLibrary(article: Article, url: string, tabId: number | undefined): Promise<{ id: string }> {
  const images = await fetchImages(articleImageUrls({ ...article, url }), tabId);
  try {
    const saved = await upsertArticle(article, url, images);
    return { id: saved.id };
  } catch (error) {
    throw new Error(await explain(error));
  }
}

async function explain(error: unknown): Promise<string> {
  switch (await classifyStorageError(error)) {
    case 'storage-full': return t('libraryErrorStorageFull');
    case 'quota-refused': return t('libraryErrorQuotaRefused');
    case 'other': return t('libraryErrorSave', error instanceof Error ? error.message : String(error));
  }
}
