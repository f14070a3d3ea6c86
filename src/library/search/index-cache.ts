import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ArticleMeta } from '../../shared/library-store';
import type { IndexSnapshot } from './term-index';

/**
 * The last built search index, kept in a database of its own: it is a cache,
 * rebuilt from the library whenever it does not match, so it needs no migration
 * and can be dropped at any time.
 */
interface CacheSchema extends DBSchema {
  index: { key: string; value: { signature: string; snapshot: IndexSnapshot } };
}

const KEY = 'terms';
let cache: Promise<IDBPDatabase<CacheSchema>> | null = null;

function open(): Promise<IDBPDatabase<CacheSchema>> {
  cache ??= openDB<CacheSchema>('lisible-search-cache', 1, { upgrade: (db) => { db.createObjectStore('index'); } });
  return cache;
}

/**
 * What the index was built from: every article's id and save date. Terms change
 * only when an article is saved again (new save date), added or removed.
 */
export function signatureOf(articles: Pick<ArticleMeta, 'id' | 'savedAt'>[]): string {
  const text = articles.map(({ id, savedAt }) => `${id}@${savedAt}`).sort().join('\n');
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995) + (b >>> 13);
  }
  return `${articles.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}

export async function cachedIndex(signature: string): Promise<IndexSnapshot | null> {
  const entry = await (await open()).get('index', KEY);
  return entry?.signature === signature ? entry.snapshot : null;
}

export async function cacheIndex(signature: string, snapshot: IndexSnapshot): Promise<void> {
  await (await open()).put('index', { signature, snapshot }, KEY);
}
