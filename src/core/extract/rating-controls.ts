import { collapseWhitespace } from '../text/collapse-whitespace';
import { holdsOwnText } from '../dom/text-nodes';
import { parentsOf } from '../dom/parents-of';

// A control for rating an item, printed on each tile of a list: one link or
// button per star, each labelled with its value ("1 of 5 stars", "2 of 5
// stars"…). The labels name the control's choices, not the item's rating.
const STAR_LABEL = /^(?:rate\s+)?(\d+)\s+(?:of|out of)\s+(\d+)\s+stars?$/i;
const MIN_STARS = 3;

/** True when the element's children are the stars of one rating control, valued 1, 2, 3… in turn, and it holds nothing else. */
function isRatingControl(el: Element): boolean {
  const stars = Array.from(el.children);
  if (stars.length < MIN_STARS) return false;
  if (holdsOwnText(el)) return false;
  let scale = '';
  return stars.every((star, i) => {
    const label = STAR_LABEL.exec(collapseWhitespace(star.textContent ?? ''));
    if (!label || Number(label[1]) !== i + 1) return false;
    scale ||= label[2] ?? '';
    return label[2] === scale;
  });
}

/** Removes the star-by-star rating controls from a non-article's content. */
export function removeRatingControls(content: Element): void {
  const controls = parentsOf(content, 'a, button, label, span').filter(isRatingControl);
  for (const el of controls) el.remove();
}
