import { describe, expect, it } from 'vitest';
import { BackupError, parseBackup } from '../../../src/shared/library/backup-format';

const article = {
  id: 'a1', url: 'https://news.example/a', title: 'A', html: '<p>A</p>', text: 'A', savedAt: '2025-01-01T00:00:00.000Z',
  keyFigures: [{ value: 3, unit: '%', raw: '3 %', label: 'growth', approx: false, offset: 4 }],
  images: [{ url: 'https://news.example/a.png', type: 'image/png', data: 'iVBORw0KGgo=' }],
};
const backup = (articles: unknown[], extra: object = {}) => JSON.stringify({ format: 'lisible-library', version: 1, exportedAt: '', articles, ...extra });

describe('parseBackup', () => {
  it('reads a backup and fills fields older exports lack', () => {
    const parsed = parseBackup(backup([article]));
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.articles[0]).toMatchObject({ id: 'a1', read: false, dir: 'ltr', siteName: null, missingImages: 0 });
    expect(parsed.articles[0]!.images[0]!.data).toBe('iVBORw0KGgo=');
  });

  it.each([
    ['not JSON', '{"format":'],
    ['another format', JSON.stringify({ format: 'pocket', articles: [] })],
    ['a newer version', backup([], { version: 99 })],
    ['no articles', JSON.stringify({ format: 'lisible-library', version: 1 })],
    ['an article without id', backup([{ ...article, id: '' }])],
    ['a script address', backup([{ ...article, url: 'javascript:alert(1)' }])],
    ['a bad date', backup([{ ...article, savedAt: 'yesterday' }])],
    ['a body that is not text', backup([{ ...article, html: 42 }])],
    ['a malformed key figure', backup([{ ...article, keyFigures: [{ value: 'lots' }] }])],
    ['image bytes that are not base64', backup([{ ...article, images: [{ ...article.images[0], data: '**' }] }])],
    ['image bytes cut short', backup([{ ...article, images: [{ ...article.images[0], data: 'iVBORw0KGg' }] }])],
  ])('refuses %s', (_, text) => {
    expect(() => parseBackup(text)).toThrow(BackupError);
  });

  it('says which article is wrong', () => {
    expect(() => parseBackup(backup([article, { ...article, url: 'nope' }]))).toThrow('article 2 has no valid address');
  });
});
