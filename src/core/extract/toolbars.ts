import { classWord } from '../dom/attribute-value';
import { namedBlocks } from './named-blocks';

// Class word of a listing's toolbar: the bar above or below its items holding the count of results, the pages,
// the sort and view controls and quick links to other categories. It says how the list is shown, not what is in it.
const TOOLBAR = classWord('toolbar');

/** Removes from a non-article's content the blocks its class names a toolbar. */
export function removeToolbars(content: Element): void {
  for (const bar of namedBlocks(content, TOOLBAR, true)) bar.remove();
}
