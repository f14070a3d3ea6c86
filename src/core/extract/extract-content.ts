import { Readability } from '@mozilla/readability';
import type { ExtractedContent, TextDirection } from '../types';
import { readMetadata } from './metadata';
import { pruneBoilerplate } from './prune-boilerplate';
import { authorBios } from './author-bios';
import { mainContainer, measureText, type TextWeight } from './main-container';
import { addsLinkList, mainLandmark, onlyMain, PROSE_ADDED_LINK_SHARE } from './main-landmark';
import { articleRegion, keepOnlyRegion } from './article-region';
import { dropLinkBlocks } from './drop-link-blocks';
import { continuesArticle, SPLIT_ARTICLE_MAX_SHARE } from './split-article';
import { codeBlockCount, lostCode } from './lost-code';
import { pruneShopWidgets } from './prune-shop-widgets';
import { isProductPage } from './product-page';
import { holdsPrice } from './product-carousels';
import { panelSetOf } from './shown-panel';
import { addMissingDescription, declaredDescription } from './declared-description';
import { removeSmallPrint } from './small-print';
import { removeFooterBlocks } from './footer-blocks';
import { removeSiteFooters } from './site-footers';
import { removeAlertBoxes } from './alert-boxes';
import { removeSignUpBoxes } from './sign-up-boxes';
import { removeRepeatedLines, SHORT_LINE_CHARS } from './repeated-lines';
import { resolveUrls } from './resolve-urls';
import { removeMediaFallback } from './media-fallback';
import { removeSkipLinks } from './skip-links';
import { separateGluedWords } from './glued-words';
import { repairDoubleEncoded, repairDoubleEncodedNodes } from '../text/double-encoded';
import { gatherThread, threadPosts } from './forum-thread';
import { removePostChrome } from './post-chrome';
import { fieldFormKeys, unwrapContentForms } from './content-forms';
import { gatherPosts, postList, repeatedPosts } from './repeated-posts';
import { commentTree } from './comment-tree';
import { dropRepeatedQuotes } from './repeated-quotes';
import { removePostLabels } from './post-labels';
import { replaceLinkPreviews } from './link-previews';
import { removeCallsToAction } from './calls-to-action';
import { removeButtonRows } from './button-rows';
import { removeToolbars } from './toolbars';
import { removeControlLabels } from './control-labels';
import { removeTickers } from './tickers';
import { removeListingControls } from './listing-controls';
import { removeRatingControls } from './rating-controls';
import { holdsProseParagraph, isWordy, itemGrid, removeScreenReaderLabels, removeTileLabels, tooShortToRead } from './listing-content';
import { listingRegion } from './listing-region';
import { removeRepeatedCopies } from './repeated-copies';
import { removeTileCopies } from './tile-copies';
import { copyWithoutNotContent, notContentOf, removeNotContent } from './not-content';
import { collapsedTrimmedLength } from '../text/collapsed-length';
import { pageHeading } from './page-heading';
import { appendFaqSection, faqSection, type FaqSection } from './faq-section';
import { removeTagLists } from './tag-lists';
import { removeClosingBios } from './closing-bios';
import { removeLabelledBios } from './labelled-bios';
import { isScriptNotice } from './script-notice';
import { styledHiddenHolder } from './styled-hidden';
import { readPageFacts, type PageFacts } from '../dom/page-facts';
import { unmarkDataTables } from './data-tables';
import { unmarkProseBlocks } from './prose-blocks';
import { markLinkedCards } from './linked-cards';
import { unlinkTeaserText } from './card-links';
import { unmarkLayoutClasses } from './layout-classes';
import { prependTitleBlock, titleBlockOf } from './title-block';

export interface ExtractOptions {
  /** The page URL: links and images are made absolute against it. */
  url?: string | null;
  /** Whether the page is one piece of prose; other pages keep comments and get a wider block. */
  isArticle?: boolean;
  /** The page's meta tags and JSON-LD, when the caller has read them already. */
  facts?: PageFacts;
  /**
   * The document is the caller's to give away (the CLI parses each page for
   * this alone): it is pruned and read in place, which saves copying the page.
   */
  disposable?: boolean;
}

