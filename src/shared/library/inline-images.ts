import { blobToBase64 } from './base64';

/**
 * The article's HTML with its stored images written in as data: URLs, so it
 * reads with the network off. data:, not blob: URLs, because the reader
 * sanitizes the HTML again with DOMPurify, which keeps data: images and drops
 * blob: ones. Responsive candidates (srcset, <source>) point at the network, so
 * they go wherever the stored copy is used.
 */
export async function inlineImages(html: string, images: { url: string; blob: Blob }[]): Promise<string> {
  if (images.length === 0) return html;
  const dataUrls = new Map(await Promise.all(images.map(async ({ url, blob }) =>
    [url, `data:${blob.type || 'application/octet-stream'};base64,${await blobToBase64(blob)}`] as const)));
  // An inert document: nothing in it loads or runs.
  const body = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
  for (const img of Array.from(body.querySelectorAll('img'))) {
    const stored = dataUrls.get(img.getAttribute('src') ?? '');
    if (!stored) continue;
    img.setAttribute('src', stored);
    img.removeAttribute('srcset');
    img.removeAttribute('sizes');
    img.removeAttribute('loading');
    if (img.parentElement?.tagName === 'PICTURE') for (const source of Array.from(img.parentElement.querySelectorAll('source'))) source.remove();
  }
  return body.innerHTML;
}
