import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Article } from '../core/types';

/** An article as kept in the library. */
export interface SavedArticle extends Omit<Article, 'url'> {
  id: string;
  url: string;
  savedAt: string;
  read: boolean;
}

interface LibrarySchema extends DBSchema {
  articles: {
    key: string;
    value: SavedArticle;
    indexes: { url: string; savedAt: string };
  };
}

const DB_NAME = 'lisible-library';
const DB_VERSION = 1;

let db: Promise<IDBPDatabase<LibrarySchema>> | null = null;

function open(): Promise<IDBPDatabase<LibrarySchema>> {
  db ??= openDB<LibrarySchema>(DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        const store = database.createObjectStore('articles', { keyPath: 'id' });
        store.createIndex('url', 'url', { unique: true });
        store.createIndex('savedAt', 'savedAt');
      }
    },
  });
  return db;
}

/**
 * Saves an article, or updates the one saved from the same URL (keeping its id
 * and read state). One transaction, so concurrent saves cannot duplicate a URL.
 */
export async function saveArticle(article: Article, url: string): Promise<SavedArticle> {
  const database = await open();
  const tx = database.transaction('articles', 'readwrite');
  const existing = await tx.store.index('url').get(url);
  const saved: SavedArticle = {
    ...article,
    url,
    id: existing?.id ?? crypto.randomUUID(),
    read: existing?.read ?? false,
    savedAt: new Date().toISOString(),
  };
  await tx.store.put(saved);
  await tx.done;
  return saved;
}

export async function listArticles(): Promise<SavedArticle[]> {
  const all = await (await open()).getAllFromIndex('articles', 'savedAt');
  return all.reverse();
}

export async function getArticle(id: string): Promise<SavedArticle | undefined> {
  return (await open()).get('articles', id);
}
