import type { Article } from '../../core/types';
import { inlineImages } from './inline-images';
import { imageUrls, leadImageUrl } from './image-urls';
import type { FullArticle } from './types';

/**
 * A saved article ready to show without the network: stored images written
 * into the HTML. A stored lead image that the body lacks is put at the top of
 * the body, since the reader would otherwise fetch the lead image from the web.
 */
export async function offlineArticle({ article, images }: FullArticle): Promise<Article> {
  const leadUrl = leadImageUrl(article);
  const lead = leadUrl ? images.find((image) => image.url === leadUrl) : undefined;
  if (!lead) return { ...article, html: await inlineImages(article.html, images) };
  const inBody = imageUrls(article.html).includes(lead.url);
  const html = inBody ? article.html : `<figure><img src="${lead.url.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" alt=""></figure>${article.html}`;
  return { ...article, leadImage: null, html: await inlineImages(html, images) };
}
