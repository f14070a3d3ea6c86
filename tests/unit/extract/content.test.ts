import { describe, expect, it } from 'vitest';
import { fixture, read } from './read-fixture';

describe('extraction keeps the article structure', () => {
  const article = read(fixture('structure.html'));

  it('keeps code blocks with their whitespace', () => {
    expect(article.html).toContain('<pre><code');
    expect(article.html).toContain('function count(text) {\n    return text.split');
  });

  it("keeps a code block's language class and no other class", () => {
    const page = read(`<html><head><title>Counting words</title></head><body><article><h1>Counting words</h1>
      ${'<p class="lead intro">A paragraph about counting the words of a text, long enough to be prose for a reader.</p>'.repeat(4)}
      <pre class="code-box"><code class="hljs language-python wide">print(len(text.split()))</code></pre></article></body></html>`);
    expect(page.html).toContain('<code class="language-python">print(len(text.split()))</code>');
    expect(page.html).not.toMatch(/class="(?!language-python")/);
  });

  it('keeps tables, lists, quotes and footnotes', () => {
    expect(article.html).toMatch(/<table>[\s\S]*<th>City<\/th>[\s\S]*<td>Nantes<\/td>/);
    expect(article.html).toContain('<li>Second point of the list</li>');
    expect(article.html).toContain('<blockquote>');
    expect(article.text).toContain('The footnote text, kept with the article.');
  });

  it('gives text with one paragraph per block', () => {
    expect(article.text).toContain('Paragraph 1 of the story');
    expect(article.text.split('\n\n').length).toBeGreaterThan(8);
  });
});

describe('lazy images and URLs', () => {
  const article = read(fixture('lazy-images.html'), 'https://example.com/news/story.html');

  it('resolves data-src, data-srcset, noscript and picture images to absolute URLs', () => {
    expect(article.html).toContain('src="https://example.com/img/council.jpg"');
    expect(article.html).toContain('https://example.com/img/a-400.jpg 400w, https://example.com/img/a-800.jpg 800w');
    expect(article.html).toContain('src="https://example.com/img/from-noscript.jpg"');
    expect(article.html).not.toContain('placeholder.png');
    expect(article.html).toContain('https://example.com/img/pic.webp');
  });

  it('keeps figure captions in the HTML, not in the body text', () => {
    expect(article.html).toContain('<figcaption>The council in session.</figcaption>');
    expect(article.text).not.toContain('The council in session.');
  });

  it('makes relative links absolute', () => {
    expect(article.html).toContain('href="https://example.com/other/page.html"');
  });
});

describe('boilerplate is left out', () => {
  it('drops consent prompts', () => {
    const article = read(fixture('consent.html'));
    expect(article.text).toContain('Paragraph 8');
    expect(article.text).not.toMatch(/cookies|Accepter/);
  });

  it('drops share bars, related links, newsletter boxes, navigation and footers', () => {
    const article = read(fixture('related.html'));
    expect(article.text).toContain('Paragraph 8');
    expect(article.text).not.toMatch(/Share on|Another story|newsletter|Sign up|Most popular|Copyright|Home/);
  });
});

describe('language and direction', () => {
  it('reads lang and dir of right-to-left pages', () => {
    const article = read(fixture('rtl.html'));
    expect(article.dir).toBe('rtl');
    expect(article.lang).toBe('ar');
    expect(article.text).toContain('فقرة رقم 8');
  });

  it('counts CJK characters as words for reading time', () => {
    const article = read(fixture('cjk.html'));
    expect(article.lang).toBe('ja');
    expect(article.wordCount).toBeGreaterThan(500);
    expect(article.readingMinutes).toBeGreaterThanOrEqual(1);
  });
});

describe('metadata', () => {
  it('comes from JSON-LD first, then Open Graph', () => {
    const article = read(fixture('json-ld.html'));
    expect(article.title).toBe('The declared headline');
    expect(article.byline).toBe('Ada Lovelace, Alan Turing');
    expect(article.siteName).toBe('The Daily Example');
    expect(article.publishedTime).toBe('2026-03-01T08:00:00Z');
    expect(article.leadImage).toBe('https://example.com/lead.jpg');
    expect(article.excerpt).toBe('A short summary of the story.');
  });
});
