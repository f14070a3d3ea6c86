import { describe, expect, it } from 'vitest';
import { removeRepeatedLines } from '../../../src/core/extract/repeated-lines';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

function cleaned(body: string, maxChars?: number): string {
  const doc = parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body><div id="c">${body}</div></body></html>`);
  const content = doc.getElementById('c')!;
  removeRepeatedLines(content, maxChars);
  return Array.from(content.querySelectorAll('h1, h2, h3, p, li, td, code')).map((el) => el.textContent).join('|');
}

describe('repeated lines', () => {
  it('drops a line that repeats the line just before it', () => {
    expect(cleaned('<h3>Malware analysis</h3><p>Malware analysis</p><p>Stops malicious files at machine speed.</p>'))
      .toBe('Malware analysis|Stops malicious files at machine speed.');
  });

  it('keeps a line said again further down', () => {
    expect(cleaned('<p>Order now</p><p>Free delivery</p><p>Order now</p>')).toBe('Order now|Free delivery|Order now');
  });

  it('keeps repeats in a table (a spec sheet says "Yes" row after row)', () => {
    expect(cleaned('<table><tr><td>Yes</td></tr><tr><td>Yes</td></tr></table>')).toBe('Yes|Yes');
  });

  it('keeps repeats in code', () => {
    expect(cleaned('<pre><code>}</code></pre><pre><code>}</code></pre>')).toBe('}|}');
  });

  it('keeps the page title after a line that names the product too', () => {
    expect(cleaned('<p>Camp Mug</p><h1>Camp Mug</h1>')).toBe('Camp Mug|Camp Mug');
  });

  it('keeps a line longer than the limit said twice in a row (a caption under a photo and in the text)', () => {
    const caption = 'In this photo the rocket booster with the cargo ship stands on the launch pad at the cosmodrome, ready for the flight.';
    expect(cleaned(`<p>Ada Lovelace</p><p>Ada Lovelace</p><p>${caption}</p><p>${caption}</p>`, 80)).toBe(`Ada Lovelace|${caption}|${caption}`);
  });

  it('keeps a line said again that links to another page (two items named alike)', () => {
    expect(cleaned('<p><a href="/a">link</a></p><p><a href="/b">link</a></p><p><a href="/b">link</a></p>')).toBe('link|link');
  });
});
