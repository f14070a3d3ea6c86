import { describe, expect, it } from 'vitest';
import { read } from './read-fixture';

const prose = (topic: string) => `<p>${`The ${topic} changed how the harbour works, the port authority said in its yearly report on Tuesday. `.repeat(4)}</p>`;

describe('a saved page from React streamed rendering', () => {
  it('reads the late parts where the page would have shown them, without their placeholder', () => {
    const article = read(`<!doctype html><html><head><title>Harbour report</title></head><body>
      <main><article><h1>Harbour report</h1>${prose('new crane')}
        <!--$?--><template id="B:0"></template><div class="skeleton">Loading…</div><!--/$-->
        ${prose('night shift')}</article></main>
      <div hidden id="S:0">${prose('deeper channel')}${prose('ferry terminal')}</div>
      <script>$RC("B:0","S:0")</script></body></html>`);
    expect(article.text).toContain('The deeper channel changed how the harbour works');
    expect(article.text.indexOf('new crane')).toBeLessThan(article.text.indexOf('deeper channel'));
    expect(article.text.indexOf('ferry terminal')).toBeLessThan(article.text.indexOf('night shift'));
    expect(article.text).not.toContain('Loading');
  });

  it('reads a streamed segment in place of its bare template', () => {
    const article = read(`<!doctype html><html><head><title>Harbour report</title></head><body>
      <main><article><h1>Harbour report</h1><div class="post-body"><template id="P:3"></template></div></article></main>
      <div hidden id="S:3">${prose('deeper channel')}${prose('ferry terminal')}${prose('night shift')}</div>
      <script>$RS("S:3","P:3")</script></body></html>`);
    expect(article.text).toContain('The deeper channel changed how the harbour works');
    expect(article.text).toContain('night shift');
  });

  it('reads a part numbered in hexadecimal, past the ninth', () => {
    const article = read(`<!doctype html><html><head><title>Harbour report</title></head><body>
      <main><article><h1>Harbour report</h1><div class="post-body"><template id="P:2e"></template></div></article></main>
      <div hidden id="S:2e">${prose('deeper channel')}${prose('ferry terminal')}${prose('night shift')}</div>
      <script>$RS("S:2e","P:2e")</script></body></html>`);
    expect(article.text).toContain('The deeper channel changed how the harbour works');
  });

  it('leaves out the scripts and hidden parts a late part carries', () => {
    const article = read(`<!doctype html><html><head><title>Harbour report</title></head><body>
      <main><article><h1>Harbour report</h1><!--$?--><template id="B:0"></template><!--/$--></article></main>
      <div hidden id="S:0">${prose('deeper channel')}${prose('ferry terminal')}
        <div hidden id="S:1"><script async="">window.data = "secret payload ${'of the page '.repeat(2000)}"</script></div></div>
      <script>$RC("B:0","S:0")</script></body></html>`);
    expect(article.text).toContain('ferry terminal');
    expect(article.text).not.toContain('secret payload');
  });

  it('still leaves out hidden parts that are not streamed content', () => {
    const article = read(`<!doctype html><html><head><title>Harbour report</title></head><body>
      <main><article><h1>Harbour report</h1>${prose('new crane')}${prose('night shift')}</article></main>
      <div hidden id="menu">${prose('secret menu')}</div></body></html>`);
    expect(article.text).not.toContain('secret menu');
  });
});
