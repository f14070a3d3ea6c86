import { measureText, type TextWeight } from './main-container';

// Under this share of the container's plain text, <main> is one part of the content among others.
const MIN_SHARE = 0.5;
// Text that <main> adds to a block, when it is links for at least this share while the block's text is links for
// under BLOCK_LINK_SHARE, lists other pages (recent topics in a sidebar, related stories, "also see"). Next to a
// block of links (a grid of items), more links are more of the same.
const ADDED_LINK_SHARE = 0.6;
const BLOCK_LINK_SHARE = 0.5;
// Readability's block, when it won the vote, is the page's prose: <main> widens it only with more of the same,
// text under this share of links. Beyond it, what <main> adds is mostly teasers, topic lists and panels (WCXB dev).
export const PROSE_ADDED_LINK_SHARE = 0.3;

/** The page's one `<main>` (or role="main") under root, or null when it has none or several. */
export function onlyMain(root: Element): Element | null {
  const mains = root.querySelectorAll('main, [role="main"]');
  return mains.length === 1 ? mains[0]! : null;
}

/**
 * The page's one `<main>` (or role="main") inside the chosen container, when it holds
 * at least half of its plain text: what the container has beyond it is the site's
 * chrome (menus outside <nav>, contact panels, news tickers).
 */
export function mainLandmark(container: Element, weights: Map<Element, TextWeight>): Element | null {
  const main = onlyMain(container);
  if (!main) return null;
  const total = weights.get(container)?.plainChars ?? 0;
  const chars = weights.get(main)?.plainChars ?? 0;
  return chars > 0 && chars >= total * MIN_SHARE ? main : null;
}

/**
 * Whether what `<main>` (measured by `mainWeight`) holds beyond `block`, a part of it, is links for at least
 * `linkShare` of its text while the block is not mostly links.
 */
export function addsLinkList(block: Element, mainWeight: TextWeight, linkShare = ADDED_LINK_SHARE): boolean {
  const own = measureText(block).get(block);
  if (!own || own.chars === 0) return false;
  const added = mainWeight.chars - own.chars;
  const addedLinks = mainWeight.chars - mainWeight.plainChars - (own.chars - own.plainChars);
  return added > 0 && addedLinks >= added * linkShare && own.chars - own.plainChars < own.chars * BLOCK_LINK_SHARE;
}
