import { describe, expect, it } from 'vitest';
import { prependTitleBlock, titleBlockOf } from '../../../src/core/extract/title-block';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const INTRO = 'We help growing teams plan, build and run their data platforms, from the first audit to the daily reports.';
const SECTIONS = '<section id="content"><h2>Understanding your data</h2><p>Work begins with a look at your current data and the tools around it.</p></section>';

/** The content's text once the title's block of the page is put back at its top. */
function withTitle(page: string, pick = '#content'): string {
  const doc = parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body>${page}</body></html>`);
  const block = titleBlockOf(doc.body);
  const content = doc.querySelector(pick)!.cloneNode(true) as Element;
  if (block) prependTitleBlock(content, block);
  return (content.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('title blocks', () => {
  it('come back above content that lacks the page title: the hero with its intro, not its surroundings', () => {
    const text = withTitle(`<div class="hero"><div><h1>Data analytics services</h1><p>${INTRO}</p></div></div>${SECTIONS}`);
    expect(text).toMatch(/^Data analytics services\s*We help growing teams[^]*reports\.\s*Understanding your data/);
  });

  it('come back as the title alone when the content already holds the intro', () => {
    const page = `<div class="hero"><h1>Data analytics services</h1><p>${INTRO}</p></div><div id="content"><p>${INTRO}</p>${SECTIONS}</div>`;
    expect(withTitle(page).match(/We help growing teams/g)).toHaveLength(1);
    expect(withTitle(page)).toMatch(/^Data analytics services\s*We help/);
  });

  it('stay out when the content holds the title, or when the title has no intro but links (a category and its subcategories)', () => {
    expect(withTitle(`<div id="content"><h1>Data analytics services</h1><p>${INTRO}</p></div>`).match(/Data analytics/g)).toHaveLength(1);
    const category = '<header><h1>Electronics</h1><ul><li><a href="/radios">Radios (4)</a></li><li><a href="/speakers">Bluetooth speakers (44)</a></li></ul></header>';
    expect(withTitle(`${category}${SECTIONS}`).startsWith('Understanding')).toBe(true);
  });

  it('are not a logo linking home', () => {
    expect(titleBlockOf(parseWithLinkedom(`<!doctype html><html><body><header><h1><a href="/">Acme</a></h1><p>${INTRO}</p></header></body></html>`).body)).toBeNull();
  });
});
