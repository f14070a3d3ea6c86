import { classNames } from '../dom/attribute-value';

// A link's preview a forum engine unfolds in a post (title, summary, picture,
// site name) is not what the author wrote, who gave the link alone:
// "bbCodeBlock--unfurl", "js-unfurl"; not their parts ("js-unfurl-title").
const LINK_PREVIEW = /(^|[-_])unfurl$/i;

const isLinkPreview = (el: Element): boolean => classNames(el).some((name) => LINK_PREVIEW.test(name));

/** Replaces each link preview in the content by its link, the title of the page it leads to. */
export function replaceLinkPreviews(content: Element): void {
  for (const el of Array.from(content.querySelectorAll('[class*="unfurl" i]'))) {
    if (!el.parentNode || !isLinkPreview(el)) continue;
    const link = el.querySelector('a[href]');
    if (link) el.replaceWith(link);
    else el.remove();
  }
}
