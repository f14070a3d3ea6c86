import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { launchWithExtension } from './harness';
import { SQUARE_SVG, backupOf, importThroughPage, openLibrary, saveFromPopup, shownImages, snapshot, type TestArticle } from './library-helpers';

let folder: string;
test.beforeEach(async () => { folder = await mkdtemp(join(tmpdir(), 'lisible-backup-')); });
test.afterEach(async () => { await rm(folder, { recursive: true, force: true }); });

const article = (n: number, overrides: Partial<TestArticle> = {}): TestArticle => ({
  id: `test-${n}`, url: `https://news.example/story-${n}`, title: `Story number ${n}`, siteName: 'Example News',
  text: `Paragraph of story ${n} about harbour cranes and tidal energy.`, savedAt: `2025-01-0${n}T10:00:00.000Z`, ...overrides,
});

test('export then import into a fresh profile gives the same library: ids, texts and images', async ({ ext, site }) => {
  await saveFromPopup(ext, `${site.origin}/article-fr.html`);
  let library = await openLibrary(ext);
  const file = join(folder, 'extra.json');
  await writeFile(file, backupOf([article(1, { images: [{ url: 'https://news.example/square.svg', type: 'image/svg+xml', data: SQUARE_SVG }] }), article(2)]));
  expect(await importThroughPage(library, file)).toContain('2');
  const before = await snapshot(library);
  expect(before.articles).toHaveLength(3);
  expect(before.images).toHaveLength(2);

  const downloading = library.waitForEvent('download');
  await library.locator('[data-action="export-backup"]').click();
  const backupFile = join(folder, 'backup.json');
  await (await downloading).saveAs(backupFile);
  await expect(library.locator('[data-library-notice="status"]')).toContainText('3');

  const fresh = await launchWithExtension();
  try {
    library = await openLibrary(fresh);
    await expect(library.locator('[data-library-item]')).toHaveCount(0);
    expect(await importThroughPage(library, backupFile)).toMatch(/3\D+0\D+0/);
    expect(await snapshot(library)).toEqual(before);
    await expect(library.locator('[data-library-item]')).toHaveCount(3);

    await fresh.context.setOffline(true);
    await library.locator('[data-library-item][data-url="https://news.example/story-1"] [data-action="open"]').click();
    const images = await shownImages(library);
    expect(images.every((image) => image.shown && image.src.startsWith('data:image/svg+xml'))).toBe(true);
  } finally {
    await fresh.close();
  }
});

test('import merges by address and reports what was added, updated and skipped', async ({ ext }) => {
  const library = await openLibrary(ext);
  const first = join(folder, 'first.json');
  await writeFile(first, backupOf([article(1), article(2)]));
  await importThroughPage(library, first);

  const second = join(folder, 'second.json');
  await writeFile(second, backupOf([
    article(1, { id: 'other-id', title: 'Story one, corrected', savedAt: '2025-02-01T10:00:00.000Z' }),
    article(2, { title: 'An older copy', savedAt: '2024-12-01T10:00:00.000Z' }),
    article(3),
  ]));
  const report = await importThroughPage(library, second);
  expect(report).toBe('Import done: 1 added, 1 updated, 1 skipped.');
  const after = await snapshot(library);
  expect(after.articles.map((a) => [a.id, a.title])).toEqual([
    ['test-1', 'Story one, corrected'], ['test-2', 'Story number 2'], ['test-3', 'Story number 3'],
  ]);
  await expect(library.locator('[data-library-item]')).toHaveCount(3);
});

test('an invalid or damaged backup is refused plainly and leaves the library unchanged', async ({ ext }) => {
  const library = await openLibrary(ext);
  const good = join(folder, 'good.json');
  await writeFile(good, backupOf([article(1), article(2)]));
  await importThroughPage(library, good);
  const before = await snapshot(library);

  const valid = backupOf([article(3), article(4), article(5)]);
  const cases: [string, string][] = [
    ['truncated.json', valid.slice(0, valid.length / 2)],
    ['not-lisible.json', JSON.stringify({ hello: 'world' })],
    ['bad-article.json', valid.replace('"https://news.example/story-5"', '"javascript:alert(1)"')],
    ['bad-image.json', backupOf([article(3), article(4, { images: [{ url: 'https://news.example/a.png', type: 'image/png', data: '@@not base64@@' }] })])],
  ];
  for (const [name, content] of cases) {
    const file = join(folder, name);
    await writeFile(file, content);
    await library.locator('[data-library-import]').setInputFiles(file);
    const alert = library.locator('[data-library-notice="error"]');
    await expect(alert).toContainText('Nothing was changed in the library');
    expect(await snapshot(library)).toEqual(before);
  }
  await expect(library.locator('[data-library-item]')).toHaveCount(2);
});

