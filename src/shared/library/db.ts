import { openDB } from 'idb';
import { DB_NAME, DB_VERSION, upgrade, type LibraryDb, type LibrarySchema } from './schema';

let connection: Promise<LibraryDb> | null = null;

/** The library database, opened once per page or worker and upgraded on first use. */
export function openLibrary(): Promise<LibraryDb> {
  connection ??= openDB<LibrarySchema>(DB_NAME, DB_VERSION, {
    upgrade: (database, oldVersion, _newVersion, tx) => { void upgrade(database, oldVersion, tx); },
    // A newer version of the extension wants to upgrade: let it, and reopen on next use.
    blocking: () => { void connection?.then((db) => db.close()); connection = null; },
    terminated: () => { connection = null; },
  });
  const opening = connection;
  opening.catch(() => { if (connection === opening) connection = null; });
  return opening;
}
