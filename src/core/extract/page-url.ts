/**
 * The page's address: the one given, else what the page says of itself
 * (<base>, canonical link, og:url). Saved pages and the CLI often have no URL.
 */
export function pageUrl(doc: Document, given: string | null | undefined): string | null {
  const candidates = [
    given,
    doc.querySelector('base[href]')?.getAttribute('href'),
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate.trim());
      if (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'file:') return url.href;
    } catch {
      // Relative or malformed: try the next one.
    }
  }
  return null;
}