// Readability's block is replaced by the wider main container when it keeps
// less than this share of the container's plain text (measured on WCXB dev).
const ARTICLE_MIN_SHARE = 0.3;
const OTHER_MIN_SHARE = 0.7;
// On other pages, a grid of items replaces a block of short lines holding less than this share of the grid's text.
const GRID_MIN_SHARE = 0.3;
// On other pages but shops' product pages, the page's <main> replaces a block holding less than this share of its
// text: the block is one part of it (one section of a listing, one panel of a service's page), where the plain-text
// container stopped at the part holding most of the text outside links, or Readability at one run of prose.
const MAIN_MIN_SHARE = 0.75;

// Added to Readability's link-density limits (0.2, 0.5) when it cleans an article's blocks: a listicle's items and
// a page's sections often hold a link or two beside their prose (WCXB dev).
const ARTICLE_LINK_DENSITY_MODIFIER = 0.05;

// Readability's work grows faster than the page; beyond this many elements the
// main container alone answers, which keeps huge pages to bounded time.
const MAX_ELEMENTS = 30_000;

/** A block found on the pruned copy; built only if the vote needs it. `codeBlocks`: its <pre> blocks. */
interface Candidate { chars: number; element: () => Element; codeBlocks?: number }

/** The page's <main>, with its text measures on the pruned copy. */
interface MainCandidate extends Candidate { weight: TextWeight }

/** What contentCandidates found: the blocks the vote weighs, and what it learnt of the page on the way. */
interface Candidates {
  readable: ReadableResult | null;
  /** The main container, or a thread's posts. */
  fallback: Candidate | null;
  grid?: Candidate | null;
  listing?: Candidate | null;
  main?: MainCandidate | null;
  isProduct?: boolean;
  /** A product's description as its JSON-LD gives it. */
  description?: string | null;
  faq?: FaqSection | null;
  /** On other pages but products: a copy of the page's title with its hero. */
  titleBlock?: Element | null;
}

interface ReadableResult {
  element: Element;
  title: string | null;
  byline: string | null;
  excerpt: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
}

function readabilityCandidate(doc: Document, isArticle: boolean): ReadableResult | null {
  // Not a literal: Readability's typings lack linkDensityModifier, which its README documents.
  const options = {
    charThreshold: 300,
    // The sanitizer drops every class but a code block's language: no need for Readability to walk the article for them.
    keepClasses: true,
    // Scripts, JSON-LD among them, are gone from the pruned copy: the page's JSON-LD is read by readMetadata.
    disableJSONLD: true,
    serializer: (node: Node) => node as Element,
    linkDensityModifier: isArticle ? ARTICLE_LINK_DENSITY_MODIFIER : 0,
  };
  try {
    const parsed = new Readability<Element>(doc, options).parse();
    if (!parsed?.content) return null;
    return { element: parsed.content, title: parsed.title ?? null, byline: parsed.byline ?? null, excerpt: parsed.excerpt ?? null, siteName: parsed.siteName ?? null, publishedTime: parsed.publishedTime ?? null, lang: parsed.lang ?? null, dir: parsed.dir ?? null };
  } catch {
    // Readability throws on a few malformed trees; the main container still stands.
    return null;
  }
}

function textChars(el: Element): number {
  return collapsedTrimmedLength(el.textContent ?? '');
}

/** A reading of the page as it was: taken now when the page is about to be rewritten in place, else when first asked for. */
function reading<T>(read: () => T, now: boolean): () => T {
  let taken: { value: T } | null = now ? { value: read() } : null;
  return () => (taken ??= { value: read() }).value;
}

/**
 * Finds the main content and metadata of a page. Works on a clone, unless the
 * page is disposable: the live page stays untouched. Readability's choice is
 * checked against the block holding most of the page's plain text, and
 * replaced when it kept too little.
 */
