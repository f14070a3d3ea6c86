import { openLibrary } from './db';
import { articleImageUrls } from './image-urls';
import { imagesOf } from './write';
import { commit } from './commit';

/** Addresses of an article's images that are not stored, so would not show offline. */
export async function missingImageUrls(id: string): Promise<string[]> {
  const db = await openLibrary();
  const tx = db.transaction(['articles', 'contents', 'images']);
  const [meta, content, keys] = await Promise.all([
    tx.objectStore('articles').get(id),
    tx.objectStore('contents').get(id),
    tx.objectStore('images').getAllKeys(imagesOf(id)),
  ]);
  if (!meta || !content) return [];
  const stored = new Set(keys.map(([, url]) => url));
  return articleImageUrls({ html: content.html, leadImage: meta.leadImage, url: meta.url }).filter((url) => !stored.has(url));
}

/** Adds images fetched later to a saved article; returns how many are still missing. */
export async function addImages(id: string, images: Map<string, Blob>): Promise<number> {
  const db = await openLibrary();
  const tx = db.transaction(['articles', 'contents', 'images'], 'readwrite');
  const [meta, content, keys] = await Promise.all([
    tx.objectStore('articles').get(id),
    tx.objectStore('contents').get(id),
    tx.objectStore('images').getAllKeys(imagesOf(id)),
  ]);
  if (!meta || !content) throw new Error('the article is not in the library any more');
  const wanted = articleImageUrls({ html: content.html, leadImage: meta.leadImage, url: meta.url });
  const stored = new Set(keys.map(([, url]) => url));
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
