import { attributeValue } from '../dom/attribute-value';
import { collapsedLength } from '../text/collapsed-length';
import { walkWithText } from '../dom/text-spans';
import { readPageFacts, type PageFacts } from '../dom/page-facts';
import { jsonLdItems, jsonLdTypes } from '../dom/json-ld';
import { CommentThread } from './comment-thread';
import { TitleHeadings, bylineNear, dateNear, headlineSurroundings, withoutSiteName } from './headline';

/** Cheap structural facts about a page, read without changing it. */
export interface PageSignals {
  /** schema.org types declared in JSON-LD and microdata, lower-cased. */
  schemaTypes: string[];
  ogType: string | null;
  articleTags: number;
  /** Paragraphs of at least 80 characters, and their total length. */
  longParagraphs: number;
  longParagraphChars: number;
  /** Most long paragraphs under one parent: a single body of prose. */
  longParagraphsInOneParent: number;
  /**
   * Characters of long paragraphs under the one container (up to three levels
   * above them) that holds the most: page builders wrap each paragraph in its
   * own box, so the parent alone misses their prose.
   */
  proseBlockChars: number;
  /** Section headings (h2-h4), and those that are links: teaser cards of homepages and listings. */
  headings: number;
  linkedHeadings: number;
  /** Characters of top-level list items: link lists, features, menus. */
  listItemChars: number;
  /** `<time>` elements: one per teaser on a listing, one or two on an article. */
  timeElements: number;
  /** A byline: rel/itemprop author, or an author/byline class. */
  hasByline: boolean;
  /** `article:published_time` in the head (news and blog CMSs). */
  hasPublishedMeta: boolean;
  /** `citation_title` in the head: the tags scholarly indexes read on a paper's page. */
  hasCitationMeta: boolean;
  /**
   * The title or og:title, site name cut off, ends in "Archive(s)": the title
   * WordPress SEO plugins give category, tag and date archives.
   */
  archiveTitle: boolean;
  /**
   * A date or a byline next to the headline (the heading that repeats the
   * title, else the h1), as articles print them under it.
   */
  dateNearHeadline: boolean;
  bylineNearHeadline: boolean;
  /**
   * The title reads as a headline: a question, a leading number ("10 ways…"),
   * a question word, or a guide/tips/review/comparison form.
   */
  headlineTitle: boolean;
  /** Characters of the body's text (inline scripts included), and the share of it inside links. */
  bodyChars: number;
  linkDensity: number;
  /** Product-page markers: price markup, add-to-cart controls. */
  priceMarkers: number;
  cartControls: number;
  /**
   * Containers numbered as posts (id `post-123`, `comment-45`, `p678`): one per
   * post of a forum thread, or per comment under a story. Classes say less:
   * WordPress menus carry `menu-item-type-post_type` on every item.
   */
  postContainers: number;
  /** A tree of nested comments under a short post: a discussion page. */
  commentThread: boolean;
  /** Words typical of forum threads and shops in the body text. */
  forumWords: number;
  shopWords: number;
  /** Path of the page URL, lower-cased, without host or query. */
  path: string;
}

const LONG_PARAGRAPH = 80;
/** How far above a paragraph its prose container is looked for. */
const PROSE_LEVELS = 3;
// Headline forms, in English, French, German, Spanish and Italian. Word edges
// are Unicode-aware (\b is ASCII-only in JavaScript: "qué", "guía").
const WORD_START = '(?<![\\p{L}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{N}])';
const QUESTION_WORDS = 'how|what|why|when|who|where|which|comment|pourquoi|quand|quel(le)?s?|qui|wie|warum|was|wann|wer|welche[rs]?|cómo|qué|por qué|cuándo|quién|come|perché|cosa';
const EDITORIAL_WORDS = 'guide|tips|ways|reasons|explained|review|vs\\.?|versus|best|meilleur(e)?s?|conseils|astuces|ratgeber|tipps|beste[nr]?|guía|consejos|mejores|migliori|consigli';
const HEADLINE_FORM = new RegExp(
  `\\?|^\\s*\\d+\\s|^\\s*(${QUESTION_WORDS})${WORD_END}|${WORD_START}(${EDITORIAL_WORDS})${WORD_END}`, 'iu');

/** JSON-LD types (a page's main entity included), added to the microdata types the walk found. */
function schemaTypesOf(jsonLd: unknown[], types: Set<string>): string[] {
  for (const item of jsonLdItems(jsonLd, ['@graph', 'mainEntity'])) {
    for (const t of jsonLdTypes(item)) if (typeof t === 'string') types.add(t.toLowerCase());
  }
  return [...types];
}

