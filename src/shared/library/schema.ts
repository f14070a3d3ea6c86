import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ArticleContent, ArticleMeta, ArticleTerms, SavedArticle, StoredImage } from './types';
import { splitArticle } from './split-article';

export const DB_NAME = 'lisible-library';
export const DB_VERSION = 2;

export interface LibrarySchema extends DBSchema {
  articles: { key: string; value: ArticleMeta; indexes: { url: string; savedAt: string } };
  contents: { key: string; value: ArticleContent };
  terms: { key: string; value: ArticleTerms };
  images: { key: [string, string]; value: StoredImage };
}

export type LibraryDb = IDBPDatabase<LibrarySchema>;
type UpgradeTx = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>;

export const ALL_STORES = ['articles', 'contents', 'terms', 'images'] as const;

/**
 * Each step brings a database from the version before it; a profile several
 * versions behind runs them in order, inside the one upgrade transaction, so a
 * failed migration leaves the old database as it was.
 */
export async function upgrade(database: LibraryDb, oldVersion: number, tx: UpgradeTx): Promise<void> {
  if (oldVersion < 1) {
    const articles = database.createObjectStore('articles', { keyPath: 'id' });
    articles.createIndex('url', 'url', { unique: true });
    articles.createIndex('savedAt', 'savedAt');
  }
  if (oldVersion < 2) {
    database.createObjectStore('contents', { keyPath: 'id' });
    database.createObjectStore('terms', { keyPath: 'id' });
    database.createObjectStore('images', { keyPath: ['articleId', 'url'] });
    await splitVersion1Records(tx);
  }
}

/** Version 1 kept whole articles in one store; version 2 keeps the list light and the bodies apart. */
async function splitVersion1Records(tx: UpgradeTx): Promise<void> {
  let cursor = await tx.objectStore('articles').openCursor();
  while (cursor) {
    const old = cursor.value as unknown as Omit<SavedArticle, 'missingImages'> & { missingImages?: number };
    const { meta, content, terms } = splitArticle({ ...old, missingImages: old.missingImages ?? 0 });
    await Promise.all([cursor.update(meta), tx.objectStore('contents').put(content), tx.objectStore('terms').put(terms)]);
    cursor = await cursor.continue();
  }
}
