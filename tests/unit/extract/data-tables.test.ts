import { describe, expect, it } from 'vitest';
import { unmarkDataTables } from '../../../src/core/extract/data-tables';
import { extractContent } from '../../../src/core/extract/extract-content';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const page = (body: string): Document =>
  parseWithLinkedom(`<!doctype html><html><head><title>Prize winners</title></head><body>${body}</body></html>`);

const rows = (n: number): string => Array.from({ length: n }, (_, i) =>
  `<tr><td>${1990 + i}</td><td><a href="/w/${i}">Winner number ${i + 1}</a></td><td><a href="/c/${i}">Country ${i + 1}</a></td></tr>`).join('');
const table = (names: string, n = 12): string => `<table ${names}><tbody><tr><th>Year</th><th>Winner</th><th>Country</th></tr>${rows(n)}</tbody></table>`;
const intro = `<p>${'The prize has been given every year since 1990 to a writer whose work the jury found the most striking. '.repeat(3)}</p>`;

describe('data tables', () => {
  it('loses a class that would have Readability drop it unread', () => {
    const doc = page(table('class="wikitable sticky-header" id="winners"'));
    unmarkDataTables(doc.body.querySelectorAll('*'));
    expect(doc.querySelector('table')?.hasAttribute('class')).toBe(false);
    expect(doc.querySelector('table')?.hasAttribute('id')).toBe(false);
  });

  it('keeps its names when they are harmless, saved, or the table is a layout', () => {
    const doc = page(`${table('class="wikitable sortable"')}${table('class="main-header"')}<table class="footer"><tr><td>Contact</td></tr></table>`);
    unmarkDataTables(doc.body.querySelectorAll('*'));
    expect(Array.from(doc.querySelectorAll('table'), (t) => t.getAttribute('class'))).toEqual(['wikitable sortable', 'main-header', 'footer']);
  });

  it('stays in an article read by Readability', () => {
    const doc = page(`<main><h1>Prize winners</h1>${intro}<h2>List of winners</h2>${table('class="wikitable sticky-header"', 30)}${intro}</main>`);
    const text = extractContent(doc, { isArticle: true })?.content.textContent ?? '';
    expect(text).toContain('Winner number 30');
  });
});
