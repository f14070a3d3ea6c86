import DOMPurify from 'dompurify';

/**
 * Sanitizes untrusted article HTML to a string. Returning a string (not a
 * fragment) matters: a fragment created in the page's document can still
 * fire the page's handlers when it is attached.
 */
export function sanitizeArticleHtml(html: string, win: Window): string {
  const purify = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
  return purify.sanitize(html, {
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'textarea', 'iframe', 'frame', 'object', 'embed'],
    FORBID_ATTR: ['style', 'class', 'id'],
    ALLOW_DATA_ATTR: false,
  });
}
