import { isItemPart, isTiledPage } from './item-parts';
import { removeNotContent } from './not-content';
import { isCaptionBlock, markAsCaption } from './captions';
import { attributeValue, classAndId, classWord } from '../dom/attribute-value';
import { removeRepeatedBlocks } from './repeated-blocks';
import { bioBlocks } from './author-bios';
import { isNamedMedia, unmarkMediaText } from './media-text-blocks';
import { isEmbeddedPost, unwrapEmbeddedPost } from './embedded-posts';
import { collapsedTrimmedLength } from '../text/collapsed-length';
import { holdsParagraphs, holdsTag } from '../dom/holds-tag';
import { textBefore } from '../dom/text-before';
import { collapseWhitespace } from '../text/collapse-whitespace';
import { alphanumeric } from '../text/alphanumeric';
import { isCutShort } from '../text/cut-short';
import { inPost } from './post-shape';
import { linkedChars, linkedCharsIfAll } from './linked-chars';
import { titlesPicture } from './picture-titles';

// Class or id words of blocks that sit beside the content: share bars, related
// links, newsletter boxes, ads. Whole words only ("share", not "shared"). Wider
// lists (sidebar, widget, popup…) cost recall on WCXB: layouts use those words
// on wrappers of the content itself.
const BESIDE = classWord('share|sharing|social|related|recommended|recommendations|newsletter|subscribe|promo|advert|advertisement|sponsored|outbrain|taboola|breadcrumbs?|cookie|consent|paywall');
// A site's own cookie banner ("gdpr-banner", "accept_cookies_banner"), by class only: an id such as a
// documentation section's id="cookies" names its topic.
const CONSENT_CLASS = classWord('cookies|gdpr');
// Small blocks about the article rather than of it: bylines, dates, photo
// credits, tag lists, reading time, view counts, ad labels. Readability keeps
// the byline when the page's metadata already named the author.
const ABOUT = classWord('by-?line|author|authors|author-bio|bio|dateline|date|time-?stamp|published|updated|posted-on|post-?info|post-?meta|entry-meta|article-meta|credits?|copyright|tags|tag-?list|keywords|read-?time|reading-time|views|ad|ads|ad-?slot|ad-?container');
const MAX_ABOUT_CHARS = 300;
// Boxes about the writer, at any size: a bio often runs past a small note.
// A whole class name: "author-box-enabled" on a content wrapper is not a box.
const AUTHOR_BOX = /(^|[\s_-])(about[-_]?(the[-_]?)?author|author[-_]?(bio|box|info|about|card|profile|details|description|wrap))(?=\s|$)/i;
// schema.org's author of the page as a block of its own: a box about the writer.
// A name inline in the text ("by <span itemprop=author>") is left to the byline rules.
const AUTHOR_ITEM_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'FOOTER']);
// Tables of contents: a list of links to the article's own headings. Not by
// class: "toc" also names the sections such a table links to.
// The whole heading: "Contents insurance: what it covers" is a section of the text.
const TOC_HEADING = /^(table of contents|contents|in this (article|post|guide)|on this page|jump to|inhaltsverzeichnis|sommaire|índice|indice)\s*:?$/i;
const MIN_TOC_LINKS = 3;
// Pop-ups, on other pages (a company's services, a product's tour); an article's sit outside its text.
const POPUP = classWord('popup|pop-up');
// Drawings of an app's screens that landing pages build from markup: labels
// and snippets, no prose. Not on articles, whose graphics are their charts.
const DRAWING = classWord('illustrations?|graphics?');
// Comments are beside an article, but they are a forum thread's content.
const COMMENT_WORDS = 'comments?|comment-list|respond|disqus|replies';
// Beside an article only: calls to action, legal notes and dialogs. On a
// company's or a shop's page they are often what the page says, so only a
// box of a note's size goes, and not one of a row of such boxes (a listing's cards).
const ASIDE_WORDS = 'cta|disclaimers?|modal';
const MAX_ASIDE_CHARS = 1000;
const MIN_ROW = 3;
// Customers' praise, outside the text only: inside it, a testimonial is a pull quote.
const TESTIMONIAL_WORDS = 'testimonials?';
const COMMENTS = classWord(COMMENT_WORDS);
const ARTICLE_ASIDES = classWord(ASIDE_WORDS);
const TESTIMONIALS = classWord(TESTIMONIAL_WORDS);
// All the words above, tested first in one pass: most elements match none.
const ARTICLE_BESIDE = classWord([COMMENT_WORDS, ASIDE_WORDS, TESTIMONIAL_WORDS].join('|'));
// The article's own block: an aside or a quote inside it is part of the text.
const TEXT_SCOPE = 'article, main, [itemprop="articleBody"]';

