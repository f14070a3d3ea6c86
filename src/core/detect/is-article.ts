import { pageSignals, type PageSignals } from './page-signals';
import type { PageFacts } from '../dom/page-facts';

// schema.org types of one piece of prose, and of pages that are not one.
const ARTICLE_TYPES = /^(article|newsarticle|blogposting|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|backgroundnewsarticle|scholarlyarticle|techarticle|report|liveblogposting|review)$/;
const PRODUCT_TYPES = /^(product|offer|aggregateoffer|productgroup)$/;
const FORUM_TYPES = /^(discussionforumposting|qapage|comment|answer)$/;
const LIST_TYPES = /^(itemlist|collectionpage|searchresultspage)$/;

// URL path conventions shared by most CMSs and shops.
const URL_DATE = /\/(19|20)\d\d\//;
const URL_EDITORIAL = /\/(blog|blogs|news|article|articles|story|stories|post|posts|insights|magazine|opinion)\//;
const URL_SLUG = /[a-z0-9]+(-[a-z0-9]+){4,}/;
const URL_PRODUCT = /\/(products?|shop|store|p|dp|item|items)\//;
const URL_FORUM = /\/(forums?|threads?|topics?|questions|t|comments|discussions?|community)\//;
const URL_LIST = /\/(category|categories|collections?|tags?|search|archive|c)\//;
const URL_SERVICE = /\/(services?|solutions|pricing|about|contact|features)(\/|$)/;

const flag = (b: boolean): number => (b ? 1 : 0);
const log = Math.log1p;

type Feature = (s: PageSignals) => number;

const schema = (re: RegExp): Feature => (s) => flag(s.schemaTypes.some((t) => re.test(t)));
const urlHas = (re: RegExp): Feature => (s) => flag(re.test(s.path));
const share = (chars: (s: PageSignals) => number): Feature => (s) => chars(s) / Math.max(1, s.bodyChars);

/**
 * Every signal is a general convention (schema.org, Open Graph, URL shapes,
 * page layout, headline forms), none is site-specific. The weights come from an
 * L2-regularised logistic regression fitted on the WCXB dev pages:
 * `npm run bench:detect -- --fit` prints them, `--cv` the cross-validated
 * precision and recall (bench/results/detect.md).
 */
const FEATURES: readonly (readonly [name: string, weight: number, value: Feature])[] = [
  ['bias', -3.58, () => 1],
  // Scholarly-index tags (citation_title) declare a paper as schema.org does an article.
  ['schema:article or citation', 1.4, (s) => flag(s.hasCitationMeta || s.schemaTypes.some((t) => ARTICLE_TYPES.test(t)))],
  ['schema:product', -1.06, schema(PRODUCT_TYPES)],
  ['schema:forum', -1.92, schema(FORUM_TYPES)],
  ['schema:list', -0.5, schema(LIST_TYPES)],
  // An author as a schema.org Person is usual on articles, but forums list one per post.
  ['schema:person', -0.62, schema(/^person$/)],
  ['og:article', 0.74, (s) => flag(s.ogType === 'article')],
  ['og:product', -0.78, (s) => flag(s.ogType?.startsWith('product') ?? false)],
  ['article:published_time', 1.17, (s) => flag(s.hasPublishedMeta)],
  ['<article>', 0.83, (s) => flag(s.articleTags > 0)],
  ['<article> many', -0.25, (s) => flag(s.articleTags > 3)],
  ['long paragraphs in one parent', 0.97, (s) => log(s.longParagraphsInOneParent)],
  ['long paragraphs', -0.32, (s) => log(s.longParagraphs)],
  ['long paragraph text share', 0.79, share((s) => s.longParagraphChars)],
  ['prose block text share', 1.34, share((s) => s.proseBlockChars)],
  ['prose block size', 1.34, (s) => log(s.proseBlockChars) / 8],
  ['list item text share', 0.86, share((s) => s.listItemChars)],
  ['link density', -0.86, (s) => s.linkDensity],
  ['linked heading share', -0.05, (s) => s.linkedHeadings / Math.max(1, s.headings)],
  ['headline form', 1.84, (s) => flag(s.headlineTitle)],
  ['date near headline', 1.26, (s) => flag(s.dateNearHeadline)],
  ['byline near headline', 0.84, (s) => flag(s.bylineNearHeadline)],
  ['byline', 0.52, (s) => flag(s.hasByline)],
  // More times than a story's date and a few comments: a feed of teasers.
  ['feed of times', -0.72, (s) => flag(s.timeElements > 5)],
  ['price markup', -0.55, (s) => log(s.priceMarkers)],
  ['cart controls', -0.61, (s) => flag(s.cartControls > 0)],
  ['post containers', -0.67, (s) => log(s.postContainers)],
  ['forum words', -0.36, (s) => log(s.forumWords)],
  ['shop words', -0.29, (s) => log(s.shopWords)],
  ['url:date', 1.05, urlHas(URL_DATE)],
  ['url:editorial', 1.6, urlHas(URL_EDITORIAL)],
  ['url:slug', 1, urlHas(URL_SLUG)],
  ['url:product', -0.5, urlHas(URL_PRODUCT)],
  ['url:forum', -1.58, urlHas(URL_FORUM)],
  // An archive's title says what its URL often does not (WordPress: /recipes/air-fryer/).
  ['url:list or archive title', -1.31, (s) => flag(URL_LIST.test(s.path) || s.path === '/' || s.path.endsWith('/blog/') || s.archiveTitle)],
  ['url:service', -1.12, urlHas(URL_SERVICE)],
];

/** The names of the score's features, in the order of articleFeatures. */
export const FEATURE_NAMES: readonly string[] = FEATURES.map(([name]) => name);

/** The feature vector the score weighs (the first entry is the constant 1 of the bias). */
export function articleFeatures(s: PageSignals): number[] {
  return FEATURES.map(([, , value]) => value(s));
}

/** A linear score over the page's signals: positive means an article. */
export function articleScore(s: PageSignals): number {
  let score = 0;
  for (const [, weight, value] of FEATURES) score += weight * value(s);
  return score;
}

/**
 * The score above which a page is an article. Below 0 (even odds) because the
 * fitted score misses more articles than it lets other pages in: this balances
 * precision and recall on WCXB dev, cross-validated (bench/results/detect.md).
 */
export const ARTICLE_THRESHOLD = -0.25;

/**
 * Is the page one piece of prose (news, blog post, essay, documentation page)?
 * A tree of comments under a short post is a discussion, however much its
 * story's metadata says article: a rule beside the score, which too few such
 * pages would weigh.
 */
export function isArticle(doc: Document, url?: string | null, facts?: PageFacts): boolean {
  if (!doc.body) return false;
  const signals = pageSignals(doc, url, facts);
  return !signals.commentThread && articleScore(signals) > ARTICLE_THRESHOLD;
}
