import { pageSignals, type PageSignals } from './page-signals';

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

/**
 * A linear score over structural signals. The weights come from a logistic
 * regression fitted on the WCXB dev pages (5-fold cross-validated, see
 * bench/results/extract.md); every signal is a general convention (schema.org,
 * Open Graph, URL shapes, paragraph layout), none is site-specific.
 */
export function articleScore(s: PageSignals): number {
  const has = (re: RegExp) => flag(s.schemaTypes.some((t) => re.test(t)));
  const path = s.path;
  return -2.18
    + 1.71 * has(ARTICLE_TYPES)
    - 1.37 * has(PRODUCT_TYPES)
    - 1.88 * has(FORUM_TYPES)
    - 0.41 * has(LIST_TYPES)
    + 1.38 * flag(s.ogType === 'article')
    - 0.81 * flag(s.ogType?.startsWith('product') ?? false)
    + 0.54 * flag(s.hasPublishedTime)
    + 0.96 * flag(s.articleTags > 0)
    - 0.74 * flag(s.articleTags > 3)
    + 1.31 * log(s.longParagraphsInOneParent)
    - 0.23 * log(s.longParagraphs)
    + 1.43 * (s.longParagraphChars / Math.max(1, s.bodyChars))
    - 0.92 * s.linkDensity
    - 0.50 * log(s.priceMarkers)
    - 0.78 * flag(s.cartControls > 0)
    - 0.22 * log(s.postContainers)
    - 0.34 * log(s.forumWords)
    - 0.28 * log(s.shopWords)
    + 1.36 * flag(URL_DATE.test(path))
    + 1.92 * flag(URL_EDITORIAL.test(path))
    + 1.41 * flag(URL_SLUG.test(path))
    - 0.67 * flag(URL_PRODUCT.test(path))
    - 1.78 * flag(URL_FORUM.test(path))
    - 1.47 * flag(URL_LIST.test(path) || path === '/' || path.endsWith('/blog/'))
    - 1.48 * flag(URL_SERVICE.test(path));
}

/** Is the page one piece of prose (news, blog post, essay, documentation page)? */
export function isArticle(doc: Document, url?: string | null): boolean {
  if (!doc.body) return false;
  return articleScore(pageSignals(doc, url)) > 0;
}
