import { describe, expect, it } from 'vitest';
import { copyWithoutNotContent } from '../../../src/core/extract/not-content';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const page = `<!doctype html><html><head><title>Pet cover</title></head><body><main><h1>Pet cover</h1><ul>
  <li><h3><button aria-expanded="true" aria-controls="a1">What does it cover?</button></h3>
    <div id="a1" role="region" aria-hidden="false"><p>Accidents and illnesses.</p></div></li>
  <li><h3><button aria-expanded="false" aria-controls="a2">Can I use my own vet?</button></h3>
    <div id="a2" role="region" aria-hidden="true"><p>Any licensed vet will do.</p><span hidden>Copied!</span></div></li>
  </ul><div id="other" hidden>Hidden for good</div>
  <button aria-expanded="false" aria-controls="menu">Menu</button><div id="menu" role="menu" hidden>Pricing Login</div>
  </main></body></html>`;

describe('sections a button expands', () => {
  it('are content the page shows on a click, but what is never content inside them still goes', () => {
    const text = copyWithoutNotContent(parseWithLinkedom(page)).body.textContent ?? '';
    expect(text).toContain('Any licensed vet will do.');
    expect(text).not.toMatch(/Copied!|Hidden for good/);
  });

  it('do not bring back a menu a button opens', () => {
    expect(copyWithoutNotContent(parseWithLinkedom(page)).body.textContent).not.toContain('Pricing Login');
  });

  it('stay content where hidden tab panels go, as on a product page (its description folded in an accordion)', () => {
    const text = copyWithoutNotContent(parseWithLinkedom(page), false).body.textContent ?? '';
    expect(text).toContain('Any licensed vet will do.');
    expect(text).not.toMatch(/Copied!|Pricing Login/);
  });

  it('leave the hidden tab panels inside them out on request', () => {
    const nested = page.replace('<span hidden>Copied!</span>', '<div role="tabpanel" hidden>Other tab</div>');
    expect(copyWithoutNotContent(parseWithLinkedom(nested), false).body.textContent).not.toContain('Other tab');
    expect(copyWithoutNotContent(parseWithLinkedom(nested)).body.textContent).toContain('Other tab');
  });

  it('include a panel naming as its label the button that shows it, where the button names no panel', () => {
    const accordion = `<!doctype html><html><body><main><h1>Design course</h1>
      <button id="item-0-heading" type="button">Learn fast</button>
      <div aria-hidden="true" aria-labelledby="item-0-heading" hidden id="item-0-content"><p>Change careers in months.</p></div>
      <h2 id="plans">Plans</h2><div hidden aria-labelledby="plans">Hidden for good</div>
      <button id="tab-1" role="tab">Specs</button><div role="tabpanel" aria-labelledby="tab-1" hidden>Other tab</div>
      </main></body></html>`;
    const text = copyWithoutNotContent(parseWithLinkedom(accordion), false).body.textContent ?? '';
    expect(text).toContain('Change careers in months.');
    // Labelled by a heading, not a toggle; and a product's hidden tab panels stay out.
    expect(text).not.toMatch(/Hidden for good|Other tab/);
  });
});
