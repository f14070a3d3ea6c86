import { describe, expect, it } from 'vitest';
import { separateGluedWords } from '../../../src/core/extract/glued-words';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';
import { htmlToText } from '../../../src/core/text/html-to-text';

const contentOf = (html: string): Element => parseWithLinkedom(`<html><body><div id="c">${html}</div></body></html>`).getElementById('c')!;

describe('glued words', () => {
  it('are set apart where one element ends a word and the next starts a capitalised one', () => {
    const content = contentOf(`<p><span class="brand">Merrell</span><span class="title">Moab 3 Mid</span></p>
      <p><span class="author"><a href="/a">Terrence O'Brien</a></span><span class="date"><time>Mar 7</time></span></p>`);
    separateGluedWords(content);
    expect(htmlToText(content)).toBe("Merrell Moab 3 Mid\n\nTerrence O'Brien Mar 7");
    // The space sits between the elements, not inside the link or the date.
    expect(content.querySelector('a')!.textContent).toBe("Terrence O'Brien");
    expect(content.querySelector('time')!.textContent).toBe('Mar 7');
  });

  it('leave code as it is, a highlighter\'s spans included', () => {
    const html = `<pre><code><span class="kw">let</span> <span class="v">is</span><span class="v">Open</span> = <span class="v">item</span><span class="n">2</span>;</code></pre><p>Press <kbd><kbd>shift</kbd><kbd>A</kbd></kbd></p>`;
    const content = contentOf(html);
    separateGluedWords(content);
    expect(content.innerHTML).toBe(html);
  });

  it('leave words split across elements whole, and texts already apart alone', () => {
    const html = `<p><b>W</b>ords of a <span>drop</span><span>cap</span>, <em>one</em> <em>Two</em>, <a>link</a>. <a>Next</a></p><p>Last</p>`;
    const content = contentOf(html);
    separateGluedWords(content);
    expect(content.innerHTML).toBe(html);
  });

  it('set a number apart from the word before, but not an exponent', () => {
    const content = contentOf(`<p><span>1d ago</span><span>3 min read</span></p>
      <p>On a single charge<sup><a href="#fn-9">9</a></sup>.</p>
      <p>An area of 12 km<sup>2</sup>, CO<sub>2</sub> and H<sub>2</sub>O.</p>`);
    separateGluedWords(content);
    expect(htmlToText(content)).toBe('1d ago 3 min read\n\nOn a single charge 9.\n\nAn area of 12 km2, CO2 and H2O.');
  });

  it('set a word in capitals apart from a capitalised one, but not a capital from the rest of its word', () => {
    const html = `<p><b>N</b>ASA and <b>T</b>he end, <abbr>API</abbr>s</p>`;
    const content = contentOf(`<p><span class="brand">HOKA</span><span class="name">Clifton 9</span></p>${html}`);
    separateGluedWords(content);
    expect(htmlToText(content)).toBe('HOKA Clifton 9\n\nNASA and The end, APIs');
  });
});
