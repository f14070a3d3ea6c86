import { describe, expect, it } from 'vitest';
import { articleImageUrls, imageUrls, leadImageUrl } from '../../../src/shared/library/image-urls';
import { articleKey } from '../../../src/shared/library/article-key';
import { classifyStorageError } from '../../../src/shared/library/storage-error';
import { joinArticle, splitArticle } from '../../../src/shared/library/split-article';
import { filterArticles, sitesOf, sortArticles } from '../../../src/library/arrange-articles';
import type { ArticleMeta, SavedArticle } from '../../../src/shared/library/types';

describe('image addresses', () => {
  it('reads img src from serialized HTML, entities decoded, data: and relative left out', () => {
    const html = '<p><img src="https://a.example/x.jpg?w=1&amp;h=2" alt=""></p><img alt="" src="data:image/png;base64,AA"><img src="https://a.example/x.jpg?w=1&amp;h=2"><img src="/rel.png">';
    expect(imageUrls(html)).toEqual(['https://a.example/x.jpg?w=1&h=2']);
  });

  it('adds the lead image, made absolute against the page', () => {
    expect(leadImageUrl({ leadImage: '/img/lead.jpg', url: 'https://a.example/story' })).toBe('https://a.example/img/lead.jpg');
    expect(articleImageUrls({ html: '<img src="https://a.example/img/lead.jpg">', leadImage: '/img/lead.jpg', url: 'https://a.example/s' }))
      .toEqual(['https://a.example/img/lead.jpg']);
    expect(leadImageUrl({ leadImage: 'javascript:x', url: 'https://a.example/' })).toBeNull();
  });
});

describe('article key', () => {
  it('drops the fragment only', () => {
    expect(articleKey('https://a.example/story?id=3#comments')).toBe('https://a.example/story?id=3');
  });
});

describe('storage errors', () => {
  const quota = new DOMException('full', 'QuotaExceededError');
  it('tells a full disk from a refused quota', async () => {
    expect(await classifyStorageError(quota, async () => ({ usage: 95, quota: 100 }))).toBe('storage-full');
    expect(await classifyStorageError(quota, async () => ({ usage: 5, quota: 100 }))).toBe('quota-refused');
    expect(await classifyStorageError(new Error('other'), async () => ({ usage: 95, quota: 100 }))).toBe('other');
  });
});

const saved = (n: number, extra: Partial<SavedArticle> = {}): SavedArticle => ({
  id: `id${n}`, url: `https://s.example/${n}`, title: `T${n}`, byline: null, siteName: `Site ${n % 2}`, publishedTime: null,
  lang: 'en', dir: 'ltr', excerpt: null, leadImage: null, isArticle: true, html: `<p>${n}</p>`, text: `${n}`,
  wordCount: 1, readingMinutes: 1, keyFigures: [], savedAt: `2025-01-0${n}T00:00:00.000Z`, read: false, missingImages: 0, ...extra,
});

describe('records', () => {
  it('splits an article into list row, body and terms, and joins it back', () => {
    const article = saved(1, { keyFigures: [{ value: 1, unit: 'x', raw: '1x', label: 'l', approx: false, offset: 0 }] });
    const { meta, content, terms } = splitArticle(article);
    expect(meta.firstFigure?.raw).toBe('1x');
    expect('html' in meta).toBe(false);
    expect(terms.terms).toContain(' t1 ');
    expect(joinArticle(meta, content)).toEqual(article);
  });
});

describe('arranging the list', () => {
  const collator = new Intl.Collator('en');
  const metas: ArticleMeta[] = [
    saved(1, { publishedTime: '2024-03-01T00:00:00Z', siteName: 'beta' }),
    saved(2, { publishedTime: null, siteName: null }),
    saved(3, { publishedTime: '2024-05-01T00:00:00+02:00', siteName: 'Alpha' }),
  ].map((a) => splitArticle(a).meta);

  it('sorts by date saved, date published (undated last) and site (none last)', () => {
    expect(sortArticles(metas, 'saved', collator).map((m) => m.id)).toEqual(['id3', 'id2', 'id1']);
    expect(sortArticles(metas, 'published', collator).map((m) => m.id)).toEqual(['id3', 'id1', 'id2']);
    expect(sortArticles(metas, 'site', collator).map((m) => m.id)).toEqual(['id3', 'id1', 'id2']);
  });

  it('filters by site and by search result', () => {
    expect(filterArticles(metas, 'beta', null).map((m) => m.id)).toEqual(['id1']);
    expect(filterArticles(metas, null, new Set(['id2', 'id3'])).map((m) => m.id)).toEqual(['id2', 'id3']);
    expect(filterArticles(metas, 'beta', new Set(['id3']))).toEqual([]);
    expect(sitesOf(metas, collator)).toEqual([{ name: 'Alpha', count: 1 }, { name: 'beta', count: 1 }]);
  });
});
