import { jsonLdBlocks } from '../extract/json-ld';

/** Cheap structural facts about a page, read without changing it. */
export interface PageSignals {
  /** schema.org types declared in JSON-LD and microdata, lower-cased. */
  schemaTypes: string[];
  ogType: string | null;
  hasPublishedTime: boolean;
  articleTags: number;
  /** Paragraphs of at least 80 characters, and their total length. */
  longParagraphs: number;
  longParagraphChars: number;
  /** Most long paragraphs under one parent: a single body of prose. */
  longParagraphsInOneParent: number;
  /** Characters of visible body text, and the share of it inside links. */
  bodyChars: number;
  linkDensity: number;
  /** Product-page markers: price markup, add-to-cart controls. */
  priceMarkers: number;
  cartControls: number;
  /** Forum/comment markers: repeated post or comment containers. */
  postContainers: number;
  /** Words typical of forum threads and shops in the body text. */
  forumWords: number;
  shopWords: number;
  /** Path of the page URL, lower-cased, without host or query. */
  path: string;
}

const LONG_PARAGRAPH = 80;

function schemaTypesOf(doc: Document): string[] {
  const types = new Set<string>();
  const visit = (node: unknown, depth: number): void => {
    if (depth > 4 || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) { for (const item of node) visit(item, depth + 1); return; }
    const record = node as Record<string, unknown>;
    const type = record['@type'];
    for (const t of Array.isArray(type) ? type : [type]) if (typeof t === 'string') types.add(t.toLowerCase());
    if (record['@graph']) visit(record['@graph'], depth + 1);
    if (record['mainEntity']) visit(record['mainEntity'], depth + 1);
  };
  for (const block of jsonLdBlocks(doc)) visit(block, 0);
  for (const el of Array.from(doc.querySelectorAll('[itemscope][itemtype]')).slice(0, 50)) {
    const type = el.getAttribute('itemtype')?.split('/').pop();
    if (type) types.add(type.toLowerCase());
  }
  return [...types];
}

function meta(doc: Document, selector: string): string | null {
  return doc.querySelector(selector)?.getAttribute('content')?.trim().toLowerCase() || null;
}

const CART = /add[\s-]*to[\s-]*(cart|bag|basket)|buy[\s-]*now|in den warenkorb|ajouter au panier|añadir al carrito|aggiungi al carrello/i;
const POST_CLASS = /(^|[\s_-])(post|comment|reply|message|topic|thread|answer)s?([\s_-]|$)/i;

const FORUM_WORDS = /\b(replies|reply|joined|quote|upvotes?|member since|posts: ?\d|thread starter|original poster|helpful answers?)\b/gi;
const SHOP_WORDS = /\b(in stock|out of stock|sku|add to (?:cart|bag|basket)|free shipping|quantity|qty|checkout|wishlist)\b/gi;
const MAX_SCANNED_TEXT = 200_000;

function countMatches(text: string, pattern: RegExp): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text)) n++;
  return n;
}

function pathOf(url: string | null | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).pathname.toLowerCase();
  } catch {
    return '';
  }
}

export function pageSignals(doc: Document, url?: string | null): PageSignals {
  const body = doc.body;
  const paragraphs = body ? Array.from(body.getElementsByTagName('p')) : [];
  let longParagraphs = 0;
  let longParagraphChars = 0;
  const perParent = new Map<Node, number>();
  for (const p of paragraphs) {
    const length = (p.textContent ?? '').trim().length;
    if (length < LONG_PARAGRAPH) continue;
    longParagraphs++;
    longParagraphChars += length;
    const parent = p.parentNode;
    if (parent) perParent.set(parent, (perParent.get(parent) ?? 0) + 1);
  }
  let bodyChars = 0;
  let linkChars = 0;
  let bodyText = '';
  if (body) {
    bodyText = (body.textContent ?? '').replace(/\s+/g, ' ');
    bodyChars = bodyText.length;
    for (const a of Array.from(body.getElementsByTagName('a'))) linkChars += (a.textContent ?? '').replace(/\s+/g, ' ').length;
  }
  let cartControls = 0;
  for (const el of body ? Array.from(body.querySelectorAll('button, input[type="submit"], a[class*="cart" i]')) : []) {
    const label = el.textContent || el.getAttribute('value') || el.getAttribute('class') || '';
    if (CART.test(label)) cartControls++;
  }
  let postContainers = 0;
  for (const el of body ? Array.from(body.querySelectorAll('[class], [id]')) : []) {
    if (POST_CLASS.test(el.getAttribute('class') ?? '') || POST_CLASS.test(el.getAttribute('id') ?? '')) postContainers++;
  }
  return {
    schemaTypes: schemaTypesOf(doc),
    ogType: meta(doc, 'meta[property="og:type"]'),
    hasPublishedTime: Boolean(doc.querySelector('meta[property="article:published_time"], [itemprop="datePublished"], time[datetime]')),
    articleTags: body ? body.getElementsByTagName('article').length : 0,
    longParagraphs,
    longParagraphChars,
    longParagraphsInOneParent: Math.max(0, ...perParent.values()),
    bodyChars,
    linkDensity: bodyChars ? linkChars / bodyChars : 0,
    priceMarkers: body ? body.querySelectorAll('[itemprop="price"], [class*="price" i]').length : 0,
    cartControls,
    postContainers,
    forumWords: countMatches(bodyText.slice(0, MAX_SCANNED_TEXT), FORUM_WORDS),
    shopWords: countMatches(bodyText.slice(0, MAX_SCANNED_TEXT), SHOP_WORDS),
    path: pathOf(url ?? doc.URL),
  };
}
