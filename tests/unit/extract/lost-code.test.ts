import { describe, expect, it } from 'vitest';
import { codeBlockCount, lostCode } from '../../../src/core/extract/lost-code';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';
import { read } from './read-fixture';

function element(html: string): Element {
  return parseWithLinkedom(`<!doctype html><html><body><div id="root">${html}</div></body></html>`).getElementById('root')!;
}

const pre = (n: number): string => Array.from({ length: n }, (_, i) => `<pre><code>make step-${i}</code></pre>`).join('');

describe('code blocks lost by Readability', () => {
  it('counts the code blocks under an element', () => {
    expect(codeBlockCount(element(`<p>Intro</p>${pre(3)}`))).toBe(3);
  });

  it('says lost when Readability kept under 0.8 of the container\'s code blocks', () => {
    expect(lostCode(element(pre(2)), 5)).toBe(true);
    expect(lostCode(element(pre(4)), 5)).toBe(false);
  });

  it('says nothing is lost when the container holds no code', () => {
    expect(lostCode(element('<p>Prose</p>'), 0)).toBe(false);
  });
});

describe('a guide whose section Readability drops for its id', () => {
  const para = (topic: string, i: number): string =>
    `<p>${topic}, point ${i}: a paragraph of the guide with enough words in it to be read as prose, as a reader would want it.</p>`;
  const page = `<html><head><title>Submitting changes</title></head><body><article><h1>Submitting changes</h1>
    <section id="prepare-the-change"><h2>Prepare the change</h2>${para('Prepare', 1)}${para('Prepare', 2)}${para('Prepare', 3)}<pre><code>git commit -s</code></pre></section>
    <section id="respond-to-review-comments"><h2>Respond to review comments</h2>${para('Respond', 1)}${para('Respond', 2)}${para('Respond', 3)}
      <pre><code>git commit --amend</code></pre><pre><code>git send-email --annotate</code></pre><pre><code>git range-diff v1 v2</code></pre></section>
    </article></body></html>`;

  it('is read from the container, with the section and its commands', () => {
    const article = read(page, 'https://docs.example.org/guide/submitting.html');
    expect(article.text).toContain('git commit -s');
    expect(article.text).toContain('git range-diff v1 v2');
    expect(article.text).toContain('Respond, point 1');
  });
});