test('one article or a selection exports as Markdown and as standalone HTML with its images', async ({ ext, site }) => {
  await saveFromPopup(ext, `${site.origin}/article-fr.html`);
  const library = await openLibrary(ext);
  const item = library.locator('[data-library-item]').first();
  await item.locator('input[type="checkbox"]').check();

  let downloading = library.waitForEvent('download');
  await library.locator('[data-action="export-markdown"]').click();
  let download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^batteries-voltaria.*\.md$/);
  const markdown = await readFile((await download.path())!, 'utf8');
  expect(markdown).toMatch(/^# Batteries : Voltaria/);
  expect(markdown).toContain('Le chantier doit démarrer en juin');
  expect(markdown).toContain(`<${site.origin}/article-fr.html>`);

  downloading = library.waitForEvent('download');
  await library.locator('[data-action="export-html"]').click();
  download = await downloading;
  const htmlFile = join(folder, 'article.html');
  await download.saveAs(htmlFile);
  const html = await readFile(htmlFile, 'utf8');
  expect(html).toContain('Content-Security-Policy');
  expect(html).not.toContain('<script');
  expect(html).toContain('Le chantier doit démarrer en juin');
  expect(html).toContain('src="data:image/svg+xml;base64,');

  // The HTML file reads on its own, images included, with the network cut.
  await ext.context.setOffline(true);
  const page = await ext.context.newPage();
  await page.goto(`file://${htmlFile}`);
  const shown = await page.locator('img').first().evaluate(async (img: HTMLImageElement) => { await img.decode(); return img.naturalWidth; });
  expect(shown).toBeGreaterThan(0);
});

/** The files of a ZIP archive whose entries are stored (as the library's EPUB writes them). */
function unzipStored(buffer: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let offset = 0;
  while (buffer.readUInt32LE(offset) === 0x04034b50) {
    expect(buffer.readUInt16LE(offset + 8)).toBe(0);
    const size = buffer.readUInt32LE(offset + 18);
    const nameLength = buffer.readUInt16LE(offset + 26);
    const extra = buffer.readUInt16LE(offset + 28);
    const name = buffer.subarray(offset + 30, offset + 30 + nameLength).toString('utf8');
    const start = offset + 30 + nameLength + extra;
    files.set(name, buffer.subarray(start, start + size));
    offset = start + size;
  }
  return files;
}

test('a selection exports as an EPUB book, one chapter per article, images inside', async ({ ext, site }) => {
  await saveFromPopup(ext, `${site.origin}/article-fr.html`);
  const library = await openLibrary(ext);
  const file = join(folder, 'extra.json');
  await writeFile(file, backupOf([article(1, { images: [{ url: 'https://news.example/square.svg', type: 'image/svg+xml', data: SQUARE_SVG }] })]));
  await importThroughPage(library, file);
  await library.locator('[data-action="select-shown"]').click();
  const downloading = library.waitForEvent('download');
  await library.locator('[data-action="export-epub"]').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^lisible-articles-\d{4}-\d{2}-\d{2}\.epub$/);
  const files = unzipStored(await readFile((await download.path())!));
  const names = Array.from(files.keys());
  expect(names[0]).toBe('mimetype');
  expect(files.get('mimetype')!.toString()).toBe('application/epub+zip');
  expect(names).toEqual(expect.arrayContaining(['META-INF/container.xml', 'OEBPS/content.opf', 'OEBPS/nav.xhtml', 'OEBPS/article-0.xhtml', 'OEBPS/article-1.xhtml']));
  expect(names.filter((name) => name.startsWith('OEBPS/images/'))).toHaveLength(2);

  // Every XHTML file is well-formed XML, and every image it shows is in the book.
  for (const name of names.filter((n) => n.endsWith('.xhtml') || n.endsWith('.opf'))) {
    const problems = await library.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xhtml+xml');
      return doc.querySelector('parsererror')?.textContent ?? null;
    }, files.get(name)!.toString());
    expect(problems, name).toBeNull();
  }
  const chapters = names.filter((n) => /article-\d\.xhtml$/.test(n)).map((n) => files.get(n)!.toString()).join('\n');
  expect(chapters).toContain('Le chantier doit démarrer en juin');
  expect(chapters).toContain('harbour cranes');
  for (const [, src] of chapters.matchAll(/<img [^>]*src="([^"]+)"/g)) expect(names).toContain(`OEBPS/${src}`);
});
