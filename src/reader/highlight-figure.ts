import type { KeyFigure } from '../core/types';
import { findFigureSentence } from './locate-figure';

const NAME = 'lisible-figure';

/**
 * Scrolls to the sentence of a figure and highlights it with the CSS Custom
 * Highlight API: no element is added to the article.
 */
export function highlightFigure(root: Element, articleText: string, figure: KeyFigure): boolean {
  const range = findFigureSentence(root, articleText, figure);
  if (!range) return false;
  CSS.highlights.set(NAME, new Highlight(range));
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center' });
  return true;
}
