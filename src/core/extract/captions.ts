import { retag } from '../dom/retag';

// Class names of picture captions written as plain blocks ("wp-caption-text", "Figure-caption", "newsCaption").
const CAPTION = /caption/i;
const MAX_CAPTION = 400;
const MEDIA = 'img, picture, video, figcaption';

/** True for a short block with a caption class, in a figure or next to a picture, holding none itself. */
export function isCaptionBlock(el: Element, names: string): boolean {
  if (!CAPTION.test(names) || el.tagName === 'FIGCAPTION' || el.querySelector(MEDIA)) return false;
  if ((el.textContent ?? '').length > MAX_CAPTION) return false;
  if (el.parentElement?.tagName === 'FIGURE') return true;
  return showsPicture(el.previousElementSibling) || showsPicture(el.nextElementSibling);
}

function showsPicture(el: Element | null): boolean {
  return Boolean(el && (el.matches('img, picture, figure') || el.querySelector('img, picture')));
}

/**
 * Makes a caption block a <figcaption>: the reader shows it as the picture's
 * caption, and the body text leaves it out like any other figure caption.
 */
export function markAsCaption(el: Element): void {
  retag(el, 'figcaption');
}
