import { describe, expect, it } from 'vitest';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';
import { walkWithText } from '../../../src/core/dom/text-spans';

const body = (html: string) => parseWithLinkedom(`<!doctype html><html><body>${html}</body></html>`).body;

describe('walkWithText', () => {
  it("reads the root's text and gives each asked element its textContent as a slice", () => {
    const root = body('Lead <p>One <a href="/x">link <b>bold</b></a> and <i></i>more</p><ul><li>a<ul><li>b</li></ul></li></ul>tail');
    const walked = walkWithText(root, (el) => ['p', 'a', 'li', 'i'].includes(el.localName));
    expect(walked.text).toBe(root.textContent);
    expect(walked.spans.map((s) => s.el.localName)).toEqual(['p', 'a', 'i', 'li', 'li']);
    for (const span of walked.spans) expect(walked.text.slice(span.start, span.end)).toBe(span.el.textContent);
  });

  it("visits the elements querySelectorAll('*') lists, in its order", () => {
    const root = body('<div id="a"><span id="b"></span></div><section id="c"><p id="d">x</p></section>');
    const seen: string[] = [];
    walkWithText(root, (el) => { seen.push(el.id); return false; });
    expect(seen).toEqual(Array.from(root.querySelectorAll('*')).map((el) => el.id));
  });

  it("skips a template's content but keeps its text, as textContent does", () => {
    const root = body('<p>before</p><template><a href="/t">inside</a></template><a href="/after">after</a>');
    const walked = walkWithText(root, (el) => el.localName === 'a');
    expect(walked.text).toBe(root.textContent);
    expect(walked.spans.map((s) => walked.text.slice(s.start, s.end))).toEqual(['after']);
  });

  it('walks a page nested deeper than the call stack allows a recursion', () => {
    const root = body('');
    let inner: Element = root;
    for (let i = 0; i < 20_000; i++) inner = inner.appendChild(root.ownerDocument.createElement('div'));
    inner.textContent = 'deep';
    expect(walkWithText(root, () => false).text).toBe('deep');
  });
});
