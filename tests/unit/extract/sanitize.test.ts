import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../../src/core/sanitize';
import { linkedomWindow } from '../../../src/cli/linkedom-window';

describe('sanitizing with DOMPurify on the linkedom window', () => {
  const clean = (html: string) => sanitizeArticleHtml(html, linkedomWindow());

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
    ]) expect(clean(vector)).not.toMatch(/onerror|onload|<script|<iframe/i);
  });

  it('keeps only the language class of code blocks', () => {
    expect(clean('<pre><code class="hljs language-js x" onclick="y">a</code></pre>')).toBe('<pre><code class="language-js">a</code></pre>');
    expect(clean('<p class="language-js">a</p>')).toBe('<p>a</p>');
  });

  it('keeps code whitespace and drops style, class and id', () => {
    expect(clean('<pre class="x" id="y" style="color:red">  a\n    b</pre>')).toBe('<pre>  a\n    b</pre>');
  });
});
