import { test, expect } from './fixtures';
import { openLibrary, snapshot } from './library-helpers';

test('100 saves fired at once from several tabs leave exactly 100 articles', async ({ ext }) => {
  const tabs = await Promise.all([0, 1, 2, 3].map(() => openLibrary(ext)));
  // Each tab saves 25 addresses of its own and the 25 of the next tab: 200 saves of 100 addresses, all at once.
  const replies = await Promise.all(tabs.map((tab, k) => tab.evaluate(async (k) => {
    const article = (n: number) => ({
      isArticle: true, url: `https://concurrent.example/a/${n}`, title: `Article ${n}`, byline: null, siteName: 'Concurrent',
      publishedTime: null, lang: 'en', dir: 'ltr', excerpt: null, leadImage: null,
      html: `<p>Body of article ${n} from tab ${k}</p>`, text: `Body of article ${n} from tab ${k}`,
      wordCount: 7, readingMinutes: 1, keyFigures: [],
    });
    const mine = Array.from({ length: 25 }, (_, i) => k * 25 + i);
    const next = mine.map((n) => (n + 25) % 100);
    return Promise.all([...mine, ...next].map((n) => chrome.runtime.sendMessage({ type: 'library/save-article', article: article(n) })));
  }, k)));
  for (const reply of replies.flat()) expect(reply).toMatchObject({ ok: true });

  const stored = await snapshot(tabs[0]!);
  expect(stored.articles).toHaveLength(100);
  expect(new Set(stored.articles.map((a) => a.url)).size).toBe(100);
  // Saves of one address got one id.
  const ids = new Map<string, Set<string>>();
  for (const reply of replies.flat() as { value: { id: string } }[]) ids.set(reply.value.id, new Set());
  expect(ids.size).toBe(100);

  await tabs[0]!.reload();
  await expect(tabs[0]!.locator('.count')).toHaveText('100 articles');
});

test('a save that fails leaves what is stored as it was', async ({ ext }) => {
  const library = await openLibrary(ext);
  const save = (html: unknown) => library.evaluate((html) => chrome.runtime.sendMessage({
    type: 'library/save-article',
    article: {
      isArticle: true, url: 'https://fail.example/story', title: 'Story', byline: null, siteName: 'Fail', publishedTime: null,
      lang: 'en', dir: 'ltr', excerpt: null, leadImage: null, html, text: 'First version', wordCount: 2, readingMinutes: 1, keyFigures: [],
    },
  }), html);
  expect(await save('<p>First version</p>')).toMatchObject({ ok: true });
  const before = await snapshot(library);
  // An article that cannot be stored (its body is not HTML text): the save is refused as a whole.
  expect(await save({ not: 'html' })).toMatchObject({ ok: false });
  expect(await snapshot(library)).toEqual(before);
});
