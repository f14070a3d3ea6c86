import { attributeValue } from '../dom/attribute-value';
import { collapsedLength } from '../text/collapsed-length';
import { collapseWhitespace } from '../text/collapse-whitespace';
import { bodySelector, sameShape } from './post-shape';

// schema.org types of one message in a discussion: a forum post, a reply, a
// question and its answers.
const POST_TYPE = /schema\.org\/(DiscussionForumPosting|SocialMediaPosting|Comment|Answer|Question)$/i;
const BODY_PROP = /(^|\s)(text|articleBody)(\s|$)/;
// A thread has at least a question and one reply, and its posts hold a good
// share of the page's text: fewer are a product's questions or an article's
// comments, beside the content (measured on WCXB dev).
const MIN_POSTS = 2;
const MIN_TEXT_SHARE = 0.25;
// A post's date given as its age ("6 years, 9 months ago").
const RELATIVE_AGE = /\bago$/i;

/** One message of a thread: its scope, and the element holding what its author wrote. */
export interface ThreadPost {
  scope: Element;
  body: Element;
}

function postType(el: Element | null): string | null {
  return el ? (POST_TYPE.exec((attributeValue(el, 'itemtype') ?? '').trim())?.[1]?.toLowerCase() ?? null) : null;
}

/** On a question-and-answer page, remarks under the question or an answer are beside the content. */
function isRemarkOnAnswer(scope: Element): boolean {
  if (postType(scope) !== 'comment') return false;
  const outer = postType(scope.parentElement?.closest('[itemscope]') ?? null);
  return outer === 'answer' || outer === 'question';
}

/**
 * Engines often leave the first post (the question) out of the microdata
 * and describe it in JSON-LD instead: the same containers just before a
 * marked post are posts too.
 */
function unmarkedBefore(post: ThreadPost, isMarked: (el: Element) => boolean): ThreadPost[] {
  const found: ThreadPost[] = [];
  const selector = bodySelector(post.body, post.scope);
  for (let el = post.scope.previousElementSibling; el && !isMarked(el); el = el.previousElementSibling) {
    if (!sameShape(el, post.scope)) continue;
    // A block of the posts' shape without their body is the thread's header (title, category, tags).
    const body = selector ? el.querySelector(selector) : el;
    if (body) found.unshift({ scope: el, body });
  }
  return found;
}

const textLength = (el: Element): number => collapsedLength(el.textContent ?? '');

/**
 * The posts of a discussion marked up with schema.org microdata, in page
 * order (question first), or null when the page is not such a thread. Each
 * body belongs to the nearest item around it, so a reply nested in a post
 * keeps its own text.
 */
export function threadPosts(root: Element): ThreadPost[] | null {
  const marked: ThreadPost[] = [];
  for (const el of Array.from(root.querySelectorAll('[itemprop]'))) {
    if (!BODY_PROP.test(attributeValue(el, 'itemprop') ?? '')) continue;
    const scope = el.parentElement?.closest('[itemscope]') ?? null;
    if (!scope || !postType(scope) || isRemarkOnAnswer(scope)) continue;
    if (!marked.some((post) => post.body.contains(el))) marked.push({ scope, body: el });
  }
  // Answers alone are a FAQ (its questions are names, not posts), not a discussion.
  if (marked.length < MIN_POSTS || marked.every((post) => postType(post.scope) === 'answer')) return null;
  const scopes = new Set(marked.map((post) => post.scope));
  const isMarked = (el: Element): boolean => scopes.has(el);
  const posts = marked.flatMap((post) => [...unmarkedBefore(post, isMarked), post]);
  const postsText = posts.reduce((n, post) => n + textLength(post.body), 0);
  return postsText >= textLength(root) * MIN_TEXT_SHARE ? posts : null;
}

/** The first element of a post's scope, outside its body, matching the selector: not one of a nested item's. */
function ownElement(post: ThreadPost, selector: string): Element | null {
  for (const el of Array.from(post.scope.querySelectorAll(selector))) {
    if (el.parentElement?.closest('[itemscope]') === post.scope && !post.body.contains(el)) return el;
  }
  return null;
}

/** "author · date", as the page shows them, above each post. */
function postHeading(post: ThreadPost, doc: Document): Element | null {
  const author = ownElement(post, '[itemprop~="author"]');
  const name = author ? (author.querySelector('[itemprop~="name"]') ?? author).textContent : null;
  // Without a time element, the date shown is the one marked as the post's (a meta's holds no text to show).
  const date = ownElement(post, 'time') ?? ownElement(post, '[itemprop~="datePublished"]:not(meta)');
  const time = collapseWhitespace(date?.textContent ?? '');
  // "6 years, 9 months ago" was true on the day the page was saved, not when it is read.
  const parts = [collapseWhitespace(name ?? ''), RELATIVE_AGE.test(time) ? '' : time].filter(Boolean);
  if (!parts.length) return null;
  const p = doc.createElement('p');
  p.textContent = parts.join(' · ');
  return p;
}

/**
 * The thread as one element: each post's author and date, then its body,
 * without the chrome around them (user panels, votes, reply and share links,
 * pagination). The posts are moved out of their page.
 */
export function gatherThread(posts: ThreadPost[], doc: Document): Element {
  const thread = doc.createElement('div');
  for (const post of posts) {
    const section = doc.createElement('section');
    const heading = postHeading(post, doc);
    if (heading) section.appendChild(heading);
    section.appendChild(post.body);
    thread.appendChild(section);
  }
  return thread;
}