// Headings that announce a block of links to elsewhere, in the languages we meet most.
const BESIDE_HEADING = /^(related|read (more|next|also)|more (from|stories|on|like this|articles)|you (may|might) (also )?(like|enjoy)|recommended|popular|trending|most (read|popular)|also read|see also|la rédaction vous recommande|à lire aussi|lire aussi|sur le même sujet|dans la même rubrique|newsletter|sign up|subscribe|share (this|on)|follow us|leave a (reply|comment)|\d*\s*comments?|mehr zum thema|das könnte sie auch interessieren|lee también|te puede interesar|leggi anche)\b/i;
// On articles, also "More Japan travel guides", "Other posts you may enjoy": a site's other pages.
const ARTICLE_BESIDE_HEADING = /^(more\b[^.!?:]{0,40}\b(guides|posts|articles|recipes|stories|reviews)|other (posts|articles|stories|guides|recipes)\b)/i;
// An encyclopedia's "See also" lists further reading that is part of the text: its heading goes, its list stays.
const SEE_ALSO_HEADING = /^see also\b/i;
// Those announcing a form or the comments rather than links to elsewhere.
const FORM_HEADING = /^(newsletter|sign up|subscribe|leave a (reply|comment)|\d*\s*comments?)\b/i;
// Text beyond the heading that makes its block more than a placeholder for links loaded later.
const MIN_OWN_TEXT = 100;
const MAX_BESIDE_BLOCK = 1500;
// An id that repeats this many leading letters of the element's text is an anchor made from it.
const MIN_ANCHOR_ID = 20;
// Text a block may hold before the heading that announces it: a label or a date, not content.
const MAX_TEXT_BEFORE_HEADING = 80;
// In a forum post, a block with more than a label before the heading holds the post (a short reply).
const MAX_LABEL_BEFORE_HEADING = 20;
// An <article> with less than this share of the longest one's text is a teaser.
const TEASER_SHARE = 0.2;

