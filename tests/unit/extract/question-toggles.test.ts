import { describe, expect, it } from 'vitest';
import { copyWithoutNotContent, removeNotContent } from '../../../src/core/extract/not-content';
import { extractContent } from '../../../src/core/extract/extract-content';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

// An accordion: each question in the button that shows its answer, with a chevron icon and its title.
const item = (i: number, hidden = true): string => `<div class="faq-item">
  <button aria-expanded="${!hidden}" aria-controls="a${i}"><h3>How long does delivery number ${i} take?</h3><svg><title>chevron icon</title></svg></button>
  <div id="a${i}"${hidden ? ' aria-hidden="true"' : ''}><p>Delivery ${i} takes three to five working days from the moment the order is confirmed by the warehouse.</p></div></div>`;

const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i}: the warehouse moved to a larger site this spring, and orders now leave the same day they are placed, with tracking sent by email.</p>`).join('');
const page = (body: string): string => `<!doctype html><html><head><title>Shipping</title></head><body><article><h1>How we ship</h1>${paragraphs}${body}</article><button>Menu</button></body></html>`;

describe('buttons holding a question', () => {
  it('stay in the working copy as blocks, without their icons, while other buttons go', () => {
    const copy = copyWithoutNotContent(parseWithLinkedom(page(item(1))));
    expect(copy.querySelector('button')).toBeNull();
    expect(copy.body.textContent).toContain('How long does delivery number 1 take?');
    expect(copy.body.textContent).not.toContain('chevron');
    expect(copy.body.textContent).not.toContain('Menu');
  });

  it('stay in a disposable page too', () => {
    const doc = parseWithLinkedom(page(item(1)));
    removeNotContent(doc);
    expect(doc.querySelector('button')).toBeNull();
    expect(doc.querySelector('h3')?.textContent).toBe('How long does delivery number 1 take?');
  });

  it("are read with their answers in an article's FAQ", () => {
    const text = extractContent(parseWithLinkedom(page(`<h2>FAQ</h2>${item(1, false)}${item(2, false)}`)), { disposable: true })?.content.textContent ?? '';
    expect(text).toContain('How long does delivery number 2 take?');
    expect(text).toContain('Delivery 2 takes three to five working days');
  });
});
