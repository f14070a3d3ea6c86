import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readArticle } from '../../src/core/read-article';
import type { DomWindow } from '../../src/core/types';

const paragraphs = Array.from({ length: 8 }, (_, i) =>
  `<p>Paragraphe ${i + 1} : le partenariat entre les deux groupes prévoit un investissement de 10 Md$ étalé sur plusieurs années, selon les documents consultés par la rédaction.</p>`).join('');

function page(body: string, head = ''): JSDOM {
  return new JSDOM(`<!doctype html><html lang="fr"><head><title>Titre - Site</title>${head}</head><body>${body}</body></html>`,
    { url: 'https://www.example.fr/article.html' });
}

describe('readArticle', () => {
  it('extracts title, text and metadata of a simple article', () => {
    const dom = page(`<nav><a href="/">Accueil</a></nav><article><h1>Titre</h1>${paragraphs}</article>`,
      '<meta property="og:site_name" content="Exemple">');
    const article = readArticle(dom.window.document, { url: dom.window.location.href, window: dom.window as unknown as DomWindow });
    expect(article).not.toBeNull();
    expect(article!.siteName).toBe('Exemple');
    expect(article!.lang).toBe('fr');
    expect(article!.text).toContain('Paragraphe 8');
    expect(article!.text).not.toContain('Accueil');
    expect(article!.text.split('\n\n').length).toBeGreaterThanOrEqual(8);
    expect(article!.wordCount).toBeGreaterThan(150);
    expect(article!.readingMinutes).toBeGreaterThanOrEqual(1);
  });

  it('removes scripts and event handlers from the article HTML', () => {
    const dom = page(`<article>${paragraphs}<p><img src="x.png" onerror="alert(1)"><a href="javascript:alert(2)">lien</a></p><script>alert(3)</script></article>`);
    const article = readArticle(dom.window.document, { window: dom.window as unknown as DomWindow });
    expect(article!.html).not.toMatch(/onerror|javascript:|<script/i);
  });

  it('leaves the live document untouched', () => {
    const dom = page(`<article>${paragraphs}</article>`);
    const before = dom.window.document.documentElement.outerHTML;
    readArticle(dom.window.document, { window: dom.window as unknown as DomWindow });
    expect(dom.window.document.documentElement.outerHTML).toBe(before);
  });
});
