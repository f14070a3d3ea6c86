import { describe, expect, it } from 'vitest';
import { pruneBoilerplate } from '../../../src/core/extract/prune-boilerplate';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const prose = (topic: string): string =>
  `<p>The ${topic} changed how the harbour works. ${'The port authority said so in its yearly report, with figures. '.repeat(3)}</p>`;

function pruned(body: string): string {
  const doc = parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
  pruneBoilerplate(doc, true);
  return doc.body.textContent ?? '';
}

const count = (text: string, part: string): number => text.split(part).length - 1;

describe('copies of the content for other screen sizes', () => {
  it('keeps one of two sibling blocks with the same text', () => {
    const copy = `<div><h2>Cranes</h2>${prose('new crane')}${prose('night shift')}</div>`;
    const text = pruned(`<main><h1>Harbour</h1><div class="variant desktop">${copy}</div><div class="variant mobile">${copy}</div></main>`);
    expect(count(text, 'The new crane changed')).toBe(1);
    expect(count(text, 'The night shift changed')).toBe(1);
  });

  it('keeps a paragraph that the text itself repeats', () => {
    const text = pruned(`<main><h1>Harbour</h1>${prose('new crane')}${prose('night shift')}${prose('new crane')}</main>`);
    expect(count(text, 'The new crane changed')).toBe(2);
  });

  it('keeps a repeated paragraph when the blocks around it differ', () => {
    const text = pruned(`<main><h1>Harbour</h1><section>${prose('new crane')}${prose('night shift')}</section><section>${prose('new crane')}${prose('ferry')}</section></main>`);
    expect(count(text, 'The new crane changed')).toBe(2);
    expect(text).toContain('The ferry changed');
  });
});