const MAX_MICRODATA_ITEMS = 50;

/** schema.org types of the first microdata items (elements with itemscope and itemtype). */
class MicrodataTypes {
  readonly types = new Set<string>();
  private items = 0;

  add(el: Element): void {
    if (this.items >= MAX_MICRODATA_ITEMS || !el.hasAttribute('itemscope')) return;
    const itemtype = attributeValue(el, 'itemtype');
    if (itemtype === null) return;
    this.items++;
    const type = itemtype.split('/').pop();
    if (type) this.types.add(type.toLowerCase());
  }
}

const CART = /add[\s-]*to[\s-]*(cart|bag|basket)|buy[\s-]*now|in den warenkorb|ajouter au panier|añadir al carrito|aggiungi al carrello/i;
const POST_ID = /^(post|comment|reply|message|answer|p)[-_]?\d+$/i;

// Forum words (the first group) and shop words, counted in one scan of the text:
// no word of either list can start inside a word of the other, so the counts
// are those of two separate scans. A run of white space stands where the
// collapsed text has one space, so the page's raw text can be scanned as it is.
const FORUM_OR_SHOP_WORDS = /\b(?:(replies|reply|joined|quote|upvotes?|member\s+since|posts:\s*\d|thread\s+starter|original\s+poster|helpful\s+answers?)|in\s+stock|out\s+of\s+stock|sku|add\s+to\s+(?:cart|bag|basket)|free\s+shipping|quantity|qty|checkout|wishlist)\b/gi;
const MAX_SCANNED_TEXT = 200_000;

function countForumAndShopWords(text: string): { forumWords: number; shopWords: number } {
  let forumWords = 0, shopWords = 0;
  FORUM_OR_SHOP_WORDS.lastIndex = 0;
  for (let match = FORUM_OR_SHOP_WORDS.exec(text); match; match = FORUM_OR_SHOP_WORDS.exec(text)) {
    if (match[1] === undefined) shopWords++;
    else forumWords++;
  }
  return { forumWords, shopWords };
}

/** The title without the site name that CMSs append after a separator. */
function titleHead(doc: Document, h1: Element | null): string {
  return withoutSiteName(doc.title || h1?.textContent || '');
}

const ARCHIVE_TITLE = /(?<![\p{L}\p{N}])archives?\s*$/iu;

const isArchiveTitle = (titles: readonly (string | null)[]): boolean =>
  titles.some((title) => title !== null && ARCHIVE_TITLE.test(withoutSiteName(title)));

function largest(values: Iterable<number>): number {
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return max;
}

function pathOf(url: string | null | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).pathname.toLowerCase();
  } catch {
    return '';
  }
}

/** An `<a href>` at most two levels above the element (teaser headings wrapped in their link). */
function insideLink(el: Element): boolean {
  for (let up = el.parentElement, level = 0; up && level < 2; up = up.parentElement, level++) {
    if (up.tagName === 'A' && up.hasAttribute('href')) return true;
  }
  return false;
}

const BYLINE_CLASS = /byline|author/i;
const PRICE_CLASS = /price/i;
const CART_CLASS = /cart/i;

/**
 * One walk over the body gathers every per-element count and text: each
 * separate query would walk the whole tree again (linkedom has no index).
 */
