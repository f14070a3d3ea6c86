import type { IDBPTransaction } from 'idb';
import { openLibrary } from './db';
import { articleImageUrls } from './image-urls';
import { imagesOf } from './write';
import { commit } from './commit';
import type { LibrarySchema } from './schema';
import type { ArticleMeta } from './types';

type ImageTx = IDBPTransaction<LibrarySchema, ('articles' | 'contents' | 'images')[], IDBTransactionMode>;

interface ImageState { meta: ArticleMeta; wanted: string[]; stored: Set<string> }

/** The images a saved article shows, and those stored, read in the caller's transaction so they match. */
async function readImageState(tx: ImageTx, id: string): Promise<ImageState | null> {
  const [meta, content, keys] = await Promise.all([
    tx.objectStore('articles').get(id),
    tx.objectStore('contents').get(id),
    tx.objectStore('images').getAllKeys(imagesOf(id)),
  ]);
  if (!meta || !content) return null;
  const wanted = articleImageUrls({ html: content.html, leadImage: meta.leadImage, url: meta.url });
  return { meta, wanted, stored: new Set(keys.map(([, url]) => url)) };
}

/** Addresses of an article's images that are not stored, so would not show offline. */
export async function missingImageUrls(id: string): Promise<string[]> {
  const db = await openLibrary();
  const state = await readImageState(db.transaction(['articles', 'contents', 'images']), id);
  return state ? state.wanted.filter((url) => !state.stored.has(url)) : [];
}

/** Adds images fetched later to a saved article; returns how many are still missing. */
export async function addImages(id: string, images: Map<string, Blob>): Promise<number> {
  const db = await openLibrary();
  const tx = db.transaction(['articles', 'contents', 'images'], 'readwrite');
  const state = await readImageState(tx, id);
  if (!state) throw new Error('the article is not in the library any more');
  const { meta, wanted, stored } = state;
  const writes: Promise<unknown>[] = [];
  for (const [url, blob] of images) {
    if (!wanted.includes(url)) continue;
    stored.add(url);
    writes.push(tx.objectStore('images').put({ articleId: id, url, blob }));
  }
  const missing = wanted.filter((url) => !stored.has(url)).length;
  writes.push(tx.objectStore('articles').put({ ...meta, missingImages: missing }));
  await commit(tx, writes);
  return missing;
}
