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

  it('leave words split across elements whole, and texts already apart alone', () => {
    const html = `<p><b>W</b>ords of a <span>drop</span><span>cap</span>, <em>one</em> <em>Two</em>, <a>link</a>. <a>Next</a></p><p>Last</p>`;
    const content = contentOf(html);
    separateGluedWords(content);
    expect(content.innerHTML).toBe(html);
  });
});
