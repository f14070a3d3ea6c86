import { attributeValue } from '../dom/attribute-value';
import { collapseWhitespace } from '../text/collapse-whitespace';

const linkText = (el: Element): string => collapseWhitespace(el.textContent ?? '');

const isHiddenLink = (el: Element): boolean => el.tagName.toUpperCase() === 'A' && attributeValue(el, 'aria-hidden') === 'true' && !el.hasAttribute('hidden');

/**
 * Links hidden from screen readers beside a shown link to the same address: a
 * teaser's summary or a tile's caption, hidden so that a screen reader does not
 * announce the link twice, yet on screen. One whose text says more than the shown
 * link's is content; one repeating it is a copy. The page's links are read only
 * when such a hidden link holds text, once per address.
 */
export class TeaserLinks {
  private readonly shown = new Map<string, string[]>();
  private readonly read = new Set<string>();
  /** Whether any was found content. */
  kept = false;

  /** Those among `found` (never-content parts of one page). */
  among(found: readonly Element[]): Set<Element> {
    const candidates = found.filter((el) => isHiddenLink(el) && attributeValue(el, 'href') && linkText(el));
    const doc = candidates[0]?.ownerDocument;
    if (!doc) return new Set();
    const unread = new Set(candidates.map((el) => attributeValue(el, 'href') ?? '').filter((href) => !this.read.has(href)));
    if (unread.size) {
      for (const [href, texts] of shownLinkTexts(doc, unread)) this.shown.set(href, texts);
      for (const href of unread) this.read.add(href);
    }
    const teasers = new Set(candidates.filter((el) => {
      const text = linkText(el);
      const others = this.shown.get(attributeValue(el, 'href') ?? '') ?? [];
      return others.length > 0 && others.every((other) => !other.includes(text) && !text.includes(other));
    }));
    if (teasers.size) this.kept = true;
    return teasers;
  }
}

/** The texts of the page's shown links to the given addresses, by address. */
function shownLinkTexts(doc: Document, hrefs: ReadonlySet<string>): Map<string, string[]> {
  const texts = new Map<string, string[]>();
  for (const link of Array.from(doc.querySelectorAll('a[href]'))) {
    const href = attributeValue(link, 'href') ?? '';
    if (!hrefs.has(href) || link.closest('[aria-hidden="true"], [hidden]')) continue;
    const text = linkText(link);
    if (!text) continue;
    const list = texts.get(href);
    if (list) list.push(text);
    else texts.set(href, [text]);
  }
  return texts;
}