// A line that is only a date ("Updated Nov 19, 9:41 AM", "Posted on 23 Nov 2017 by Admin").
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE_WORDS = new RegExp(`\\b(${MONTH}|\\d{1,4}(st|nd|rd|th|h|am|pm)?|am|pm|a\\.m\\.|p\\.m\\.|gmt|utc|[ecmp][sd]t|cet|cest|bst|ist|(mon|tue|wed|thu|fri|sat|sun)[a-z]*|today|yesterday|ago|minutes?|hours?|days?|updated|posted|published|last|modified|on|at|by|le|el|il|de|du|von|um)\\b|[\\s,.:;|/·•–—()-]+`, 'gi');
const HAS_DATE = new RegExp(`\\b(${MONTH}\\s+\\d|\\d{1,2}\\s+${MONTH}|\\d{4}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|\\d+\\s+(minutes?|hours?|days?)\\s+ago)`, 'i');
const MAX_DATE_LINE = 80;
const INLINE = new Set(['A', 'ABBR', 'B', 'BR', 'EM', 'I', 'SMALL', 'SPAN', 'STRONG', 'TIME', 'FONT']);
// Lines that ask the reader for something (subscribe, follow, send a tip) and
// the labels of ad slots and tickers.
const PROMPT = /\b(subscribe (to|now|today|for)|sign up (for|to|now|today)|(right )?(in|to) your inbox|follow (us|him|her|me|them) on|have a (news )?tip\b|join our)\b/i;
// A line opening with the call, not prose about a network ("Researchers follow teenagers on Instagram").
// "Join us on Saturday" is an event's text: the network must be named.
const FOLLOW_LINE = /^((follow [\w.&' ]{1,30}|join (me|us)) on (facebook|x|twitter|instagram|youtube|tiktok|linkedin|threads|bluesky)|join the [\w ]{0,30}(facebook|linkedin|discord) (group|community|server))\b/i;
const MAX_PROMPT_LINE = 200;
// Affiliate disclosures ("We may earn a commission…"): a line must say the site
// earns from the reader's purchases and name links or affiliates, so prose about
// affiliate programmes or a salesman's commission stays.
const DISCLOSURE = /\b((we|i)\b[^.]{0,60}\b(earn|receive|make)s?\b[^.]{0,40}\b(commissions?|compensation|from qualifying purchases)|earns? (us|me) (a )?(small )?commission|(this|the) (post|article|page|site) (may )?contains? affiliate links|reader-supported)\b/i;
const AFFILIATE = /\b(affiliate|qualifying purchases|(buy|purchase|shop)\w* (through|via|from|using) (links|our|the links)|links? (on|in) (this|our) (site|page|post|article))/i;
const MAX_DISCLOSURE_LINE = 400;
const LABEL = /^(advert|advertisement|advertising|ad|ads|anzeige|werbung|publicité|publicidad|pubblicità|iklan|reklama|sponsored|breaking news|skip to (main )?content)$/i;
// The site's copyright notice closing the text ("© 2025 The Site. All rights reserved."),
// not prose about copyright ("Copyright law protects…").
const COPYRIGHT = /^(copyright\s*)?[©ⓒ]|^copyright\s+(@|\(c\)|\d{4})|\ball rights reserved\b/i;
// A WordPress shortcode the site failed to render ("[button link=… type=…] Send us your review[/button]").
const SHORTCODE = /^\[([a-z][\w-]*)\s+[\w-]+=[^\]]*\]([^[]*\[\/\1\])?$/i;
// A line announcing the list of links after it ("Related posts:", "You might also like:").
// Not "See also" or "Also read": those announce reading that is part of the text.
const RELATED_LINE = /^(related|you (may|might) (also )?(like|enjoy|be interested)|if you (liked|enjoyed) this)\b[^.!?]{0,50}$/i;
// "Read more: …", "Related: …": a short paragraph that is a link to elsewhere.
const LINK_LINE_SHARE = 0.8;
const MAX_LINK_LINE = 200;
// Or several such lines in one paragraph, one link a line: a stack of headlines to elsewhere.
const MAX_LINK_STACK = 800;
const MIN_STACKED_LINKS = 2;

/** True when removing the element would take away the page's main prose. */
function holdsContent(el: Element, longParagraphs: Set<Element>, total: number): boolean {
  if (holdsTag(el, 'h1')) return true;
  if (!total) return false;
  let inside = 0;
  for (const p of Array.from(el.getElementsByTagName('p'))) if (longParagraphs.has(p)) inside++;
  return inside >= 3 && inside >= total * 0.3;
}

/** A block with the title or a paragraph of prose in it: a list of services with pictures, not a drawing. */
function holdsProse(el: Element, longParagraphs: Set<Element>): boolean {
  if (holdsTag(el, 'h1')) return true;
  for (const p of Array.from(el.getElementsByTagName('p'))) if (longParagraphs.has(p)) return true;
  return false;
}

/** The long paragraphs among the body's lines (pruneLists), found without another walk of the page. */
function longParagraphsOf(lines: readonly Element[]): Set<Element> {
  const set = new Set<Element>();
  for (const el of lines) if (el.localName === 'p' && (el.textContent ?? '').length >= 120) set.add(el);
  return set;
}

function isAuthorItem(el: Element): boolean {
  return AUTHOR_ITEM_TAGS.has(el.tagName) && attributeValue(el, 'itemprop') === 'author';
}

/**
 * A call to action, a legal note or a dialog of a note's size, alone among its
 * siblings. Judged on the outermost block so named: what a kept one holds stays.
 */
function isArticleAside(el: Element, names: string): boolean {
  if (!ARTICLE_ASIDES.test(names)) return false;
  let block = el;
  for (let parent = el.parentElement; parent; parent = parent.parentElement) if (ARTICLE_ASIDES.test(classAndId(parent))) block = parent;
  // Inside a figure, such a box is the figure's own label ("View photo").
  if ((block.textContent ?? '').length > MAX_ASIDE_CHARS || block.closest('figure')) return false;
  let named = 0;
  for (const sibling of Array.from(block.parentElement?.children ?? [])) if (ARTICLE_ASIDES.test(classAndId(sibling)) && ++named >= MIN_ROW) return false;
  return true;
}

/** Customers' praise beside the article (a site-wide carousel), not a quote inside its text. */
function isTestimonial(el: Element, names: string): boolean {
  return TESTIMONIALS.test(names) && !el.parentElement?.closest(TEXT_SCOPE);
}

/** Comments, and the boxes beside an article that only its pages name so. */
function isBesideArticle(el: Element, names: string): boolean {
  return ARTICLE_BESIDE.test(names) && (COMMENTS.test(names) || isArticleAside(el, names) || isTestimonial(el, names));
}

/** What the class-word rules (and schema.org's author) say of an element, or null when none applies. */
function rolesOf(el: Element, names: string, isArticle: boolean): { beside: boolean; about: boolean; authorBox: boolean; drawing: boolean } | null {
  const beside = BESIDE.test(names) || CONSENT_CLASS.test(attributeValue(el, 'class') ?? '') || (isArticle ? isBesideArticle(el, names) : POPUP.test(names));
  const drawing = !isArticle && DRAWING.test(names);
  const about = isArticle && ABOUT.test(names);
  const authorBox = isArticle && (AUTHOR_BOX.test(names) || isAuthorItem(el));
  return beside || about || authorBox || drawing ? { beside, about, authorBox, drawing } : null;
}

/**
 * An id made from the element's own text ("h-how-to-share-a-screen" on that
 * heading, or on the section it opens) is an anchor for links, not a role: its
 * words are the text's ("share", "social", "date"), not the block's purpose.
 */
function isTextAnchor(el: Element): boolean {
  const id = alphanumeric(attributeValue(el, 'id') ?? '');
  if (id.length < MIN_ANCHOR_ID) return false;
  const start = alphanumeric((el.textContent ?? '').slice(0, 200)).slice(0, MIN_ANCHOR_ID);
  return start.length === MIN_ANCHOR_ID && id.includes(start);
}

/** Inside a code block: highlighters name tokens "comment", "tag" or "date", and they are the code. */
function inCode(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) if (node.tagName === 'PRE' || node.tagName === 'CODE') return true;
  return false;
}

/** Short and without a heading or paragraph of prose: a note about the content, not part of it. */
function isSmallNote(el: Element): boolean {
  return (el.textContent ?? '').length <= MAX_ABOUT_CHARS && !holdsTag(el, 'h1') && !holdsTag(el, 'h2') && !holdsParagraphs(el);
}

/** The text of a short block made only of inline markup (a line), or null: never reads a wrapper's text. */
function lineText(el: Element, max: number): string | null {
  if (el.children.length > 8) return null;
  for (const child of Array.from(el.children)) if (!INLINE.has(child.tagName)) return null;
  const text = collapseWhitespace(el.textContent ?? '');
  return text && text.length <= max ? text : null;
}

/** A line whose text is a date and the words around one, nothing else. */
function isDateLine(text: string): boolean {
  return text.length <= MAX_DATE_LINE && HAS_DATE.test(text) && text.replace(DATE_WORDS, '').length <= 2;
}

/** A short paragraph made of a link (and a label such as "Read more:"), or of links one a line. */
function isLinkLine(el: Element): boolean {
  const length = collapsedTrimmedLength(el.textContent ?? '');
  if (!length || length > MAX_LINK_STACK) return false;
  if (length > MAX_LINK_LINE && (el.getElementsByTagName('br').length < MIN_STACKED_LINKS || el.getElementsByTagName('a').length < MIN_STACKED_LINKS)) return false;
  return linkedChars(el) >= length * LINK_LINE_SHARE;
}

/** A list of two links or more and little else: "Related: a, b, c", not links with a description each. */
function isLinkList(el: Element | null): el is Element {
  if (!el || (el.tagName !== 'UL' && el.tagName !== 'OL') || el.getElementsByTagName('li').length < 2) return false;
  return linkedChars(el) >= collapsedTrimmedLength(el.textContent ?? '') * LINK_LINE_SHARE;
}

/** A list of at least three links to places in the page itself and little else: a table of contents. */
function isContentsList(list: Element): boolean {
  const linked = linkedCharsIfAll(list, (a) => attributeValue(a, 'href')?.startsWith('#') ?? false, MIN_TOC_LINKS);
  return linked !== null && linked >= collapsedTrimmedLength(list.textContent ?? '') * LINK_LINE_SHARE;
}

/**
 * Beside the article, other, much shorter <article>s are teasers of other
 * stories (or comments), and so are shorter ones beside it whose summary is cut short.
 * The longest one, and any holding the title, stay.
 */
function removeTeasers(body: Element, remove: (el: Element) => void): void {
  const articles = Array.from(body.getElementsByTagName('article')).filter((el) => !holdsTag(el, 'article'));
  if (articles.length < 2) return;
  const sizes = articles.map((el) => (el.textContent ?? '').length);
  const longest = Math.max(...sizes);
  articles.forEach((el, i) => {
    const size = sizes[i]!;
    // Inside another <article>, a block ending with "…" is a part of it (a listicle's item still loading its prices).
    const teaser = size < longest * TEASER_SHARE || (size < longest && !el.parentElement?.closest('article') && isCutShort(collapseWhitespace(el.textContent ?? '')));
    if (teaser && !holdsTag(el, 'h1')) remove(el);
  });
}

/**
 * A <header> inside a <section> or the page's <main> heads that part (a
 * landing page's section title and intro): as in the HTML spec, only one
 * outside them is the page's banner. Within an <article>, item-parts.ts decides.
 */
function isSectionHeader(el: Element): boolean {
  if (el.tagName !== 'HEADER') return false;
  const scope = el.parentElement?.closest('article, section, main, body');
  return (scope?.tagName === 'SECTION' || scope?.tagName === 'MAIN') && !scope.closest('article');
}

/**
 * A <header> holding a heading and at most a label ("Setup step #1"): in an
 * article, the head of one of its sections, not the page's banner (a logo,
 * links, a search box) nor a teaser's (its summary, a paragraph).
 */
function isHeadingHeader(el: Element): boolean {
  if (el.tagName !== 'HEADER' || holdsTag(el, 'h1') || holdsTag(el, 'p')) return false;
  const headings = Array.from(el.querySelectorAll('h2, h3, h4, h5, h6'));
  if (!headings.length) return false;
  let headingChars = 0;
  for (const heading of headings) headingChars += collapsedTrimmedLength(heading.textContent ?? '');
  return collapsedTrimmedLength(el.textContent ?? '') - headingChars <= MAX_LABEL_BEFORE_HEADING;
}

/**
 * The largest ancestor of a heading that still only holds the block it
 * announces. In an article a heading announces what follows it: an ancestor with
 * more than a label before it ("More on this school:" closing a list item) holds
 * content too. Other pages keep the wider block: there it is mostly a sidebar
 * (listing and product pages lost with the narrower one); but in a forum post,
 * a hidden share menu's heading must not take a short reply with it.
 */
function announcedBlock(heading: Element, isArticle: boolean): Element {
  let block = heading;
  for (let parent = heading.parentElement; parent && parent.tagName !== 'BODY'; parent = parent.parentElement) {
    if ((parent.textContent ?? '').length > MAX_BESIDE_BLOCK || holdsTag(parent, 'h1')) break;
    if (isArticle ? textBefore(block) > MAX_TEXT_BEFORE_HEADING : inPost(parent) && textBefore(block) > MAX_LABEL_BEFORE_HEADING) break;
    block = parent;
  }
  return block;
}

/**
 * On other pages, a block under a heading of links to elsewhere that holds
 * text but no link is the page's own: "Recommended" heads a game's recommended
 * system next to "Minimum". Not for forms and comments, which hold no links either.
 */
function announcesOwnText(block: Element, label: string): boolean {
  return !FORM_HEADING.test(label) && !block.querySelector('a') && collapsedTrimmedLength(block.textContent ?? '') > label.length + MIN_OWN_TEXT;
}

/**
 * A line of an article that is the site's, not the story's: a date, an ad
 * label, a call to subscribe or follow, a copyright notice (`short` lines), an
 * affiliate disclosure or a shortcode left unrendered.
 */
function isBoilerplateLine(line: string, short: boolean): boolean {
  if (short && (isDateLine(line) || LABEL.test(line) || PROMPT.test(line) || FOLLOW_LINE.test(line) || COPYRIGHT.test(line))) return true;
  return (DISCLOSURE.test(line) && AFFILIATE.test(line)) || SHORTCODE.test(line);
}

/** The elements each pass of pruneBoilerplate reads, in document order. */
interface PruneLists {
  /** With a class, an id or (on articles) an itemprop. */
  named: Element[];
  /** header, footer, aside */
  bands: Element[];
  /** p, div, li, time */
  lines: Element[];
  /** ul, ol */
  lists: Element[];
  /** h2 to h6 */
  headings: Element[];
}

/**
 * The passes' elements in one walk of the body, in the order querySelectorAll
 * would list them (templates are gone with what is never content); a Node DOM
 * walks the whole tree for each query. The passes only remove, unwrap or replace elements between
 * them, so a list taken first misses nothing a later query would find, and
 * what was removed since is skipped by each pass as before.
 */
function pruneLists(body: Element, isArticle: boolean): PruneLists {
  const lists: PruneLists = { named: [], bands: [], lines: [], lists: [], headings: [] };
  let el = body.firstElementChild;
  while (el) {
    if (el.hasAttributes() && (el.hasAttribute('class') || el.hasAttribute('id') || (isArticle && el.hasAttribute('itemprop')))) lists.named.push(el);
    switch (el.localName) {
      case 'header': case 'footer': case 'aside': lists.bands.push(el); break;
      case 'p': case 'div': case 'li': case 'time': lists.lines.push(el); break;
      case 'ul': case 'ol': lists.lists.push(el); break;
      case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': lists.headings.push(el); break;
    }
    const child = el.firstElementChild;
    if (child) { el = child; continue; }
    while (el && el !== body && !el.nextElementSibling) el = el.parentElement;
    el = el && el !== body ? el.nextElementSibling : null;
  }
  return lists;
}

/**
 * Removes what surrounds the content from a working copy of the page: consent
 * prompts, navigation, share bars, related links, newsletter boxes, ads, and
 * (for articles) comments and the writers' bios (the bare text of their
 * JSON-LD descriptions, see author-bios.ts). Blocks that hold most of the prose are kept.
 */
export function pruneBoilerplate(doc: Document, isArticle: boolean, bios: readonly string[] = []): void {
  removeNotContent(doc);
  const body = doc.body;
  if (!body) return;
  // Static lists outlive removals; `isConnected` cannot tell (linkedom gets it
  // wrong in cloned documents), so removed subtrees are tracked here.
  const removed = new Set<Element>();
  const isRemoved = (el: Element): boolean => {
    for (let node: Element | null = el; node; node = node.parentElement) if (removed.has(node)) return true;
    return false;
  };
  const remove = (el: Element): void => { removed.add(el); el.remove(); };
  const passes = pruneLists(body, isArticle);
  const longParagraphs = longParagraphsOf(passes.lines);
  const total = longParagraphs.size;
  const captions: Element[] = [];
  const media: Element[] = [];
  const embeds: Element[] = [];
  for (const el of passes.named) {
    const names = classAndId(el);
    if (isArticle && isCaptionBlock(el, names)) { captions.push(el); continue; }
    if (isArticle && isNamedMedia(el)) media.push(el);
    let roles = rolesOf(el, names, isArticle);
    if (roles && isTextAnchor(el)) roles = rolesOf(el, attributeValue(el, 'class') ?? '', isArticle);
    if (!roles || isRemoved(el) || inCode(el)) continue;
    if (roles.beside && isArticle && isEmbeddedPost(el, names)) embeds.push(el);
    else if (roles.beside && !holdsContent(el, longParagraphs, total)) remove(el);
    else if (roles.about && isSmallNote(el)) remove(el);
    else if (roles.authorBox && !holdsContent(el, longParagraphs, total)) remove(el);
    else if (roles.drawing && !holdsProse(el, longParagraphs)) remove(el);
  }
  for (const el of captions) if (!isRemoved(el)) markAsCaption(el);
  for (const el of media) if (!isRemoved(el)) unmarkMediaText(el);
  for (const el of embeds) if (!isRemoved(el)) unwrapEmbeddedPost(el);
  if (isArticle && bios.length) for (const el of bioBlocks(body, bios)) if (!isRemoved(el) && !holdsContent(el, longParagraphs, total)) remove(el);
  removeRepeatedBlocks(longParagraphs, isRemoved, remove);
  if (isArticle) removeTeasers(body, remove);
  // Counted only when an item's header or footer is found.
  let tiled: boolean | null = null;
  for (const el of passes.bands) {
    if (isRemoved(el) || holdsContent(el, longParagraphs, total)) continue;
    if (!isArticle && el.tagName !== 'ASIDE' && isItemPart(el) && (tiled ??= isTiledPage(body))) continue;
    if (!isArticle && isSectionHeader(el)) continue;
    if (isArticle && isHeadingHeader(el)) continue;
    // An aside inside the text is a note or a callout, part of it.
    if (el.tagName === 'ASIDE' && el.parentElement?.closest(TEXT_SCOPE)) continue;
    remove(el);
  }
  if (isArticle) {
    for (const el of passes.lines) {
      if (isRemoved(el)) continue;
      const line = lineText(el, MAX_DISCLOSURE_LINE);
      const short = line !== null && line.length <= MAX_PROMPT_LINE;
      if ((line !== null && isBoilerplateLine(line, short)) || (el.tagName === 'P' && isLinkLine(el) && !titlesPicture(el))) remove(el);
      else if (short && RELATED_LINE.test(line) && isLinkList(el.nextElementSibling)) { remove(el.nextElementSibling); remove(el); }
    }
    for (const list of passes.lists) if (!isRemoved(list) && isContentsList(list)) remove(list);
  }
  for (const heading of passes.headings) {
    if (isRemoved(heading)) continue;
    const label = (heading.textContent ?? '').trim();
    if (label.length > 60 || !(BESIDE_HEADING.test(label) || (isArticle && (TOC_HEADING.test(label) || ARTICLE_BESIDE_HEADING.test(label))))) continue;
    const block = announcedBlock(heading, isArticle);
    if (holdsContent(block, longParagraphs, total)) continue;
    if (!isArticle && announcesOwnText(block, label)) continue;
    // A heading in the text's own flow announces the list of links after it: both go.
    const next = block === heading && isArticle && !SEE_ALSO_HEADING.test(label) ? heading.nextElementSibling : null;
    remove(block);
    if (isLinkList(next)) remove(next);
  }
}
