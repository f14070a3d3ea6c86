// One walk for the three, and only without a given URL: a querySelector that finds nothing walks the whole page.
const SELF_REFERENCES = 'base[href], link[rel="canonical"], meta[property="og:url"]';

/** The page's own statements of its address, in the order they are trusted. */
function declaredUrls(doc: Document): (string | null)[] {
  let base: string | null = null, canonical: string | null = null, ogUrl: string | null = null;
  for (const el of Array.from(doc.querySelectorAll(SELF_REFERENCES))) {
    if (el.tagName === 'BASE') base ??= el.getAttribute('href');
    else if (el.tagName === 'LINK') canonical ??= el.getAttribute('href');
    else ogUrl ??= el.getAttribute('content');
  }
  return [base, canonical, ogUrl];
}

/** A candidate parsed as a web page's address (http, https or file); null when it is not one. */
export function webAddress(candidate: string | null | undefined): URL | null {
  if (!candidate) return null;
  try {
    const url = new URL(candidate.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'file:' ? url : null;
  } catch {
    // Relative or malformed: not an address on its own.
    return null;
  }
}

/**
 * The page's address: the one given, else what the page says of itself
 * (<base>, canonical link, og:url). Saved pages and the CLI often have no URL.
 */
export function pageUrl(doc: Document, given: string | null | undefined): string | null {
  return (webAddress(given) ?? declaredUrls(doc).map(webAddress).find(Boolean))?.href ?? null;
}
