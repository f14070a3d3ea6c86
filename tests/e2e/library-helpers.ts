import type { Page } from '@playwright/test';
import { clickToolbarButton, openPopupFor, tabIdOf, type Extension } from './harness';

/** Saves the article shown at `url` through the toolbar button and the popup, as a reader does. */
export async function saveFromPopup(ext: Extension, url: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(url);
  await clickToolbarButton(ext, page);
  const popup = await openPopupFor(ext, await tabIdOf(ext, page));
  await popup.locator('[data-action="save"]').click();
  await popup.locator('[data-action="save"][data-state="saved"]').waitFor();
  await popup.close();
  return page;
}

export async function openLibrary(ext: Extension): Promise<Page> {
  const library = await ext.context.newPage();
  await library.goto(`chrome-extension://${ext.id}/src/library/index.html`);
  await library.locator('main[data-state="ready"]').waitFor();
  return library;
}

/** Images of the reader's article that the browser has decoded (naturalWidth > 0), and their sources. */
export async function shownImages(page: Page): Promise<{ src: string; shown: boolean }[]> {
  const images = page.locator('[data-reader-article] img');
  await images.first().waitFor();
  return images.evaluateAll(async (nodes) => Promise.all((nodes as HTMLImageElement[]).map(async (img) => {
    await img.decode().catch(() => undefined);
    return { src: img.src, shown: img.complete && img.naturalWidth > 0 };
  })));
}

export interface LibrarySnapshot {
  articles: { id: string; url: string; title: string; text: string; html: string; savedAt: string }[];
  images: { articleId: string; url: string; type: string; bytes: string }[];
}

/** Everything in the library database, read from an extension page, images as base64. */
export async function snapshot(page: Page): Promise<LibrarySnapshot> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('lisible-library');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = <T,>(store: string) => new Promise<T[]>((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result as T[]);
      request.onerror = () => reject(request.error);
    });
    type Meta = { id: string; url: string; title: string; savedAt: string };
    const metas = await all<Meta>('articles');
    const contents = new Map((await all<{ id: string; text: string; html: string }>('contents')).map((c) => [c.id, c]));
    const images = await all<{ articleId: string; url: string; blob: Blob }>('images');
    db.close();
    const base64 = async (blob: Blob) => {
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return btoa(binary);
    };
    return {
      articles: metas.map((m) => ({ id: m.id, url: m.url, title: m.title, savedAt: m.savedAt, text: contents.get(m.id)?.text ?? '', html: contents.get(m.id)?.html ?? '' }))
        .sort((a, b) => a.url.localeCompare(b.url)),
      images: (await Promise.all(images.map(async (i) => ({ articleId: i.articleId, url: i.url, type: i.blob.type, bytes: await base64(i.blob) }))))
        .sort((a, b) => (a.articleId + a.url).localeCompare(b.articleId + b.url)),
    };
  });
}

export interface TestArticle {
  id: string;
  url: string;
  title: string;
  siteName: string;
  text: string;
  savedAt: string;
  publishedTime?: string;
  images?: { url: string; type: string; data: string }[];
}

/** A Lisible JSON backup holding these articles, as the library's export writes it. */
export function backupOf(articles: TestArticle[]): string {
  return JSON.stringify({
    format: 'lisible-library', version: 1, exportedAt: new Date().toISOString(),
    articles: articles.map((a) => ({
      id: a.id, url: a.url, title: a.title, siteName: a.siteName, byline: null, publishedTime: a.publishedTime ?? null,
      lang: 'en', dir: 'ltr', excerpt: null, leadImage: null, isArticle: true,
      html: `${(a.images ?? []).map((image) => `<figure><img src="${image.url}" alt=""></figure>`).join('')}<p>${a.text}</p>`,
      text: a.text, wordCount: a.text.split(/\s+/).length, readingMinutes: 1,
      keyFigures: [{ value: 42, unit: 'jobs', raw: '42 jobs', label: 'jobs created', approx: false, offset: 0 }],
      savedAt: a.savedAt, read: false, missingImages: 0, images: a.images ?? [],
    })),
  });
}

/** A small red square as an SVG image, base64. */
export const SQUARE_SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="red"/></svg>').toString('base64');

/** Imports a backup file through the library page's file input and returns the report shown. */
export async function importThroughPage(library: Page, file: string): Promise<string> {
  await library.locator('[data-library-import]').setInputFiles(file);
  const notice = library.locator('[data-library-notice]');
  await notice.waitFor();
  return (await notice.textContent()) ?? '';
}
