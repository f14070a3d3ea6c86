import { describe, expect, it } from 'vitest';
import { removeClosingBios } from '../../../src/core/extract/closing-bios';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const story = '<p>Regular walks lower blood pressure, and the effect lasts for hours after each one, the study found.</p>';

function content(html: string): Element {
  return parseWithLinkedom(`<!doctype html><html><body><div id="content">${html}</div></body></html>`).getElementById('content')!;
}

describe('the italic lines about the writers closing an article', () => {
  it('go, one per writer, names with titles included', () => {
    const el = content(`${story}<p><em>Jane Doe, MD, is a cardiologist at Lakeside Hospital.</em></p><div><p><i>John Roe is an associate professor of medicine.</i></p></div>`);
    removeClosingBios(el);
    expect(el.textContent).not.toContain('Jane Doe');
    expect(el.textContent).not.toContain('John Roe');
    expect(el.textContent).toContain('Regular walks');
  });

  it('stay when text follows them, when set in roman, or when they do not open with a name and a verb', () => {
    const followed = content(`${story}<p><em>Jane Doe is a cardiologist.</em></p><p>Walk every day.</p>`);
    removeClosingBios(followed);
    expect(followed.textContent).toContain('Jane Doe');
    const roman = content(`${story}<p>Jane Doe is a cardiologist at Lakeside Hospital.</p>`);
    removeClosingBios(roman);
    expect(roman.textContent).toContain('Jane Doe');
    const note = content(`${story}<p><em>This story was updated on May 2 with new figures.</em></p>`);
    removeClosingBios(note);
    expect(note.textContent).toContain('updated on May 2');
  });

  it('stay when they credit a column or give a handle rather than say what the writer is', () => {
    const credit = content(`${story}<p><em>Dear Abby is written by Abigail Van Buren.</em></p>`);
    removeClosingBios(credit);
    expect(credit.textContent).toContain('Dear Abby');
    const handle = content(`${story}<p><em>Ben Roe is on Twitter at ben_roe.</em></p>`);
    removeClosingBios(handle);
    expect(handle.textContent).toContain('Ben Roe');
  });

  it('stays when the italics cover only part of the line', () => {
    const el = content(`${story}<p>Jane Doe is the author of <em>Walking Home</em>, out this spring from a small press in Ohio.</p>`);
    removeClosingBios(el);
    expect(el.textContent).toContain('Walking Home');
  });
});
