import { attributeValue, classWord } from '../dom/attribute-value';
import { collapsedTrimmedLength } from '../text/collapsed-length';

// Readability weighs any class holding "media" as not content, and its cleaning
// then drops the block outright. Pages name text blocks so too ("media-block"
// around a checklist, Bootstrap's "media-body"): when such a block holds this
// much text, it is content and loses the word in the working copy.
const MEDIA_WORD = classWord('media');
const MEDIA = /media/gi;
const MIN_TEXT = 1000;

/** True for an element whose class names it a media block (a picture, an embed, or text laid out beside one). */
export function isNamedMedia(el: Element): boolean {
  return MEDIA_WORD.test(attributeValue(el, 'class') ?? '');
}

/**
 * Takes "media" out of the class of a media block holding much text, so that
 * Readability reads it as any other block. Only the working copy is touched: the
 * sanitizer drops classes from the article anyway.
 */
export function unmarkMediaText(el: Element): void {
  if (collapsedTrimmedLength(el.textContent ?? '') < MIN_TEXT) return;
  el.setAttribute('class', (attributeValue(el, 'class') ?? '').replace(MEDIA, ''));
}