export function extractContent(doc: Document, options: ExtractOptions = {}): ExtractedContent | null {
  const declared = readMetadata(doc, options.url ?? null, options.facts);
  const inPlace = options.disposable ?? false;
  const other = options.isArticle === false;
  const pageTitle = reading(() => doc.title || pageHeading(doc), inPlace && !declared.title);
  const pageIsWordy = reading(() => isWordy(doc), inPlace && other);
  const fieldForms = reading(() => fieldFormKeys(doc), inPlace && other);
  const { readable, fallback, grid, listing, main, isProduct, description, faq, titleBlock } = contentCandidates(doc, options, fieldForms);
  const minShare = other ? OTHER_MIN_SHARE : ARTICLE_MIN_SHARE;
  let content: Element | null = readable?.element ?? null;
  // The content's text, counted again only when another block replaces it.
  let chars = content ? textChars(content) : 0;
  const replace = (by: Element): void => { content = by; chars = textChars(by); };
  if (fallback && fallback.chars > 0 && (!content || chars < fallback.chars * minShare)) {
    const container = fallback.element();
    // On listings and shops the links are the content (item names); in an article they are menus.
    if (!other) dropLinkBlocks(container);
    replace(container);
  } else if (content && fallback && !other) {
    // Readability dropping much of the code is reason enough; a split article must be continued by the container.
    const codeLost = lostCode(content, fallback.codeBlocks ?? 0);
    if (codeLost || chars < fallback.chars * SPLIT_ARTICLE_MAX_SHARE) {
      const container = fallback.element();
      dropLinkBlocks(container);
      if (codeLost || continuesArticle(content, container)) replace(container);
    }
  }
  const readabilityLost = content !== (readable?.element ?? null);
  // Readability and the plain-text container both pass over a list whose items are links.
  if (listing && chars < listing.chars * OTHER_MIN_SHARE) replace(listing.element());
  else if (grid && (!content || (chars < grid.chars * GRID_MIN_SHARE && !holdsProseParagraph(content)))) replace(grid.element());
  const widenedLinkShare = readabilityLost ? undefined : PROSE_ADDED_LINK_SHARE;
  if (main && content && chars < main.chars * MAIN_MIN_SHARE && !addsLinkList(content, main.weight, widenedLinkShare)) replace(main.element());
  // An app shell read without its scripts has only its notice to give.
  if (!content || !chars || isScriptNotice(content, chars)) return null;
  if (faq) appendFaqSection(content, faq);
  if (!other) {
    removeTagLists(content);
    removeClosingBios(content);
    removeLabelledBios(content);
  } else {
    // First: the steps below clean the hero as they clean the rest (its buttons, a line printed twice).
    if (titleBlock) prependTitleBlock(content, titleBlock);
    dropRepeatedQuotes(content);
    removeTileLabels(content);
    removeScreenReaderLabels(content);
    removeRepeatedCopies(content);
    // After the copies of whole blocks: a block printed per screen size is matched whole first.
    removeTileCopies(content);
    removePostLabels(content);
    replaceLinkPreviews(content);
    removeCallsToAction(content);
    removeButtonRows(content);
    removeToolbars(content);
    removeTickers(content);
    removeListingControls(content);
    removeRatingControls(content);
    if (!isProduct) {
      // A product's option labels (size, colour) name what is sold.
      removeControlLabels(content);
      removeSiteFooters(content);
      removeRepeatedLines(content, SHORT_LINE_CHARS);
    }
    if (isProduct) {
      // Blocks of bare links are a product page's menus and directories ("More brands"); links
      // in a card with a price are products, a listing's items when the page is one (carousels are gone already).
      dropLinkBlocks(content, holdsPrice);
      removeSmallPrint(content);
      removeFooterBlocks(content);
      removeAlertBoxes(content);
      removeSignUpBoxes(content);
      removeRepeatedLines(content);
      if (description) addMissingDescription(content, description);
    }
    // A few words picked from a longer page that is not an article: no content, the popup says so.
    if (tooShortToRead(content, pageIsWordy)) return null;
  }
  removeMediaFallback(content);
  removeSkipLinks(content);
  separateGluedWords(content);
  repairDoubleEncodedNodes(content);
  resolveUrls(content, options.url ?? null);
  const lang = declared.lang ?? readable?.lang ?? null;
  return {
    title: repairDoubleEncoded(declared.title ?? (readable?.title || pageTitle())),
    byline: repairDoubleEncoded(declared.byline ?? readable?.byline ?? null),
    siteName: repairDoubleEncoded(declared.siteName ?? readable?.siteName ?? null),
    publishedTime: declared.publishedTime ?? readable?.publishedTime ?? null,
    lang,
    dir: toDirection(declared.dir ?? readable?.dir),
    excerpt: repairDoubleEncoded(declared.excerpt ?? readable?.excerpt ?? null),
    leadImage: declared.leadImage,
    content,
  };
}

