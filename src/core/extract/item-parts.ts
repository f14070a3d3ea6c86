// On a listing each item may be an <article> with its own <header> (title,
// summary, author) and <footer> (price, date): parts of the item, not the page's chrome.

// A page with at least this many <article> elements lists items.
const MIN_ITEMS = 3;

/** True when the body holds a list of <article> items. */
export function isTiledPage(body: Element): boolean {
  return body.getElementsByTagName('article').length >= MIN_ITEMS;
}

/** True when a header or footer belongs to an <article>: its nearest sectioning ancestor is that article. */
export function isItemPart(el: Element): boolean {
  return el.parentElement?.closest('article, section, main, body')?.tagName === 'ARTICLE';
}
