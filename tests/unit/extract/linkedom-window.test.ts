import { describe, expect, it } from 'vitest';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const prose = '<main><p>The harbour reopened on Monday after a week of repairs to the north quay.</p></main>';

describe('parseWithLinkedom builds the one head and body a browser would', () => {
  it('keeps the body when a script comes before the head', () => {
    const doc = parseWithLinkedom(`<!doctype html><html><script>var a = 1;</script><head><title>Harbour</title></head><body>${prose}</body></html>`);
    expect(doc.body.querySelector('main p')?.textContent).toContain('harbour reopened');
    expect(doc.head.querySelector('script')).not.toBeNull();
    expect(Array.from(doc.documentElement.children).map((el) => el.tagName)).toEqual(['HEAD', 'BODY']);
  });

  it('gathers what sits between the head and the body into the body', () => {
    const doc = parseWithLinkedom(`<!doctype html><html><head><title>Harbour</title></head><div id="banner">News</div><body>${prose}</body></html>`);
    expect(doc.body.querySelector('#banner')).not.toBeNull();
    expect(doc.body.querySelector('main p')).not.toBeNull();
  });
});
