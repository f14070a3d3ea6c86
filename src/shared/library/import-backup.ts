import { openLibrary } from './db';
import { ALL_STORES } from './schema';
import { splitArticle } from './split-article';
import { imagesOf } from './write';
import { base64ToBlob } from './base64';
import { articleKey } from './article-key';
import { BackupError, parseBackup, type BackupArticle } from './backup-format';
import type { Progress } from './export-backup';
import type { ArticleMeta } from './types';
import { commit } from './commit';

export interface ImportReport {
  added: number;
  updated: number;
  skipped: number;
}

type Step = { kind: 'add' | 'update'; entry: BackupArticle; id: string };

/**
 * Merges a JSON backup by URL: an article the library lacks is added (with its
 * id), one saved later in the backup than in the library replaces it, the rest is
 * skipped. The file is read and checked whole before anything is written, and the
 * writes are one transaction: a bad file or a full disk leaves the library unchanged.
 */
export async function importBackup(text: string, onProgress: Progress = () => {}): Promise<ImportReport> {
  const backup = parseBackup(text);
  const db = await openLibrary();
  const tx = db.transaction(ALL_STORES, 'readwrite');
  const { steps, report } = plan(backup.articles, await tx.objectStore('articles').getAll());
  // Images are decoded only for the articles written, synchronously, so the transaction stays open.
  let decoded: { url: string; blob: Blob }[][];
  try {
    decoded = steps.map(({ entry }) => decodeImages(entry));
  } catch (error) {
    tx.done.catch(() => undefined);
    tx.abort();
    throw error;
  }

  let done = 0;
  onProgress(0, steps.length);
  const writes = steps.map(({ kind, entry, id }, n) => {
    const { images: _, ...article } = entry;
    const { meta, content, terms } = splitArticle({ ...article, id });
    const puts: Promise<unknown>[] = [];
    if (kind === 'update') puts.push(tx.objectStore('images').delete(imagesOf(id)));
    puts.push(tx.objectStore('articles').put(meta), tx.objectStore('contents').put(content), tx.objectStore('terms').put(terms));
    for (const image of decoded[n]!) puts.push(tx.objectStore('images').put({ articleId: id, ...image }));
    return Promise.all(puts).then(() => onProgress(++done, steps.length));
  });
  await commit(tx, writes);
  return report;
}

/** What to do with each article of the backup, given the library's current list. */
function plan(articles: BackupArticle[], current: ArticleMeta[]): { steps: Step[]; report: ImportReport } {
  const byUrl = new Map(current.map((meta) => [meta.url, meta]));
  const usedIds = new Set(current.map((meta) => meta.id));
  const report: ImportReport = { added: 0, updated: 0, skipped: 0 };
  const steps: Step[] = [];
  const seen = new Set<string>();
  for (const entry of articles) {
    const url = articleKey(entry.url);
    const existing = byUrl.get(url);
    if (seen.has(url) || (existing && Date.parse(existing.savedAt) >= Date.parse(entry.savedAt))) {
      report.skipped++;
      continue;
    }
    seen.add(url);
    const id = existing?.id ?? (usedIds.has(entry.id) ? crypto.randomUUID() : entry.id);
    usedIds.add(id);
    steps.push({ kind: existing ? 'update' : 'add', entry: { ...entry, url }, id });
    report[existing ? 'updated' : 'added']++;
  }
  return { steps, report };
}

function decodeImages(entry: BackupArticle): { url: string; blob: Blob }[] {
  try {
    return entry.images.map((image) => ({ url: image.url, blob: base64ToBlob(image.data, image.type) }));
  } catch {
    throw new BackupError(`the images of “${entry.title}” are damaged`);
  }
}
