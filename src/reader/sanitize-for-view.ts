import DOMPurify from 'dompurify';
import { absolute, absoluteSrcset } from '../core/extract/resolve-urls';
import { webAddress } from '../core/extract/page-url';
import { removeOpeningTitle } from './opening-title';

/**
 * The last sanitizing pass, in the extension's own document right before
 * insertion. It also makes the article's URLs absolute against the page's
 * address (this document's base is the extension's origin) and sends links
 * out of the view: to a new tab, or within the view for in-article anchors.
 * With `title` (the view shows it above the text), a heading opening the text that repeats it goes.
 */
export function sanitizeForView(html: string, pageUrl: string | null, title?: string): string {
  const base = webAddress(pageUrl);
  const purify = DOMPurify(window);
  purify.addHook('afterSanitizeAttributes', (node) => {
    for (const name of ['src', 'href', 'poster']) {
      const value = node.getAttribute(name);
      if (value && !value.startsWith('#')) node.setAttribute(name, absolute(value, base));
    }
    const srcset = node.getAttribute('srcset');
    if (srcset) node.setAttribute('srcset', absoluteSrcset(srcset, base));
    if (node.tagName === 'A' && !node.getAttribute('href')?.startsWith('#')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  // RETURN_DOM gives the <body> DOMPurify parsed into (typed only as a Node).
  const body = purify.sanitize(html, { ADD_ATTR: ['target'], FORBID_TAGS: ['style', 'form', 'iframe'], FORBID_ATTR: ['style'], RETURN_DOM: true }) as HTMLElement;
  if (title) removeOpeningTitle(body, title);
  return body.innerHTML;
}