/**
 * The strategies' answers: Readability's best block, the main container by
 * plain text, and on other pages a grid of items, the listing's sections
 * around it and the page's <main>. `fieldForms`: fieldFormKeys of the page as it was.
 */
function contentCandidates(doc: Document, options: ExtractOptions, fieldForms: () => ReadonlySet<string>): Candidates {
  const isArticle = options.isArticle ?? true;
  const isProduct = !isArticle && isProductPage(doc, options.facts);
  // Read before the working copy loses its scripts.
  const description = isProduct ? declaredDescription((options.facts ?? readPageFacts(doc)).jsonLd) : null;
  // Read once: a lost vote copies the page a second time.
  const notContent = notContentOf(doc, !isProduct);
  const bios = isArticle && options.facts ? authorBios(options.facts.jsonLd) : [];
  const prunedCopy = (): Document => {
    let clone = doc;
    // A disposable page is its own working copy, made once (see fromFreshCopy).
    if (options.disposable) removeNotContent(doc, !isProduct, notContent);
    else clone = copyWithoutNotContent(doc, !isProduct, notContent);
    pruneBoilerplate(clone, isArticle, bios);
    if (!isArticle && clone.body) {
      pruneShopWidgets(clone.body, isProduct);
      unwrapContentForms(clone.body, fieldForms);
    }
    return clone;
  };
  // Other pages lose the chrome of forum posts; a thread marked up post by
  // post is read from its markup instead, which keeps each author's name.
  const withoutPostChrome = (copy: Document): Document => {
    if (!isArticle && copy.body) removePostChrome(copy.body);
    return copy;
  };
  const clone = prunedCopy();
  const posts = !isArticle && clone.body ? threadPosts(clone.body) : null;
  if (posts) return { readable: null, fallback: { chars: posts.reduce((n, post) => n + textChars(post.body), 0), element: () => gatherThread(posts, clone) } };
  const body = withoutPostChrome(clone).body;
  let fallback: Candidate | null = null;
  let grid: Candidate | null = null;
  let listing: Candidate | null = null;
  let main: MainCandidate | null = null;
  let faq: FaqSection | null = null;
  let elements = 0;
  const titleBlock = isArticle || isProduct || !body ? null : titleBlockOf(body);
  if (body) {
    let weights = measureText(body);
    elements = weights.size;
    let widest = mainContainer(body, weights);
    // On other pages but products (whose hidden tabs hold their details), a hidden form holding most of the plain
    // text (a sign-up dialog waiting for a click) goes, from this copy and any fresh one, and the page is measured again.
    const hidden = isArticle || isProduct || !widest.closest('form') ? null : styledHiddenHolder(widest, body);
    const hiddenPath = hidden && pathFrom(body, hidden);
    if (hidden) {
      hidden.remove();
      weights = measureText(body);
      widest = mainContainer(body, weights);
    }
    // On other pages, menus and panels outside <nav> can pull the container above the page's <main>.
    const landmarked = (isArticle ? null : mainLandmark(widest, weights)) ?? widest;
    // A product's tab panels without roles: the shown one holds most text, the others are content too.
    const container = (isProduct && panelSetOf(landmarked, (el) => weights.get(el)?.chars ?? 0)) || landmarked;
    // A comment in a tree of comments won: the tree and the post it answers are
    // read instead, before the replies to that comment are taken for the thread's posts.
    const thread = isArticle ? null : commentTree(container, body, weights);
    if (thread) return { readable: null, fallback: { chars: weights.get(thread)?.plainChars ?? 0, element: () => thread } };
    // A thread without microdata whose longest post won: the posts around it are
    // read instead; so are the posts that make up the container, where Readability may drop the short ones.
    const posts = isArticle ? null : repeatedPosts(container, body, weights) ?? postList(container, weights);
    if (posts) return { readable: null, fallback: { chars: posts.reduce((n, post) => n + (weights.get(post)?.plainChars ?? 0), 0), element: () => gatherPosts(posts, clone) } };
    // Readability rewrites the copy, so a block it did not choose comes from a
    // fresh one, made only when that block is taken (rare on articles); a
    // disposable page has no other copy, so the block's HTML is kept now (half
    // the cost of a clone) and parsed back into its own element only when taken.
    const fromFreshCopy = (el: Element): (() => Element) => {
      if (options.disposable) {
        const shell = el.cloneNode(false) as Element;
        const html = el.innerHTML;
        return () => {
          shell.innerHTML = html;
          shell.normalize();
          return shell;
        };
      }
      const path = pathFrom(body, el);
      return () => {
        const copy = withoutPostChrome(prunedCopy()).body;
        if (hiddenPath) followPath(copy, hiddenPath)?.remove();
        const block = followPath(copy, path) ?? body;
        // linkedom's parser reads a text in pieces at its entities ("Let", "'", "s"), and parsing a block back
        // splits it anew only at some of them: the block a vote takes has its texts joined on either path.
        block.normalize();
        return block;
      };
    };
    fallback = { chars: weights.get(container)?.plainChars ?? 0, element: fromFreshCopy(container), codeBlocks: isArticle ? codeBlockCount(container) : 0 };
    const items = isArticle ? null : itemGrid(body, weights);
    if (items) grid = { chars: items.chars, element: fromFreshCopy(items.element) };
    const sections = items ? listingRegion(body, container, items.element, weights) : null;
    if (sections) listing = { chars: weights.get(sections)?.chars ?? 0, element: fromFreshCopy(sections) };
    const landmark = isArticle || isProduct ? null : onlyMain(body);
    // The container is often the <main> itself: its copy serves both.
    const landmarkWeight = landmark && weights.get(landmark);
    if (landmarkWeight) main = { chars: textChars(landmark), weight: landmarkWeight, element: landmark === container ? fallback.element : fromFreshCopy(landmark) };
    // Readability may leave out an article's FAQ set apart from its body.
    if (isArticle) faq = faqSection(container);
    // On articles Readability reads only the region around the container, once the blocks it may lose are kept above.
    const region = isArticle ? articleRegion(body, container, weights) : null;
    if (region) keepOnlyRegion(region, body);
    // Readability drops unread a table whose class names it as chrome ("sticky-header"), a list page's whole list.
    unmarkDataTables(weights.keys());
    // And the blocks of text whose names it takes for chrome (an intro "header", a section id="link-headers", a hero "banner").
    unmarkProseBlocks(weights.keys(), isArticle);
    // And the blocks named with a layout utility it reads as chrome ("overflow-hidden", "scrollbar-hide", "font-extrabold").
    unmarkLayoutClasses(weights.keys());
    // And the cards and items it would drop for a fifth of their text in links: not an article's (teasers of other
    // stories), nor a product's (carousels of other products).
    if (!isArticle && !isProduct) {
      // A teaser's description linked a second time to its story is read as text first.
      unlinkTeaserText(container, weights);
      markLinkedCards(container, weights);
    }
  }
  return { readable: elements <= MAX_ELEMENTS ? readabilityCandidate(clone, isArticle) : null, fallback, grid, listing, main, isProduct, description, faq, titleBlock };
}

/** Child indices leading from root down to el. */
function pathFrom(root: Element, el: Element): number[] {
  const path: number[] = [];
  for (let node = el; node !== root && node.parentElement; node = node.parentElement) {
    path.unshift(Array.prototype.indexOf.call(node.parentElement.children, node));
  }
  return path;
}

function followPath(root: Element | null, path: number[]): Element | null {
  let node = root;
  for (const i of path) node = node?.children[i] ?? null;
  return node;
}

function toDirection(value: string | null | undefined): TextDirection {
  return value?.toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
}
