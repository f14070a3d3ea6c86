import { describe, expect, it } from 'vitest';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';
import { resolveUrls } from '../../../src/core/extract/resolve-urls';

const content = (html: string) => parseWithLinkedom(`<!doctype html><html><body><div id="c">${html}</div></body></html>`).getElementById('c')!;

describe('resolveUrls', () => {
  it('makes lazy images and picture sources real before making their addresses absolute', () => {
    const root = content('<picture><source data-srcset="/big.webp 2x"><img src="data:image/gif;base64,R0" data-src="/photo.jpg"></picture>'
      + '<source data-srcset="/alone.webp"><img src="/spacer.gif" srcset="/one.jpg 1x, /two.jpg 2x">');
    resolveUrls(root, 'https://example.org/news/story');
    const [inPicture, alone] = Array.from(root.querySelectorAll('source'));
    const [lazy, spacer] = Array.from(root.querySelectorAll('img'));
    expect(inPicture!.getAttribute('srcset')).toBe('https://example.org/big.webp 2x');
    expect(alone!.getAttribute('srcset')).toBeNull();
    expect(lazy!.getAttribute('src')).toBe('https://example.org/photo.jpg');
    expect(spacer!.getAttribute('src')).toBe('https://example.org/one.jpg');
    expect(spacer!.getAttribute('srcset')).toBe('https://example.org/one.jpg 1x, https://example.org/two.jpg 2x');
  });

  it('makes links and media absolute, leaving fragments, scripts and mail links as they are', () => {
    const root = content('<a href="../a">a</a><a href="#top">t</a><a href="mailto:x@example.org">m</a><a>no link</a>'
      + '<video src="v.mp4" poster="p.jpg"></video><audio src="/s.mp3"></audio><span src="/not-media">x</span>');
    resolveUrls(root, 'https://example.org/news/story');
    expect(Array.from(root.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual(['https://example.org/a', '#top', 'mailto:x@example.org', null]);
    const video = root.querySelector('video')!;
    expect([video.getAttribute('src'), video.getAttribute('poster')]).toEqual(['https://example.org/news/v.mp4', 'https://example.org/news/p.jpg']);
    expect(root.querySelector('audio')!.getAttribute('src')).toBe('https://example.org/s.mp3');
    expect(root.querySelector('span')!.getAttribute('src')).toBe('/not-media');
  });

  it('resolves lazy images even without a page address', () => {
    const root = content('<img src="" data-src="/photo.jpg"><a href="/a">a</a>');
    resolveUrls(root, null);
    expect(root.querySelector('img')!.getAttribute('src')).toBe('/photo.jpg');
    expect(root.querySelector('a')!.getAttribute('href')).toBe('/a');
  });
});
