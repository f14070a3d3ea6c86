import { retag } from '../dom/retag';
import { textNodes } from '../dom/text-nodes';
import { collapseWhitespace } from '../text/collapse-whitespace';
import { isQuestion } from './faq-section';

// An accordion often sets each question in the button that shows its answer
// ("How long does shipping take?"): the question is content, unlike the page's other buttons.

/** The button's text but its icons' (an SVG's title, "chevron icon"). */
function labelOf(button: Element): string {
  let text = '';
  for (const node of textNodes(button)) if (!node.parentElement?.closest('svg')) text += node.nodeValue ?? '';
  return collapseWhitespace(text);
}

// Most buttons hold no question mark at all: their text is read no further.
const isQuestionToggle = (el: Element): boolean => el.localName === 'button' && (el.textContent ?? '').includes('?') && isQuestion(labelOf(el));

/** The buttons of one page whose whole text is a question. */
export class QuestionToggles {
  /** Whether any was found. */
  kept = false;

  /** Those among `found` (never-content parts of one page). */
  among(found: readonly Element[]): Set<Element> {
    const toggles = new Set(found.filter(isQuestionToggle));
    if (toggles.size) this.kept = true;
    return toggles;
  }
}

/**
 * In a working copy whose other buttons are gone, each question's button becomes
 * a block holding its children: Readability drops buttons.
 */
export function openQuestionToggles(copy: Document): void {
  for (const button of Array.from(copy.querySelectorAll('button'))) retag(button, 'div');
}
