import { describe, expect, it } from 'vitest';
import { unmarkLayoutClasses } from '../../../src/core/extract/layout-classes';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

describe('layout utility names holding "hidden"', () => {
  it('go from the working copy; names that hide, and other names, stay', () => {
    const doc = parseWithLinkedom('<!doctype html><html><body>'
      + '<div class="card overflow-hidden rounded">a</div><div class="md:overflow-x-hidden">b</div><div class="hidden-print col">c</div>'
      + '<div class="hidden">d</div><div class="visually-hidden">e</div><div class="is-hidden">f</div></body></html>');
    unmarkLayoutClasses(doc.body.querySelectorAll('div'));
    expect(Array.from(doc.body.querySelectorAll('div'), (el) => el.getAttribute('class'))).toEqual(['card rounded', '', 'col', 'hidden', 'visually-hidden', 'is-hidden']);
  });

  it('names that only set how a block scrolls go too', () => {
    const doc = parseWithLinkedom('<!doctype html><html><body>'
      + '<div class="flex overflow-x-scroll scrollbar-hide">a</div><div class="scroll-smooth md:scroll-mt-16 card">b</div>'
      + '<div class="scroller">c</div><div class="scroll-area">d</div></body></html>');
    unmarkLayoutClasses(doc.body.querySelectorAll('div'));
    expect(Array.from(doc.body.querySelectorAll('div'), (el) => el.getAttribute('class'))).toEqual(['flex', 'card', 'scroller', 'scroll-area']);
  });

  it('a content node\'s "promoted" state goes, a promo box stays', () => {
    const doc = parseWithLinkedom('<!doctype html><html><body>'
      + '<div class="node node--type-recipe node--promoted">a</div><div class="promo-box">b</div></body></html>');
    unmarkLayoutClasses(doc.body.querySelectorAll('div'));
    expect(Array.from(doc.body.querySelectorAll('div'), (el) => el.getAttribute('class'))).toEqual(['node node--type-recipe', 'promo-box']);
  });

  it('type utilities holding "extra" go, other names holding it stay', () => {
    const doc = parseWithLinkedom('<!doctype html><html><body>'
      + '<h2 class="text-3xl font-extrabold md:leading-extra-tight">a</h2><h2 class="extra-info">b</h2></body></html>');
    unmarkLayoutClasses(doc.body.querySelectorAll('h2'));
    expect(Array.from(doc.body.querySelectorAll('h2'), (el) => el.getAttribute('class'))).toEqual(['text-3xl', 'extra-info']);
  });
});
