import { describe, expect, it } from 'vitest';
import { parentsOf } from '../../../src/core/dom/parents-of';
import { holdsOwnText } from '../../../src/core/dom/text-nodes';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const root = (html: string): Element => parseWithLinkedom(`<!doctype html><html><body><div id="r">${html}</div></body></html>`).getElementById('r')!;

describe('parentsOf', () => {
  it('gives each parent of the found elements once, in document order', () => {
    const r = root('<p id="a"><span>1</span><span>2</span></p><p id="b"><a href="#">3</a></p><span>4</span>');
    expect(parentsOf(r, 'span, a').map((el) => el.id)).toEqual(['a', 'b', 'r']);
  });
});

describe('holdsOwnText', () => {
  it("counts the element's own text, not its children's, nor white space", () => {
    const r = root('<p id="own">Rate: <a>1</a></p><p id="children"> <a>1</a> <a>2</a> </p>');
    expect(holdsOwnText(r.querySelector('#own')!)).toBe(true);
    expect(holdsOwnText(r.querySelector('#children')!)).toBe(false);
  });
});
