import { describe, expect, it } from 'vitest';
import { removeCallsToAction } from '../../../src/core/extract/calls-to-action';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

function cleaned(body: string): string {
  const doc = parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body><main>${body}</main></body></html>`);
  const main = doc.querySelector('main')!;
  removeCallsToAction(main);
  return main.textContent ?? '';
}

describe('calls to action on a service page', () => {
  it('go when they are a line of their own', () => {
    const text = cleaned(`<section><h2>Record your screen</h2><p>Share a video instead of a meeting.</p>
      <div><a href="/signup">Start free trial</a></div><div><a href="/sales">Contact sales</a></div><div><a href="/join">Sign up for free</a></div>
      <div class="w-form-done">Thank you! Your submission has been received!</div></section>`);
    expect(text).toContain('Share a video instead of a meeting.');
    expect(text).not.toMatch(/Start free trial|Contact sales|Sign up for free|submission has been received/);
  });

  it('stay inside a sentence', () => {
    expect(cleaned('<p>Questions about billing? <a href="/contact">Contact us</a> any day.</p>')).toContain('Contact us');
  });
});
