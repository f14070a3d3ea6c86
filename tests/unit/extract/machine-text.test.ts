import { describe, expect, it } from 'vitest';
import { removeMachineText } from '../../../src/core/extract/machine-text';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

function cleaned(body: string): string {
  const doc = parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
  removeMachineText(doc.body);
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('machine text on a product page', () => {
  it('drops bare URLs and keeps links written in a sentence', () => {
    const text = cleaned(`<h1>Mug</h1><p>Care guide at https://example.com/care for details.</p><dl><dt>Size:</dt><dd>https://cdn.example.com/img/size_guide.jpg</dd></dl>`);
    expect(text).toContain('https://example.com/care for details');
    expect(text).not.toContain('cdn.example.com');
  });

  it('drops ids interleaved with the letters of a name', () => {
    const text = cleaned(`<h2>Similar items</h2><p><span>M</span><span>0f8fad5b-d9cb-469f-a165-70867728950e</span><span>ug</span></p>`);
    expect(text).toContain('Mug');
    expect(text).not.toContain('0f8fad5b');
  });

  it('drops a list of the shop\'s raw fields but keeps a spec sheet', () => {
    const dump = `<dl><dt>short_description:</dt><dd>Regular fit</dd><dt>cat_thumb_Navy:</dt><dd>navy.jpg</dd><dt>Fit:</dt><dd>Slim</dd></dl>`;
    const specs = `<dl><dt>Fabric</dt><dd>Cotton</dd><dt>Fit</dt><dd>Regular</dd><dt>care_label</dt><dd>Cold wash</dd></dl>`;
    const text = cleaned(dump + specs);
    expect(text).not.toContain('navy.jpg');
    expect(text).toContain('Cotton');
  });
});
