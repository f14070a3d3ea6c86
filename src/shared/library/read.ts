import { openLibrary } from './db';
import { imagesOf } from './write';
import { joinArticle } from './split-article';
import type { ArticleMeta, FullArticle } from './types';

/** The most recently saved articles, newest first: enough for the library's first screen. */
export async function listRecent(count: number): Promise<ArticleMeta[]> {
  const db = await openLibrary();
  const out: ArticleMeta[] = [];
  let cursor = await db.transaction('articles').store.index('savedAt').openCursor(null, 'prev');
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
