import { createServer, type Server } from 'node:http';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { ROOT, launchWithExtension, type Extension } from './harness';
import { openLibrary, saveFromPopup, shownImages, snapshot } from './library-helpers';

const SVG = (color: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="48"><rect width="64" height="48" fill="${color}"/></svg>`;

interface Site { origin: string; server: Server }

/** An image host on its own port (so its own origin), with or without CORS headers. */
/** Whether the flaky image fails, as a busy image server does. */
let flakyDown = true;

async function imageHost(cors: boolean): Promise<Site> {
  const server = createServer((request, response) => {
    if (request.url?.includes('flaky') && flakyDown) return void response.writeHead(503).end();
    const headers: Record<string, string> = { 'content-type': 'image/svg+xml' };
    if (cors) headers['access-control-allow-origin'] = '*';
    response.writeHead(200, headers).end(SVG(request.url?.includes('blue') ? 'blue' : 'green'));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${address.port}`, server };
}

const paragraph = (n: number) => `<p>Paragraph ${n} of a long report on the harbour works: the cranes arrived in spring, the quay was extended by two hundred metres, and the port authority expects traffic to grow by a fifth over the next decade, according to its annual review published this week.</p>`;

async function articleHost(images: string[]): Promise<Site> {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour works</title></head><body>
    <header><nav><a href="/">Home</a></nav></header>
    <main><article><h1>Harbour works double the quay</h1><p class="byline">By A. Writer</p>
    ${paragraph(1)}${paragraph(2)}
    ${images.map((src, i) => `<figure><img src="${src}" width="64" height="48" alt="Picture ${i}"><figcaption>Picture ${i}</figcaption></figure>${paragraph(i + 3)}`).join('\n')}
    ${paragraph(9)}</article></main></body></html>`;
  const server = createServer((request, response) => {
    if (request.url?.startsWith('/own.svg')) return void response.writeHead(200, { 'content-type': 'image/svg+xml' }).end(SVG('red'));
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server };
}

async function saveAndRead(ext: Extension, noCors: Site, cors: Site): Promise<{ stored: string[]; text: string }> {
  const page = await articleHost([`/own.svg`, `${noCors.origin}/blue.svg`, `${cors.origin}/blue.svg`]);
  try {
    const url = `${page.origin}/story`;
    await saveFromPopup(ext, url);
    const library = await openLibrary(ext);
    const stored = (await snapshot(library)).images.map((image) => image.url.replace(page.origin, 'OWN').replace(noCors.origin, 'NOCORS').replace(cors.origin, 'CORS'));
    return { stored: stored.sort(), text: (await library.locator('[data-library-item]').textContent()) ?? '' };
  } finally {
    page.server.close();
  }
}

test.describe('images of other origins', () => {
  let noCors: Site;
  let cors: Site;
  test.beforeAll(async () => { noCors = await imageHost(false); cors = await imageHost(true); });
  test.afterAll(() => { noCors.server.close(); cors.server.close(); });

  test('without host access: the page\'s own images and CORS-open ones are stored, the others counted as online only', async ({ ext }) => {
    const { stored, text } = await saveAndRead(ext, noCors, cors);
    expect(stored).toEqual(['CORS/blue.svg', 'OWN/own.svg']);
    expect(text).toContain('images online only: 1');
  });

  test('with the optional host access granted: every image is stored', async () => {
    await withHostAccess(async (ext) => {
      const { stored, text } = await saveAndRead(ext, noCors, cors);
      expect(stored).toEqual(['CORS/blue.svg', 'NOCORS/blue.svg', 'OWN/own.svg']);
      expect(text).not.toContain('online only');
      const library = await openLibrary(ext);
      await ext.context.setOffline(true);
      await library.locator('[data-library-item] [data-action="open"]').click();
      const images = await shownImages(library);
      expect(images).toHaveLength(3);
      expect(images.every((image) => image.shown)).toBe(true);
    });
  });

  test('an image that failed at save time can be fetched later from the library', async () => {
    await withHostAccess(async (ext) => {
      const page = await articleHost([`${noCors.origin}/flaky.svg`]);
      try {
        await saveFromPopup(ext, `${page.origin}/story`);
        const library = await openLibrary(ext);
        const item = library.locator('[data-library-item]');
        await expect(item).toContainText('images online only: 1');
        flakyDown = false;
        await item.locator('[data-action="keep-images"]').click();
        await expect(library.locator('[data-library-notice]')).toHaveText('Every image of the article is now kept for offline reading.');
        await expect(item).not.toContainText('online only');
        await expect(item.locator('[data-action="keep-images"]')).toHaveCount(0);
        await ext.context.setOffline(true);
        await item.locator('[data-action="open"]').click();
        expect((await shownImages(library)).map((image) => image.shown)).toEqual([true]);
      } finally {
        page.server.close();
      }
    });
  });
});

/** As acceptance checks do: a copy of dist/ with the optional host permissions granted at install. */
async function withHostAccess(run: (ext: Extension) => Promise<void>): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'lisible-granted-'));
  try {
    await cp(join(ROOT, 'dist'), folder, { recursive: true });
    const manifest = JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    manifest.host_permissions = manifest.optional_host_permissions;
    delete manifest.optional_host_permissions;
    await writeFile(join(folder, 'manifest.json'), JSON.stringify(manifest));
    const ext = await launchWithExtension({ extensionDir: folder });
    try {
      await run(ext);
    } finally {
      await ext.close();
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
