import { classWord } from '../dom/attribute-value';
import { collapsedTrimmedLength } from '../text/collapsed-length';
import { namedBlocks } from './named-blocks';

// Class words of a row of buttons: a hero's or a section's "Get started / Contact sales", a tile's "Quick view /
// View options". The page's invitations and a tile's controls, not what the page says.
const BUTTON_ROW = classWord('buttons|actions|ctas|cta|button-group|btn-group');
// Longer than a few buttons' labels: such a block says something itself.
const MAX_ROW_CHARS = 100;
// Share of the row's text inside its links and buttons: a sentence beside them keeps the row.
const MIN_CONTROL_SHARE = 0.9;

/** Removes from a non-article's content the blocks its class names a row of buttons that hold only short link or button labels. */
export function removeButtonRows(content: Element): void {
  for (const row of namedBlocks(content, BUTTON_ROW, true)) if (isButtonRow(row)) row.remove();
}

function isButtonRow(row: Element): boolean {
  const chars = collapsedTrimmedLength(row.textContent ?? '');
  if (!chars || chars > MAX_ROW_CHARS) return false;
  let inControls = 0;
  for (const control of Array.from(row.querySelectorAll('a, button'))) {
    if (!control.parentElement?.closest('a, button')) inControls += collapsedTrimmedLength(control.textContent ?? '');
  }
  return inControls >= chars * MIN_CONTROL_SHARE;
}
