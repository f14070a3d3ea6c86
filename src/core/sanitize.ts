import DOMPurify from 'dompurify';
import type { DomWindow } from './types';

/**
 * Sanitizes untrusted article HTML to a string. Returning a string (not a
 * fragment) matters: a fragment created in the page's document can still
 * fire the page's handlers when it is attached.
 */
export function sanitizeArticleHtml(html: string, win: DomWindow): string {
  const purify = DOMPurify(win);
  return purify.sanitize(html, {
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'textarea', 'iframe', 'frame', 'object', 'embed'],
    FORBID_ATTR: ['style', 'class', 'id'],
    ALLOW_DATA_ATTR: false,
  });
}
