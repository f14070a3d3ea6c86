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
});