export function pageSignals(doc: Document, url?: string | null, facts: PageFacts = readPageFacts(doc)): PageSignals {
  const body = doc.body;
  let longParagraphs = 0, longParagraphChars = 0;
  const perParent = new Map<Node, number>();
  const perContainer = new Map<Node, number>();
  let headings = 0, linkedHeadings = 0, listItemChars = 0, articleTags = 0, timeElements = 0;
  let linkChars = 0, cartControls = 0, postContainers = 0, priceMarkers = 0;
  let hasByline = false;
  let h1: Element | null = null, titled: Element | null = null;
  const { tags } = facts;
  const ogTitle = tags.first('property', 'og:title');
  const titles = new TitleHeadings([doc.title, ogTitle]);
  const microdata = new MicrodataTypes();
  const thread = new CommentThread();
  const head = doc.head;
  for (const el of [doc.documentElement, head, ...(head ? Array.from(head.querySelectorAll('[itemscope]')) : []), body]) if (el) microdata.add(el);
  // One walk reads the elements and the body's text: the texts of paragraphs,
  // links and list items are slices of it, not walks of their own.
  const visit = (el: Element): boolean => {
    // localName: linkedom builds the upper-case tagName anew on every read.
    const tag = el.localName;
    // attributeValue: linkedom's getAttribute('class') builds a token list each time.
    const cls = attributeValue(el, 'class') ?? '';
    const id = attributeValue(el, 'id') ?? '';
    const itemprop = attributeValue(el, 'itemprop');
    microdata.add(el);
    if (id && POST_ID.test(id)) postContainers++;
    if (cls) {
      if (PRICE_CLASS.test(cls)) priceMarkers++;
      if (!hasByline && BYLINE_CLASS.test(cls)) hasByline = true;
      thread.add(el, cls);
    }
    if (itemprop === 'price') priceMarkers++;
    if (!hasByline && (itemprop === 'author' || attributeValue(el, 'rel') === 'author')) hasByline = true;
    switch (tag) {
      case 'p': case 'a': case 'button':
        return true;
      case 'h2': case 'h3': case 'h4':
        headings++;
        if (!titled && tag !== 'h4' && titles.repeatsTitle(el)) titled = el;
        if (el.getElementsByTagName('a').length || insideLink(el)) linkedHeadings++;
        break;
      case 'input':
        if (el.getAttribute('type')?.toLowerCase() === 'submit' && CART.test(el.getAttribute('value') ?? '')) cartControls++;
        break;
      case 'li':
        // Nested lists sit as li > ul > li: count the outer item only.
        return el.parentElement?.parentElement?.localName !== 'li';
      case 'article':
        articleTags++;
        break;
      case 'time':
        timeElements++;
        break;
      case 'h1':
        h1 ??= el;
        if (!titled && titles.repeatsTitle(el)) titled = el;
        break;
    }
    return false;
  };
  const walked = body ? walkWithText(body, visit) : { text: '', spans: [] };
  for (const { el, start, end } of walked.spans) {
    const text = walked.text.slice(start, end);
    switch (el.localName) {
      case 'p': {
        const length = text.trim().length;
        if (length < LONG_PARAGRAPH) break;
        longParagraphs++;
        longParagraphChars += length;
        const parent = el.parentNode;
        if (parent) perParent.set(parent, (perParent.get(parent) ?? 0) + 1);
        // The body itself counts (plain pages put paragraphs right in it), nothing above it.
        let container: Node | null = parent;
        for (let level = 0; container && level < PROSE_LEVELS; level++) {
          perContainer.set(container, (perContainer.get(container) ?? 0) + length);
          if (container === body) break;
          container = container.parentNode;
        }
        break;
      }
      case 'a': {
        linkChars += collapsedLength(text);
        const cls = attributeValue(el, 'class') ?? '';
        if (CART_CLASS.test(cls) && CART.test(text || cls)) cartControls++;
        break;
      }
      case 'button':
        if (CART.test(text || (attributeValue(el, 'class') ?? ''))) cartControls++;
        break;
      case 'li':
        listItemChars += collapsedLength(text);
        break;
    }
  }
  // The collapsed text is built only for a page whose scan stops before its end.
  const collapsed = walked.text.length > MAX_SCANNED_TEXT ? walked.text.replace(/\s+/g, ' ') : null;
  const bodyChars = collapsed ? collapsed.length : collapsedLength(walked.text);
  const scannedText = collapsed ? collapsed.slice(0, MAX_SCANNED_TEXT) : walked.text;
  const aroundHeadline = body ? headlineSurroundings(body, titled ?? h1) : [];
  const hasPublishedMeta = tags.first('property', 'article:published_time') !== null;
  return {
    schemaTypes: schemaTypesOf(facts.jsonLd, microdata.types),
    ogType: tags.first('property', 'og:type')?.toLowerCase() || null,
    articleTags,
    longParagraphs,
    longParagraphChars,
    longParagraphsInOneParent: largest(perParent.values()),
    proseBlockChars: largest(perContainer.values()),
    headings,
    linkedHeadings,
    listItemChars,
    timeElements,
    hasByline,
    hasPublishedMeta,
    hasCitationMeta: tags.first('name', 'citation_title') !== null,
    archiveTitle: isArchiveTitle([doc.title, ogTitle]),
    dateNearHeadline: dateNear(aroundHeadline),
    bylineNearHeadline: bylineNear(aroundHeadline),
    headlineTitle: HEADLINE_FORM.test(titleHead(doc, h1)),
    bodyChars,
    linkDensity: bodyChars ? linkChars / bodyChars : 0,
    priceMarkers,
    cartControls,
    postContainers,
    commentThread: body ? thread.underShortPost(body) : false,
    ...countForumAndShopWords(scannedText),
    path: pathOf(url ?? doc.URL),
  };
}
