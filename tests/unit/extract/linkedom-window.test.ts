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

  it('reads "<![CDATA[" in HTML as a browser does, a comment ending at the next ">", not a section swallowing the page', () => {
    const doc = parseWithLinkedom(`<!doctype html><html><head><title>Harbour</title></head><body><![CDATA[\n<div id="top"></div>${prose}<script>//<![CDATA[\nvar a = 1;\n//]]></script></body></html>`);
    expect(doc.body.querySelector('main p')?.textContent).toContain('harbour reopened');
    expect(doc.body.querySelector('script')).not.toBeNull();
  });

  it('leaves "<![CDATA[" in comments alone: the comment still ends where it did', () => {
    const doc = parseWithLinkedom(`<!doctype html><html><head></head><body><!-- <![CDATA[ old markup --><p>Before the story.</p>${prose}<!-- end --></body></html>`);
    expect(doc.body.textContent).toContain('Before the story.');
    expect(doc.body.querySelector('main p')?.textContent).toContain('harbour reopened');
  });

  it('leaves "<![CDATA[" in scripts alone: their text is raw, and the page after them stays', () => {
    const doc = parseWithLinkedom(`<!doctype html><html><head></head><body><script>/* <![CDATA[ */ var d = {"a": 1}; /* ]]&gt; */</script>${prose}</body></html>`);
    expect(doc.body.querySelector('script')?.textContent).toContain('var d = {"a": 1};');
    expect(doc.body.querySelector('main p')?.textContent).toContain('harbour reopened');
  });

  it('builds the html element, head and body that a page with a doctype leaves out', () => {
    const doc = parseWithLinkedom(`<!DOCTYPE html>\n<head><meta charset="utf-8"><title>Harbour</title></head>\n<body>${prose}</body>`);
    expect(doc.documentElement.tagName).toBe('HTML');
    expect(doc.title).toBe('Harbour');
    expect(doc.body.querySelector('main p')?.textContent).toContain('harbour reopened');
  });

  it('puts head elements before the first content into the head and the rest into the body when both tags are missing', () => {
    const doc = parseWithLinkedom(`<!doctype html><title>Harbour</title><style>p { color: red }</style>${prose}<script>var a = 1;</script>`);
    expect(doc.title).toBe('Harbour');
    expect(doc.head.querySelector('style')).not.toBeNull();
    expect(doc.body.querySelector('main p')).not.toBeNull();
    expect(doc.body.querySelector('script')).not.toBeNull();
    expect(Array.from(doc.documentElement.children).map((el) => el.tagName)).toEqual(['HEAD', 'BODY']);
  });

  it('reads a page that starts with an XML declaration or a comment as a whole page, not as a fragment of a body', () => {
    for (const prolog of ['<?xml version="1.0" encoding="utf-8"?>\n', '<!-- saved page -->\n']) {
      const doc = parseWithLinkedom(`${prolog}<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Harbour</title></head><body>${prose}</body></html>`);
      expect(doc.title).toBe('Harbour');
      expect(doc.body.querySelectorAll('html, head, title')).toHaveLength(0);
      expect(doc.body.querySelector('main p')).not.toBeNull();
    }
  });

  it('puts what precedes the <html> tag into the head and keeps the tag\'s attributes on the root', () => {
    const doc = parseWithLinkedom(`<!doctype html><script>var a = 1;</script><html lang="fr"><head><title>Harbour</title></head><body>${prose}</body></html>`);
    expect(doc.documentElement.getAttribute('lang')).toBe('fr');
    expect(doc.head.querySelector('script')).not.toBeNull();
    expect(doc.body.querySelector('main p')).not.toBeNull();
    expect(doc.querySelectorAll('html')).toHaveLength(1);
  });
});
