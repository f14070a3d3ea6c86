import { textNodes } from '../dom/text-nodes';
import { collapseWhitespace } from '../text/collapse-whitespace';

// An article's questions and answers are part of it, but pages often set them
// in a block of their own after the article's body, which Readability leaves out.

// The whole heading names the block: "FAQs", "Frequently asked questions about X", "FAQ: …",
// or ends in that name after the topic ("Performance tuning: FAQs").
const FAQ_HEADING = /^(faqs?|frequently asked questions|common questions)\b|\b(faqs?|frequently asked questions)$/i;
const MAX_HEADING = 90;
// Text the block may hold before its heading: a label, not a part of the article.
const MAX_TEXT_BEFORE = 80;
// A question is a line of its own ending with "?", shorter than an answer.
const MIN_QUESTION = 10;
const MAX_QUESTION = 200;
const MIN_QUESTIONS = 2;
// A block much longer than this is the article (or the page) holding a FAQ, not the FAQ.
const MAX_BLOCK = 20_000;
// The FAQ may sit beside the article's body: looked for this many levels above it.
const MAX_CLIMB = 3;

/** Whether a collapsed text is a question of a FAQ. */
export function isQuestion(text: string): boolean {
  return text.length >= MIN_QUESTION && text.length <= MAX_QUESTION && text.endsWith('?');
}

/** The trimmed texts of the block that are questions, in order. */
function questionsOf(block: Element): string[] {
  const questions: string[] = [];
  for (const node of textNodes(block)) {
    const text = collapseWhitespace(node.nodeValue ?? '');
    if (isQuestion(text)) questions.push(text);
  }
  return questions;
}

/** More text than the heading and the questions: answers a page hid behind buttons are gone from the working copy. */
function holdsAnswers(block: Element, label: string, questions: readonly string[]): boolean {
  const asked = questions.reduce((n, q) => n + q.length, label.length);
  return collapseWhitespace(block.textContent ?? '').length - asked >= asked;
}

/** Characters of text inside `block` before `heading`. */
function textBefore(heading: Element, block: Element): number {
  let chars = 0;
  for (let node: Element | null = heading; node && node !== block; node = node.parentElement) {
    for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) chars += collapseWhitespace(sibling.textContent ?? '').length;
  }
  return chars;
}

export interface FaqSection {
  /** A copy of the block, taken before Readability rewrites the page. */
  block: Element;
  /** Its first question: when the content holds it, the block is there already. */
  firstQuestion: string;
}

/** True when the block comes after the element, outside it (linkedom's compareDocumentPosition errs on some trees). */
function follows(block: Element, el: Element): boolean {
  for (let node = el; node.parentElement; node = node.parentElement) {
    if (!node.parentElement.contains(block)) continue;
    for (let sibling = node.nextElementSibling; sibling; sibling = sibling.nextElementSibling) if (sibling.contains(block)) return true;
    return false;
  }
  return false;
}

/** The element a few levels above the container, below the body: where a FAQ beside the article's body is looked for. */
function scopeAbove(container: Element): Element {
  let scope = container;
  for (let i = 0; i < MAX_CLIMB; i++) {
    const parent = scope.parentElement;
    if (!parent || parent.tagName === 'BODY' || parent.tagName === 'HTML') break;
    scope = parent;
  }
  return scope;
}

/** The heading's parent, above the wrappers holding nothing but the heading (a section's header). */
function blockOf(heading: Element, label: string): Element | null {
  let block = heading.parentElement;
  while (block && block.tagName !== 'BODY' && collapseWhitespace(block.textContent ?? '') === label) block = block.parentElement;
  return block;
}

/**
 * The block a FAQ heading opens in or just after the page's main container:
 * the heading's block (see blockOf), when the heading leads it and it holds two questions
 * or more. Copied, since the page it comes from is about to be rewritten.
 */
export function faqSection(container: Element): FaqSection | null {
  for (const heading of Array.from(scopeAbove(container).querySelectorAll('h2, h3, h4'))) {
    const label = collapseWhitespace(heading.textContent ?? '');
    if (label.length > MAX_HEADING || !FAQ_HEADING.test(label)) continue;
    const block = blockOf(heading, label);
    if (!block || block.contains(container) || block.querySelector('h1') || textBefore(heading, block) > MAX_TEXT_BEFORE) continue;
    // Beside the container, only after it: what comes before the article is not its FAQ.
    if (!container.contains(block) && !follows(block, container)) continue;
    if ((block.textContent ?? '').length > MAX_BLOCK) continue;
    const questions = questionsOf(block);
    if (questions.length < MIN_QUESTIONS || !holdsAnswers(block, label, questions)) continue;
    return { block: block.cloneNode(true) as Element, firstQuestion: questions[0]! };
  }
  return null;
}

/** Adds the FAQ after the content, unless the content holds it already. */
export function appendFaqSection(content: Element, faq: FaqSection): void {
  if (collapseWhitespace(content.textContent ?? '').includes(faq.firstQuestion)) return;
  content.appendChild(faq.block);
}
