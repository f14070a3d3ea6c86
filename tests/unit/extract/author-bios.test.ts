import { describe, expect, it } from 'vitest';
import { authorBios, bareText, bioBlocks } from '../../../src/core/extract/author-bios';
import { pruneBoilerplate } from '../../../src/core/extract/prune-boilerplate';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const bio = 'Ada Lovelace writes about harbours &amp; boats for the paper. She has covered the port authority for ten years.';
const jsonLd = [{ '@context': 'https://schema.org', '@graph': [
  { '@type': 'Article', headline: 'Cranes at night', author: { '@id': '#ada' } },
  { '@type': 'Person', '@id': '#ada', name: 'Ada Lovelace', description: `<p>${bio}</p>` },
  { '@type': 'Person', name: 'Jo Doe', description: 'Staff writer' },
  { '@type': 'Organization', name: 'The Paper', description: 'The paper of the harbour town since 1850, read in every port of the coast and beyond.' },
] }];

const prose = (n: number): string =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the story, long enough to be prose that a reader came for, with more words in it.</p>`).join('');

function body(html: string): Element {
  return parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`).body;
}

describe("writers' bios from JSON-LD", () => {
  it("reads each Person's description long enough to be a bio, as bare text", () => {
    expect(authorBios(jsonLd)).toEqual([bareText(bio)]);
    expect(bareText('Ada &amp; <b>Jo</b>, 1850!')).toBe('adajo1850');
  });

  it('finds the box showing the bio with the name beside it, not the article around it', () => {
    const page = body(`<article><h1>Cranes at night</h1>${prose(4)}
      <div class="box"><strong>Ada Lovelace</strong><div class="text">${bio}</div><a href="/ada">More by Ada</a></div></article>`);
    const blocks = bioBlocks(page, authorBios(jsonLd));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.className).toBe('box');
  });

  it('finds nothing on a page that does not show the bio', () => {
    expect(bioBlocks(body(`<article>${prose(4)}</article>`), authorBios(jsonLd))).toEqual([]);
  });

  it('is removed from an article, kept on other pages', () => {
    const html = `<article><h1>Cranes at night</h1>${prose(4)}<p>${bio}</p></article>`;
    const article = parseWithLinkedom(`<!doctype html><html><body>${html}</body></html>`);
    pruneBoilerplate(article, true, authorBios(jsonLd));
    expect(article.body.textContent).toContain('Paragraph 4');
    expect(article.body.textContent).not.toContain('Ada Lovelace writes');
    const other = parseWithLinkedom(`<!doctype html><html><body>${html}</body></html>`);
    pruneBoilerplate(other, false, authorBios(jsonLd));
    expect(other.body.textContent).toContain('Ada Lovelace writes');
  });
});
