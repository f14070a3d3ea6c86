import { describe, expect, it } from 'vitest';
import { appendFaqSection, faqSection } from '../../../src/core/extract/faq-section';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const prose = (n: number): string =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the guide to choosing a bicycle, long enough to read as the prose a reader came for.</p>`).join('');
const faq = (heading = 'Frequently Asked Questions'): string =>
  `<section class="faq"><h2>${heading}</h2>` +
  '<div><h3>How often should I oil the chain?</h3><p>Every few hundred kilometres, or after a ride in the rain.</p></div>' +
  '<div><h3>What size of frame do I need?</h3><p>It depends on your inseam more than on your height.</p></div></section>';

function page(html: string): Document {
  return parseWithLinkedom(`<!doctype html><html><body><main><div class="wrap"><div id="body">${prose(4)}</div>${html}</div></main></body></html>`);
}

describe('an article’s FAQ set apart from its body', () => {
  it('is found after the main container and added to content that lacks it', () => {
    const doc = page(faq());
    const found = faqSection(doc.getElementById('body')!);
    expect(found?.firstQuestion).toBe('How often should I oil the chain?');
    const content = doc.createElement('div');
    content.innerHTML = prose(4);
    appendFaqSection(content, found!);
    expect(content.textContent).toContain('What size of frame do I need?');
    expect(content.querySelector('h2')?.textContent).toBe('Frequently Asked Questions');
  });

  it('is not added twice when the content holds it already', () => {
    const doc = page(faq('FAQs about bicycles'));
    const found = faqSection(doc.getElementById('body')!)!;
    const content = doc.createElement('div');
    content.innerHTML = prose(2) + faq();
    appendFaqSection(content, found);
    expect(content.querySelectorAll('h2')).toHaveLength(1);
  });

  it('is not taken from before the article: that is another part of the page', () => {
    const doc = parseWithLinkedom(`<!doctype html><html><body><main><div class="wrap">${faq()}<div id="body">${prose(4)}</div></div></main></body></html>`);
    expect(faqSection(doc.getElementById('body')!)).toBeNull();
  });

  it('is named by a heading ending in “FAQs” and found above the wrapper holding only that heading', () => {
    const wrapped = faq('Bicycle care: FAQs').replace(/<h2>(.*?)<\/h2>/, '<div class="title"><header><h2>$1</h2></header></div>');
    const found = faqSection(page(wrapped).getElementById('body')!);
    expect(found?.firstQuestion).toBe('How often should I oil the chain?');
    expect(found?.block.textContent).toContain('Bicycle care: FAQs');
  });

  it('needs two questions and a heading that is only the FAQ’s name', () => {
    const one = '<section><h2>FAQ</h2><h3>How often should I oil the chain?</h3><p>Every few hundred kilometres.</p></section>';
    expect(faqSection(page(one).getElementById('body')!)).toBeNull();
    const other = faq('Why we wrote this guide');
    expect(faqSection(page(other).getElementById('body')!)).toBeNull();
  });

  it('needs its answers: questions whose answers the page hid behind buttons are no help', () => {
    const questionsOnly = '<section><h2>FAQ</h2><h3>How often should I oil the chain?</h3><h3>What size of frame do I need?</h3><h3>Is a steel frame heavy?</h3></section>';
    expect(faqSection(page(questionsOnly).getElementById('body')!)).toBeNull();
  });

  it('is not a block that holds more than the FAQ before its heading', () => {
    const wrapped = `<div><p>${'A long introduction to another part of the site. '.repeat(3)}</p>${faq().replace(/<\/?section[^>]*>/g, '')}</div>`;
    expect(faqSection(page(wrapped).getElementById('body')!)).toBeNull();
  });
});
