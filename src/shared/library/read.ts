import { unwrap } from 'idb';
import { openLibrary } from './db';
import { imagesOf } from './write';
import { joinArticle } from './split-article';
import type { ArticleMeta, FullArticle } from './types';

/** IDBIndex.getAllRecords (Chromium 141+), not yet in TypeScript's DOM types. */
type WithRecords = IDBIndex & {
  getAllRecords?(options: { direction: 'prev'; count: number }): IDBRequest<{ value: ArticleMeta }[]>;
};

/** The most recently saved articles, newest first: enough for the library's first screen. */
export async function listRecent(count: number): Promise<ArticleMeta[]> {
  const db = await openLibrary();
  const index = db.transaction('articles').store.index('savedAt');
  const raw = unwrap(index) as WithRecords;
  // One request where the browser has it, rather than one per article: the first screen must not wait on a busy disk.
  if (raw.getAllRecords) {
    const request = raw.getAllRecords({ direction: 'prev', count });
    return new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result.map((record) => record.value));
      request.onerror = () => reject(request.error);
    });
  }
  const out: ArticleMeta[] = [];
  let cursor = await index.openCursor(null, 'prev');
  while (cursor && out.length < count) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}

export async function listAll(): Promise<ArticleMeta[]> {
  return (await openLibrary()).getAll('articles');
}

export async function countArticles(): Promise<number> {
  return (await openLibrary()).count('articles');
}

/** Every article's search terms by id. */
export async function loadTerms(): Promise<Map<string, string>> {
  const rows = await (await openLibrary()).getAll('terms');
  return new Map(rows.map((row) => [row.id, row.terms]));
}

/** One article with its stored images, read in one transaction so they match. */
export async function getFullArticle(id: string): Promise<FullArticle | undefined> {
  const db = await openLibrary();
  const tx = db.transaction(['articles', 'contents', 'images']);
  const [meta, content, images] = await Promise.all([
    tx.objectStore('articles').get(id),
    tx.objectStore('contents').get(id),
    tx.objectStore('images').getAll(imagesOf(id)),
  ]);
  if (!meta || !content) return undefined;
  return { article: joinArticle(meta, content), images: images.map(({ url, blob }) => ({ url, blob })) };
}

/** Several articles, in the order of the ids given; missing ones are left out. */
export async function getFullArticles(ids: string[]): Promise<FullArticle[]> {
  const found = await Promise.all(ids.map(getFullArticle));
  return found.filter((entry): entry is FullArticle => entry !== undefined);
}
