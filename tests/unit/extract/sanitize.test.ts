import { describe, expect, it } from 'vitest';
import { sanitizeArticle } from '../../../src/core/sanitize';
import { JSDOM } from 'jsdom';
import { linkedomWindow, parseWithLinkedom } from '../../../src/cli/linkedom-window';
import type { DomWindow } from '../../../src/core/types';

const page = (html: string) => `<!doctype html><html><body>${html}</body></html>`;

// The browser's path: the content script sanitizes a clone made in the page's own DOM.
describe('sanitizing a working copy in a browser-like DOM (jsdom)', () => {
  const jsdom = new JSDOM('');
  const win = jsdom.window as unknown as DomWindow;
  const clean = (html: string) => {
    const copy = new jsdom.window.DOMParser().parseFromString(page(html), 'text/html');
    return sanitizeArticle(copy.body, win);
  };

  it('removes handlers and scripts, returns a body in its own inert document', () => {
    const body = clean('<p onclick="x()">a<img src="x.png" onerror="alert(1)"><script>alert(1)</script></p>');
    expect(body.innerHTML).toBe('<p>a<img src="x.png"></p>');
    expect(body.ownerDocument).not.toBe(jsdom.window.document);
  });

  it('sanitizes in place, in the working copy (a document without a browsing context)', () => {
    const copy = new jsdom.window.DOMParser().parseFromString(page('<p id="a" style="x">a</p>'), 'text/html');
    const body = sanitizeArticle(copy.body, win);
    expect(body.ownerDocument).toBe(copy);
    expect(body.innerHTML).toBe('<p id="user-content-a">a</p>');
  });

  it('keeps a customized built-in element (is="…") and its text', () => {
    const body = clean('<details is="accordion-details"><summary>Can it boil milk?</summary><p>No, water only.</p></details>');
    expect(body.querySelector('details p')?.textContent).toBe('No, water only.');
  });
});

describe('sanitizing with DOMPurify on the linkedom window', () => {
  const clean = (html: string) => sanitizeArticle(parseWithLinkedom(page(html)).body, linkedomWindow()).innerHTML;

  it('keeps a customized built-in element (is="…") and its text', () => {
    expect(clean('<details is="accordion-details"><summary>Can it boil milk?</summary><p>No, water only.</p></details>')).toContain('No, water only.');
  });

  it("gives DOMPurify a NodeIterator that starts at its root, as a browser's does", () => {
    const doc = parseWithLinkedom(page('<div><p>a</p></div>'));
    const root = doc.body.firstElementChild!;
    const iterator = linkedomWindow().document.createNodeIterator.call(doc, root, 0x1 | 0x4);
    const seen: string[] = [];
    for (let node = iterator.nextNode(); node; node = iterator.nextNode()) seen.push(node.nodeName);
    expect(seen).toEqual(['DIV', 'P', '#text']);
  });

  it('removes scripts, handlers and javascript: URLs', () => {
    const out = clean('<p onclick="x()">a<img src="x.png" onerror="alert(1)"><script>alert(1)</script><a href=" jAvAsCrIpT:alert(1)">l</a></p>');
    expect(out).not.toMatch(/onclick|onerror|<script|javascript:/i);
    expect(out).toContain('<img src="x.png">');
  });

  it('removes known mutation-XSS vectors', () => {
    for (const vector of [
      '<svg><g/onload=alert(2)//<p>',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
      '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
      '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=alert(1)&gt;">',
      '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
      '<math><mi><style><img src=x onerror=alert(1)></style></mi></math>',
    ]) expect(clean(vector)).not.toMatch(/onerror|onload|<script|<iframe/i);
  });

  it('keeps MathML (linkedom puts it in the HTML namespace; the window corrects that)', () => {
    expect(clean('<p>So <math display="block"><mi>e</mi><mo>=</mo><msup><mi>x</mi><mn>2</mn></msup></math>.</p>'))
      .toBe('<p>So <math display="block"><mi>e</mi><mo>=</mo><msup><mi>x</mi><mn>2</mn></msup></math>.</p>');
  });

  it('keeps what a form wrapping the content holds (a thread in a moderation form), and drops a form of controls', () => {
    const post = `<p>${'A long reply about the saw, the bench and the workshop. '.repeat(20)}</p>`;
    expect(clean(`<form action="/mod"><ol><li>${post}</li></ol><input name="x"></form><p>After</p>`))
      .toBe(`<ol><li>${post}</li></ol><p>After</p>`);
    expect(clean('<p>Price: 39.99</p><form action="/cart"><label>Quantity</label><p>This field is for validation purposes.</p></form>')).toBe('<p>Price: 39.99</p>');
  });

  it('keeps only the language class of code blocks', () => {
    expect(clean('<pre><code class="hljs language-js x" onclick="y">a</code></pre>')).toBe('<pre><code class="language-js">a</code></pre>');
    expect(clean('<p class="language-js">a</p>')).toBe('<p>a</p>');
  });

  it('keeps code whitespace and drops style and class', () => {
    expect(clean('<pre class="x" style="color:red">  a\n    b</pre>')).toBe('<pre>  a\n    b</pre>');
  });

  it('prefixes ids and names, and the in-article links to them, so footnotes still work', () => {
    expect(clean('<p>Claim<a href="#fn1" id="ref1">1</a></p><ol><li id="fn1">Source <a href="#ref1">↩</a></li></ol><a name="end"></a>'))
      .toBe('<p>Claim<a id="user-content-ref1" href="#user-content-fn1">1</a></p><ol><li id="user-content-fn1">Source <a href="#user-content-ref1">↩</a></li></ol><a name="user-content-end"></a>');
    // Already prefixed (as on some code hosts): not twice.
    expect(clean('<h2 id="user-content-setup">Setup</h2><a href="#setup">go</a>')).toBe('<h2 id="user-content-setup">Setup</h2><a href="#user-content-setup">go</a>');
    expect(clean('<a href="#">top</a>')).toBe('<a href="#">top</a>');
  });
});
