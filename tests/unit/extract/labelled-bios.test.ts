import { describe, expect, it } from 'vitest';
import { removeLabelledBios } from '../../../src/core/extract/labelled-bios';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: regular walks lower blood pressure, and the effect lasts for hours after each one, the study found.</p>`).join('');
const bio = '<p>Jane Doe is a health writer who has covered cardiology for ten years.</p>';

function content(html: string): Element {
  return parseWithLinkedom(`<!doctype html><html><body><div id="content">${html}</div></body></html>`).getElementById('content')!;
}

describe('the writer’s box a label opens at the end of an article', () => {
  it('goes from the label to the end, whatever the label’s tag', () => {
    const el = content(`<div>${story}</div><div class="box"><h3>About the Author</h3>${bio}</div><p>The site has a disclosure policy.</p>`);
    removeLabelledBios(el);
    expect(el.textContent).not.toContain('Jane Doe');
    expect(el.textContent).not.toContain('About the Author');
    expect(el.textContent).not.toContain('disclosure policy');
    expect(el.textContent).toContain('Paragraph 6');
    const inline = content(`${story}<p><strong>Written by Jane Doe</strong></p>${bio}`);
    removeLabelledBios(inline);
    expect(inline.textContent).not.toContain('Jane Doe');
    const tabs = content(`${story}<ul><li>Author</li><li>Recent Posts</li></ul>`);
    removeLabelledBios(tabs);
    expect(tabs.textContent).not.toContain('Recent Posts');
  });

  it('stays when the label opens the article (a byline) or much text follows it', () => {
    const byline = content(`<p>Written by Jane Doe</p>${story}`);
    removeLabelledBios(byline);
    expect(byline.textContent).toContain('Written by Jane Doe');
    const long = content(`${story}<h2>About the author of this method</h2>${story}`);
    removeLabelledBios(long);
    expect(long.textContent).toContain('About the author of this method');
  });

  it('stays when a longer line only names an author ("Author of the report", "… was written by …")', () => {
    const el = content(`${story}<p>Author of the report, the agency, says more walks are needed.</p>`);
    removeLabelledBios(el);
    expect(el.textContent).toContain('Author of the report');
    const inSentence = content(`${story}<p>This guide was <span>written by Jane Doe</span> for new walkers.</p>`);
    removeLabelledBios(inSentence);
    expect(inSentence.textContent).toContain('written by Jane Doe');
  });
});
