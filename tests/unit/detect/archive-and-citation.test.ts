import { describe, expect, it } from 'vitest';
import { isArticle } from '../../../src/core/detect/is-article';
import { pageSignals } from '../../../src/core/detect/page-signals';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const page = (head: string, body: string) => parseWithLinkedom(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
const menu = (n: number) => `<nav><ul>${Array.from({ length: n }, (_, i) => `<li><a href="/list/${i}">Subject area ${i}</a></li>`).join('')}</ul></nav>`;

// A paper's abstract page: a title, authors, one paragraph of abstract and many menu links.
const abstract = '<p>We study how small language models learn arithmetic from a few thousand worked examples, and we measure how far the skill carries to longer numbers than those seen in training.</p>';
const paperBody = `${menu(40)}<main><h1>Arithmetic in small language models</h1><div class="authors"><a href="/a/lee">Ann Lee</a>, <a href="/a/kim">Bo Kim</a></div><blockquote class="abstract">${abstract}</blockquote><ul><li><a href="/pdf/2512.01234">PDF</a></li><li><a href="/format/2512.01234">Other formats</a></li></ul></main>`;
const citationTags = '<meta name="citation_title" content="Arithmetic in small language models"><meta name="citation_author" content="Lee, Ann">';
const paper = (head: string) => page(`<title>Arithmetic in small language models</title>${head}`, paperBody);
const paperUrl = 'https://papers.example.org/abs/2512.01234';

// A WordPress category archive: an intro line and recipe cards, under a headline-like title.
const cards = Array.from({ length: 14 }, (_, i) =>
  `<article class="card"><a href="/recipe-${i}/"><img src="/i${i}.jpg" alt=""></a><h3><a href="/air-fryer-recipe-number-${i}/">Air fryer recipe ${i}</a></h3></article>`).join('');
const archiveBody = `${menu(20)}<main><h1>Best Air Fryer Recipes</h1><p>Our favourite air fryer recipes: crispy, quick and made with what you already have in the fridge on a busy weeknight.</p>${cards}</main>`;
const recipes = (ogTitle: string) => page(`<title>Best Air Fryer Recipes - Yum</title><meta property="og:type" content="article"><meta property="og:title" content="${ogTitle}">`, archiveBody);
const recipesUrl = 'https://food.example.com/recipes/air-fryer-recipes/';

describe('scholarly citation tags', () => {
  it('are read from the head', () => {
    expect(pageSignals(paper(citationTags), paperUrl).hasCitationMeta).toBe(true);
    expect(pageSignals(paper(''), paperUrl).hasCitationMeta).toBe(false);
  });

  it('make a short abstract page an article, as schema.org ScholarlyArticle would', () => {
    expect(isArticle(paper(citationTags), paperUrl)).toBe(true);
    expect(isArticle(paper(''), paperUrl)).toBe(false);
  });
});

describe('archive titles', () => {
  it('are titles whose head, site name cut off, ends in Archive or Archives', () => {
    const archive = (title: string, og = '') => pageSignals(page(`<title>${title}</title>${og ? `<meta property="og:title" content="${og}">` : ''}`, '<p>x</p>')).archiveTitle;
    expect(archive('Zero Waste for Beginners Archives - Going Green')).toBe(true);
    expect(archive('Best Air Fryer Recipes - Yum', 'Air Fryer Recipes Archives')).toBe(true);
    expect(archive('Interviews Archive | The Review')).toBe(true);
    expect(archive('The National Archives opens the 1995 cabinet papers')).toBe(false);
    expect(archive('Digital archivists meet in Leeds')).toBe(false);
  });

  it('make a category archive with a headline-like title a list page', () => {
    expect(isArticle(recipes('Air Fryer Recipes Archives'), recipesUrl)).toBe(false);
    expect(isArticle(recipes('Best Air Fryer Recipes'), recipesUrl)).toBe(true);
  });
});
