import { describe, expect, it } from 'vitest';
import { mainLandmark } from '../../../src/core/extract/main-landmark';
import { mainContainer, measureText } from '../../../src/core/extract/main-container';
import { extractContent } from '../../../src/core/extract/extract-content';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const service = '<p>Our clinic offers therapy for adults and children, in person or by video, with evening hours on weekdays.</p>'.repeat(4);
const panel = '<p>Main campus 303-000-0000, appointments 303-000-0001, nurse line 303-000-0002.</p>'.repeat(4);

const page = (main: string, side: string): string => `<html><head><title>Therapy</title></head><body><div id="page">
  <div class="contact-panel">${side}</div><main><h1>Therapy services</h1>${main}</main></div></body></html>`;

describe("the page's <main> inside the main container", () => {
  it('is taken when it holds half of the container and the chrome beside it the rest', () => {
    const body = parseWithLinkedom(page(service, panel)).body;
    const weights = measureText(body);
    const container = mainContainer(body, weights);
    expect(container.id).toBe('page');
    expect(mainLandmark(container, weights)?.tagName).toBe('MAIN');
  });

  it('is not taken when it holds a small part of the container, or when there are several', () => {
    let body = parseWithLinkedom(page('<p>Short intro.</p>', service + panel)).body;
    let weights = measureText(body);
    expect(mainLandmark(mainContainer(body, weights), weights)).toBeNull();
    body = parseWithLinkedom(`<html><body><div><main>${service}</main><main>${panel}</main></div></body></html>`).body;
    weights = measureText(body);
    expect(mainLandmark(mainContainer(body, weights), weights)).toBeNull();
  });

  it('leaves the contact panel out of a page that is not an article', () => {
    const content = extractContent(parseWithLinkedom(page(service, panel)), { isArticle: false });
    expect(content?.content.textContent).toContain('evening hours');
    expect(content?.content.textContent).not.toContain('nurse line');
  });
});
