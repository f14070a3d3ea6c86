import { describe, expect, it } from 'vitest';
import { countProse, keptOnePart } from '../../../src/core/extract/split-article';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const paragraph = (topic: string): string =>
  `<p>The ${topic} changed how the harbour works, the port authority said in its yearly report on Tuesday morning, with the figures for every quay./p>`;

function element(html: string): Element {
  return parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body><div>${html}</div></body></html>`).body.firstElementChild!;
}

describe('an article split across sibling sections', () => {
  const part = element(`${paragraph('crane')}${paragraph('dredger')}<p>Short line.</p>`);
  const chars = (part.textContent ?? '').length;

  it('counts paragraphs of prose, not short lines', () => {
    expect(countProse(part)).toBe(2);
  });

  it('says Readability kept one part when it holds under both shares of the container', () => {
    expect(keptOnePart(part, chars, { chars: chars * 3, prose: 6 })).toBe(true);
  });

  it('keeps Readability\'s block when it holds most of the prose, even if the container has more text', () => {
    expect(keptOnePart(part, chars, { chars: chars * 3, prose: 3 })).toBe(false);
  });

  it('keeps Readability\'s block when it holds most of the text', () => {
    expect(keptOnePart(part, chars, { chars: chars * 1.2, prose: 6 })).toBe(false);
  });
});
