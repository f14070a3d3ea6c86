import { collapsedTrimmedLength } from '../text/collapsed-length';

// A form control's label is a few words; a longer <label> is text a site styled so.
const MAX_CONTROL_LABEL = 120;

/**
 * Removes the labels of a form's controls (a quiz's answers, a calculator's
 * fields, a plan picker's options) from a non-article's content: the controls
 * are gone from the working copy, and their labels alone read as stray lines.
 */
export function removeControlLabels(content: Element): void {
  for (const label of Array.from(content.querySelectorAll('label[for]'))) {
    if (collapsedTrimmedLength(label.textContent ?? '') <= MAX_CONTROL_LABEL) label.remove();
  }
}
