import { openLibrary } from './db';
import { imagesOf } from './write';
import { joinArticle } from './split-article';
import { blobToBase64 } from './base64';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupArticle } from './backup-format';

const BATCH = 200;

export type Progress = (done: number, total: number) => void;

/**
 * The whole library as one JSON file, images included. Written in batches as
 * parts of a Blob, so a large library is never one giant string in memory.
 */
export async function exportBackup(onProgress: Progress = () => {}): Promise<Blob> {
  const db = await openLibrary();
  const ids = await db.getAllKeys('articles');
  const head = JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date().toISOString() });
  const parts: BlobPart[] = [`${head.slice(0, -1)},"articles":[`];
  onProgress(0, ids.length);
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = await readBatch(ids.slice(start, start + BATCH));
    for (const entry of batch) parts.push(parts.length > 1 ? ',' : '', JSON.stringify(entry));
    onProgress(Math.min(start + BATCH, ids.length), ids.length);
  }
  parts.push(']}');
  return new Blob(parts, { type: 'application/json' });
}

async function readBatch(ids: string[]): Promise<BackupArticle[]> {
  const db = await openLibrary();
  const tx = db.transaction(['articles', 'contents', 'images']);
  const rows = await Promise.all(ids.map((id) => Promise.all([
    tx.objectStore('articles').get(id),
    tx.objectStore('contents').get(id),
    tx.objectStore('images').getAll(imagesOf(id)),
  ])));
  const out: BackupArticle[] = [];
  for (const [meta, content, images] of rows) {
    if (!meta || !content) continue;
    out.push({
      ...joinArticle(meta, content),
      images: await Promise.all(images.map(async ({ url, blob }) => ({ url, type: blob.type, data: await blobToBase64(blob) }))),
    });
  }
  return out;
}
