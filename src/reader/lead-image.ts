/**
 * The page's lead image, when the article body does not already start with it
 * (many pages keep it outside the text: Open Graph or JSON-LD only).
 */
export function leadImageToShow(leadImage: string | null, bodyHtml: string, pageUrl: string | null): string | null {
  if (!leadImage) return null;
  let url: URL;
  try {
    url = new URL(leadImage, pageUrl ?? undefined);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const file = url.pathname.split('/').pop() ?? '';
  return file && bodyHtml.includes(file) ? null : url.href;
}
