import type { Article } from '../../core/types';
import { openLibrary } from './db';
import { ALL_STORES } from './schema';
import { splitArticle } from './split-article';
import { articleImageUrls } from './image-urls';
import { articleKey } from './article-key';
import type { FullArticle, SavedArticle } from './types';
import { commit } from './commit';

/** Keys of every image of one article in the images store. */
export function imagesOf(id: string): IDBKeyRange {
  return IDBKeyRange.bound([id], [id, []]);
}

/**
 * Saves an article and its images, or updates the one saved from the same URL
 * (keeping its id and read state). One transaction over every store: concurrent
 * saves of a URL cannot duplicate it, and a failure leaves the library as it was.
 * An image that could not be fetched this time keeps the copy stored before.
 */
export async function upsertArticle(article: Article, url: string, images: Map<string, Blob>): Promise<SavedArticle> {
  const key = articleKey(url);
  const wanted = articleImageUrls({ ...article, url });
  const db = await openLibrary();
  const tx = db.transaction(ALL_STORES, 'readwrite');
  const existing = await tx.objectStore('articles').index('url').get(key);
  const id = existing?.id ?? crypto.randomUUID();
  const storedKeys = existing ? await tx.objectStore('images').getAllKeys(imagesOf(id)) : [];
  const kept = new Set(storedKeys.map(([, imageUrl]) => imageUrl).filter((imageUrl) => wanted.includes(imageUrl)));
  const saved: SavedArticle = {
    ...article,
    url: key,
    id,
    read: existing?.read ?? false,
    savedAt: new Date().toISOString(),
    missingImages: wanted.filter((imageUrl) => !images.has(imageUrl) && !kept.has(imageUrl)).length,
  };
  const { meta, content, terms } = splitArticle(saved);
  const writes: Promise<unknown>[] = [
    tx.objectStore('articles').put(meta),
    tx.objectStore('contents').put(content),
    tx.objectStore('terms').put(terms),
  ];
  for (const stale of storedKeys) if (!kept.has(stale[1])) writes.push(tx.objectStore('images').delete(stale));
  for (const [imageUrl, blob] of images) {
    if (wanted.includes(imageUrl)) writes.push(tx.objectStore('images').put({ articleId: id, url: imageUrl, blob }));
  }
  await commit(tx, writes);
  return saved;
}

/** Puts whole articles back as they were (undo of a delete). */
export async function restoreArticles(entries: FullArticle[]): Promise<void> {
  const db = await openLibrary();
  const tx = db.transaction(ALL_STORES, 'readwrite');
  const writes: Promise<unknown>[] = [];
  for (const { article, images } of entries) {
    const { meta, content, terms } = splitArticle(article);
    writes.push(tx.objectStore('articles').put(meta), tx.objectStore('contents').put(content), tx.objectStore('terms').put(terms));
    for (const image of images) writes.push(tx.objectStore('images').put({ articleId: article.id, ...image }));
  }
  await commit(tx, writes);
}
