// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeForView } from '../../../src/reader/sanitize-for-view';

const parse = (html: string): HTMLElement => {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  return holder;
};

describe('sanitizeForView', () => {
  it('drops scripts, handlers, styles and forms', () => {
    const out = parse(sanitizeForView('<p style="color:red" onclick="x()">Text<script>x()</script></p><form action="/x"><iframe src="/f"></iframe></form><style>p{}</style>', 'https://news.example/a'));
    expect(out.innerHTML).toBe('<p>Text</p>');
  });

  it('makes URLs absolute against the page and sends links to a new tab', () => {
    const out = parse(sanitizeForView('<a href="/b">b</a><img src="i.png" srcset="i.png 1x, /j.png 2x">', 'https://news.example/dir/a'));
    const link = out.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://news.example/b');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(out.querySelector('img')!.getAttribute('src')).toBe('https://news.example/dir/i.png');
    expect(out.querySelector('img')!.getAttribute('srcset')).toBe('https://news.example/dir/i.png 1x, https://news.example/j.png 2x');
  });

  it('keeps in-article anchors in the view', () => {
    const link = parse(sanitizeForView('<a href="#note-1">1</a>', 'https://news.example/a')).querySelector('a')!;
    expect(link.getAttribute('href')).toBe('#note-1');
    expect(link.hasAttribute('target')).toBe(false);
  });

  it('resolves nothing against an address that is not a web page', () => {
    const out = parse(sanitizeForView('<img src="i.png">', 'ftp://files.example/a'));
    expect(out.querySelector('img')!.getAttribute('src')).toBe('i.png');
  });

  it('drops a heading opening the text that repeats the title the view shows above it', () => {
    const html = '<h1>Plumbing in Ohio</h1><p>Fast plumbers.</p>';
    expect(sanitizeForView(html, 'https://acme.example/', 'Plumbing in Ohio | Acme')).toBe('<p>Fast plumbers.</p>');
    expect(sanitizeForView(html, 'https://acme.example/')).toBe(html);
  });
});
