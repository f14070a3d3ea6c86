import type { TextWeight } from './main-container';

// Under this share of the container's plain text, <main> is one part of the content among others.
const MIN_SHARE = 0.5;

/**
 * The page's one `<main>` (or role="main") inside the chosen container, when it holds
 * at least half of its plain text: what the container has beyond it is the site's
 * chrome (menus outside <nav>, contact panels, news tickers).
 */
export function mainLandmark(container: Element, weights: Map<Element, TextWeight>): Element | null {
  const mains = container.querySelectorAll('main, [role="main"]');
  if (mains.length !== 1) return null;
  const main = mains[0]!;
  const total = weights.get(container)?.plainChars ?? 0;
  const chars = weights.get(main)?.plainChars ?? 0;
  return chars > 0 && chars >= total * MIN_SHARE ? main : null;
}
