const IMG_SRC = /<img\b[^>]*?\ssrc="([^"]+)"/gi;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&lt;': '<', '&gt;': '>', '&#39;': "'", '&nbsp;': '\u00a0' };

/**
 * Addresses of the images to keep offline, read from sanitized article HTML.
 * A regular expression, not a DOM parser, because the service worker has none;
 * the HTML is a serializer's output, so attributes are always double-quoted.
 */
export function imageUrls(html: string): string[] {
  const urls = new Set<string>();
  for (const match of html.matchAll(IMG_SRC)) {
    const url = match[1]!.replace(/&(amp|quot|lt|gt|#39|nbsp);/g, (entity) => ENTITIES[entity] ?? entity);
    if (/^https?:/i.test(url)) urls.add(url);
  }
  return Array.from(urls);
}

/** The lead image's absolute address: pages often declare it relative (og:image="/img/a.jpg"). */
export function leadImageUrl(article: { leadImage: string | null; url: string | null }): string | null {
  if (!article.leadImage) return null;
  try {
    const url = new URL(article.leadImage, article.url ?? undefined);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** Every image an article shows: those of its body, and its lead image (the reader shows it when the body lacks it). */
export function articleImageUrls(article: { html: string; leadImage: string | null; url: string | null }): string[] {
  const urls = imageUrls(article.html);
  const lead = leadImageUrl(article);
  if (lead && !urls.includes(lead)) urls.push(lead);
  return urls;
}
