import { describe, expect, it } from 'vitest';
import { isTabPanel, removeLaterTabPanels } from '../../../src/core/extract/later-tab-panels';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const description = 'Hulled organic sunflower seeds from Bulgaria, with a mild and nutty taste, for salads, bread, muesli and snacking straight from the jar.';

function pruned(body: string): string {
  const doc = parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
  removeLaterTabPanels(Array.from(doc.body.querySelectorAll('*')).filter(isTabPanel));
  return doc.body.textContent ?? '';
}

describe('later tab panels', () => {
  it('drops the shorter panels behind a description tab', () => {
    const text = pruned(`<div class="woocommerce-tabs">
      <div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--description" id="tab-description"><p>${description}</p></div>
      <div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--storage" id="tab-storage"><p>Keep in a cool, dry place.</p></div>
      <div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--additional" id="tab-additional"><p>Weight: 500 g</p></div></div>`);
    expect(text).toContain('sunflower seeds');
    expect(text).not.toContain('cool, dry place');
    expect(text).not.toContain('Weight');
  });

  it('keeps the shown panel, not the first', () => {
    const text = pruned(`<div class="tab-content"><div class="tab-pane">Ships in two days.</div>
      <div class="tab-pane active">${description}</div></div>`);
    expect(text).toContain('sunflower seeds');
    expect(text).not.toContain('Ships in two days');
  });

  it('keeps every panel when another is longer than the shown one', () => {
    const text = pruned(`<div role="tabpanel">Overview in short.</div><div role="tabpanel">${description}</div>`);
    expect(text).toContain('Overview in short');
    expect(text).toContain('sunflower seeds');
  });

  it('reads parts of one panel (BEM elements) as no panels', () => {
    const text = pruned(`<div class="accordion"><div class="tab-content__wrap">${description}</div>
      <div class="tab-content__wrap">Care: machine wash cold.</div></div>`);
    expect(text).toContain('machine wash cold');
  });
});
