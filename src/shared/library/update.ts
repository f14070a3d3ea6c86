import { openLibrary } from './db';
import { ALL_STORES } from './schema';
import { getFullArticles } from './read';
import { imagesOf } from './write';
import type { FullArticle } from './types';
import { commit } from './commit';

export async function setRead(id: string, read: boolean): Promise<void> {
  const db = await openLibrary();
  const tx = db.transaction('articles', 'readwrite');
  const meta = await tx.store.get(id);
  await commit(tx, meta ? [tx.store.put({ ...meta, read })] : []);
}

/** Deletes articles and hands them back whole, so the deletion can be undone. */
export async function deleteArticles(ids: string[]): Promise<FullArticle[]> {
  const removed = await getFullArticles(ids);
  const db = await openLibrary();
  const tx = db.transaction(ALL_STORES, 'readwrite');
  const writes: Promise<unknown>[] = [];
  for (const id of ids) {
    writes.push(tx.objectStore('articles').delete(id), tx.objectStore('contents').delete(id),
      tx.objectStore('terms').delete(id), tx.objectStore('images').delete(imagesOf(id)));
  }
  await commit(tx, writes);
  return removed;
}
