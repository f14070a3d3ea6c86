import { describe, expect, it } from 'vitest';
import { removeControlLabels } from '../../../src/core/extract/control-labels';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

function cleaned(body: string): string {
  const doc = parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body><main>${body}</main></body></html>`);
  const main = doc.querySelector('main')!;
  removeControlLabels(main);
  return main.textContent ?? '';
}

describe('labels of form controls on a page that is not an article', () => {
  it('go, the controls being gone from the working copy', () => {
    const text = cleaned(`<h2>Estimate your savings</h2><p>Tell us about your team.</p>
      <div><label for="seats">Number of seats</label></div><div><label for="plan-yearly">Billed yearly</label></div>`);
    expect(text).toContain('Tell us about your team.');
    expect(text).not.toMatch(/Number of seats|Billed yearly/);
  });

  it('stay when they name no control or run long', () => {
    const long = 'This paragraph was styled as a label by the site, yet it says what the service does in full sentences. '.repeat(2);
    const text = cleaned(`<details><summary><label>Can I cancel any time?</label></summary><p>Yes.</p></details><label for="x">${long}</label>`);
    expect(text).toContain('Can I cancel any time?');
    expect(text).toContain('in full sentences');
  });
});
