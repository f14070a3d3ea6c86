import { describe, expect, it } from 'vitest';
import { copyWithoutNotContent } from '../../../src/core/extract/not-content';
import { isDialogBackground } from '../../../src/core/extract/dialog-background';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

// Read while a sign-in dialog was open: its script hid the rest of the page from screen readers.
const page = `<!doctype html><html><head><title>Clutch kit</title></head><body>
  <main aria-hidden="true"><h1>Clutch kit for vans</h1><p>EUR 355.58</p>
    <p>International shipment of items may be subject to customs processing.</p>
    <span aria-hidden="true">★★★★</span><div hidden>Saved to your list</div></main>
  <div role="dialog" aria-modal="true"><p>Sign in to continue</p></div></body></html>`;

describe('the page behind an open dialog', () => {
  it('is content: its main landmark stays, but what is hidden inside it and the dialog go', () => {
    const text = copyWithoutNotContent(parseWithLinkedom(page)).body.textContent ?? '';
    expect(text).toContain('Clutch kit for vans');
    expect(text).toContain('customs processing');
    expect(text).not.toMatch(/★|Saved to your list|Sign in to continue/);
  });

  it('is a main landmark hidden from screen readers only, not one hidden for good nor another hidden block', () => {
    const doc = parseWithLinkedom(`<body><div role="main" aria-hidden="true">A</div><main hidden aria-hidden="true">B</main>
      <aside aria-hidden="true">C</aside><main>D</main></body>`);
    expect(Array.from(doc.body.children).map(isDialogBackground)).toEqual([true, false, false, false]);
  });
});
