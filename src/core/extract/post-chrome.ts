import { classNames } from '../dom/attribute-value';
import { collapsedTrimmedLength } from '../text/collapsed-length';

// Class names forum engines give the parts of a post that are not what its
// author wrote: the user panel (rank, post count, join date), the signature,
// the bars of reactions and reply/quote/report links, a post's share menu, and
// the menus a button opens beside the thread (the forum list to jump to, the
// sort options), the summary of who liked or reacted to the post and its
// number in the thread ("#12", a link to the post), and the note of its last
// edit ("Last edited: Jul 25, 2024"). Whole class
// names only: "signature" is chrome, "signature-dish" is not; engines written
// in snake case join the words with "_" ("user_info", "post_controls").
const POST_CHROME =
  /^(dropdown-(menu|contents)|jumpbox|post-?profile|author-?column|ipsentry__header|profile-(posts|joined|rank|custom-field|contact)|user[-_]?info|user-?details|user-?title|user-?stats|user-?extras|message-user(details|extras)|cauthorpane(_info|_mobile)?|ipscomment_author|signature|post-?signature|message-signature|post-?buttons|post[-_]?controls|ipscomment_controls|message-action-?bar|message-footer|(\w+-)?reactions?-?bar|ipsreact_blurb|likes-?summary|vbseo_liked|post-?number|(c?post-?)?share-?menu|back2top|votes|message-lastedit)$/i;
// What an engine leaves out when a post is quoted is not what its author wrote
// (Invision marks its "Edited … by …" notes so).
const NOT_QUOTED = 'data-excludequote';
// Of those, the user panels: the author's name in them stays, the rest goes.
const USER_PANEL = /^(post-?profile|author-?column|user[-_]?info|user-?details|message-userdetails|cauthorpane|ipscomment_author)$/i;
// The author's name in a user panel.
const AUTHOR_NAME = '[itemprop~="name"], [class*="username"], [class*="user-name"], h3, h4';
// Longer than this, what was found is not a name.
const MAX_NAME_CHARS = 60;
// A block this long is a wrapper named after one of its parts, not the part;
// measured as read, since templates indent user panels heavily.
const MAX_CHROME_CHARS = 1500;

// An avatar drawn as its user's initials: the picture's stand-in, not a line of the post.
const INITIALS = /^\p{L}{1,2}$/u;

// BEM names the part after the block: "ipsEntry__signature" is a signature.
const bemElement = (name: string): string => name.slice(name.lastIndexOf('__') + 2);

const isNamed = (el: Element, names: RegExp): boolean => classNames(el).some((name) => names.test(name) || names.test(bemElement(name)));

/** The author's name in a user panel, or null. */
function authorName(panel: Element): Element | null {
  const name = panel.querySelector(AUTHOR_NAME);
  return name && collapsedTrimmedLength(name.textContent ?? '') <= MAX_NAME_CHARS ? name : null;
}

const isInitialsAvatar = (el: Element): boolean => el.getAttribute('role') === 'img' && INITIALS.test((el.textContent ?? '').trim());

/** Removes the chrome around each post of a discussion from a working copy; user panels leave their author's name. */
export function removePostChrome(root: Element): void {
  for (const el of Array.from(root.querySelectorAll(`[class], [role="img"], [${NOT_QUOTED}]`))) {
    if (!el.parentNode) continue;
    if (isInitialsAvatar(el)) {
      el.remove();
      continue;
    }
    if (!(isNamed(el, POST_CHROME) || el.hasAttribute(NOT_QUOTED)) || collapsedTrimmedLength(el.textContent ?? '') > MAX_CHROME_CHARS) continue;
    const name = isNamed(el, USER_PANEL) ? authorName(el) : null;
    if (name) el.replaceWith(name);
    else el.remove();
  }
}
