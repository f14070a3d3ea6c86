import { describe, expect, it } from 'vitest';
import { copyWithoutNotContent, notContentOf, removeNotContent } from '../../../src/core/extract/not-content';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const page = `<!doctype html><html lang="fr"><head><title>Le port</title><meta name="author" content="Ada">
  <script>track()</script><style>p{}</style><link rel="stylesheet" href="a.css"></head>
  <body class="story"><header><nav><a href="/">Accueil</a></nav><h1 id="t">Le port</h1></header>
  <main><p>Premier <b>paragraphe</b> <svg><path d="M0"/></svg>du texte.</p><!-- note -->
  <div hidden>caché</div><p data-x="1">Second paragraphe<button>Partager</button>.</p></main>
  <footer>Pied</footer></body></html>`;

describe('a working copy without what is never content', () => {
  it('is the copy that removing never-content parts would leave, the page untouched', () => {
    const doc = parseWithLinkedom(page);
    const copy = copyWithoutNotContent(doc);
    const removed = parseWithLinkedom(page);
    removeNotContent(removed);
    expect(copy).not.toBe(doc);
    expect(copy.documentElement.outerHTML).toBe(removed.documentElement.outerHTML);
    expect(copy.body.innerHTML).not.toMatch(/nav|svg|button|hidden|caché/);
    expect(copy.head.innerHTML).toBe('<title>Le port</title><meta name="author" content="Ada">\n  ');
    expect(copy.documentElement.getAttribute('lang')).toBe('fr');
    expect(copy.title).toBe('Le port');
    // Made in the copy's document, not the live page's, where a new <img> would start loading.
    expect(copy.body.ownerDocument).toBe(copy);
    expect(copy.querySelector('b')?.ownerDocument).toBe(copy);
    expect(doc.body.innerHTML).toContain('<button>Partager</button>');
    expect(doc.head.innerHTML).toContain('<script>');
  });

  it('leaves out never-content parts that sit beside <html>', () => {
    const doc = parseWithLinkedom('<!doctype html>\n<style>p{}</style><html lang="en"><head><title>t</title></head><body><p>Un texte.</p></body></html>');
    const copy = copyWithoutNotContent(doc);
    expect(copy.documentElement.tagName).toBe('HTML');
    expect(copy.body.textContent).toBe('Un texte.');
  });

  it('copies a page with nothing to leave out whole', () => {
    const doc = parseWithLinkedom('<!doctype html><html><head><title>t</title></head><body><p>Un <i>texte</i>.</p></body></html>');
    expect(copyWithoutNotContent(doc).documentElement.outerHTML).toBe(doc.documentElement.outerHTML);
  });

  it('leaves out the parts it is given, read once for several copies', () => {
    const doc = parseWithLinkedom(page);
    const found = notContentOf(doc);
    expect(found.map((el) => el.tagName)).toEqual(['SCRIPT', 'STYLE', 'LINK', 'NAV', 'SVG', 'DIV', 'BUTTON']);
    expect(copyWithoutNotContent(doc, true, found).documentElement.outerHTML).toBe(copyWithoutNotContent(doc).documentElement.outerHTML);
    const footer = doc.querySelector('footer')!;
    expect(copyWithoutNotContent(doc, true, [...found, footer]).body.innerHTML).not.toContain('Pied');
  });
});

describe('popovers', () => {
  it('are never content: hidden until a control opens them, like dialogs', () => {
    const doc = parseWithLinkedom(`<!doctype html><html><body><div popover id="install">To install this app, tap Share, then Add to Home Screen.</div>
      <main><p>The thread itself.</p></main></body></html>`);
    expect(copyWithoutNotContent(doc).body.textContent?.trim()).toBe('The thread itself.');
  });
});

describe('hidden tab panels', () => {
  const tabs = `<!doctype html><html><head><title>Install</title></head><body><main>
    <div role="tablist"><button role="tab">Linux</button><button role="tab">macOS</button></div>
    <section role="tabpanel" id="linux"><pre>apt install tool</pre></section>
    <section role="tabpanel" id="macos" hidden><pre>brew install tool</pre><span hidden>Copied!</span><script>copy()</script></section>
    <div hidden>A hidden menu</div></main></body></html>`;

  it('are content a tab shows, but what is never content inside them still goes', () => {
    const copy = copyWithoutNotContent(parseWithLinkedom(tabs));
    expect(copy.body.textContent).toContain('brew install tool');
    expect(copy.body.innerHTML).not.toMatch(/Copied!|copy\(\)|hidden menu|<button/);
  });

  it('go on request, as on a product page, where they hold its reviews and shipping terms', () => {
    const doc = parseWithLinkedom(tabs);
    const copy = copyWithoutNotContent(doc, false);
    expect(copy.body.textContent).toContain('apt install tool');
    expect(copy.body.textContent).not.toContain('brew install tool');
  });
});
