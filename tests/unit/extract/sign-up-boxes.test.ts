import { describe, expect, it } from 'vitest';
import { removeSignUpBoxes } from '../../../src/core/extract/sign-up-boxes';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const description = '<p>Our wool runner combines soft merino wool with cloud-like comfort, and it is washing machine approved.</p>';
const notifyMe = '<div class="takeover"><h2>Notify me when back in stock</h2><p>Sign up and we will let you know.</p><label>Email address</label><p>You can opt out any time.</p></div>';
const newsletter = '<section><div><h2>Deals, drops and trends</h2><p>Straight to your inbox: subscribe to our newsletters.</p></div></section>';

const page = (body: string): Document => parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);

describe('sign-up boxes', () => {
  it('removes the short blocks asking for an e-mail address and keeps the product', () => {
    const doc = page(`<div><h1>Wool Runner</h1>${description}</div>${notifyMe}${newsletter}`);
    removeSignUpBoxes(doc.body);
    expect(doc.body.textContent).toContain('cloud-like comfort');
    expect(doc.body.textContent).not.toMatch(/Notify me|opt out|Deals, drops/);
  });

  it('keeps the rest of a long section around a sign-up line, and a block holding the title', () => {
    const long = `<section><p>${'Merino wool keeps feet warm in winter and cool in summer. '.repeat(16)}</p><p>Sign up to our newsletter by e-mail.</p></section>`;
    const titled = '<div><h1>Wool Runner</h1><p>Subscribe by email for restock news.</p></div>';
    const doc = page(`${long}${titled}`);
    removeSignUpBoxes(doc.body);
    expect(doc.body.textContent).toContain('Merino wool keeps feet warm');
    expect(doc.body.textContent).not.toContain('Sign up to our newsletter');
    expect(doc.body.textContent).toContain('restock news');
  });
});
