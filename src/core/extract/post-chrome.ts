import { attributeValue } from '../dom/attribute-value';
import { collapsedTrimmedLength } from '../text/collapsed-length';

// Class names forum engines give the parts of a post that are not what its
// author wrote: the user panel (rank, post count, join date), the signature,
// and the bars of reactions and reply/quote/report links. Whole class names
// only: "signature" is chrome, "signature-dish" is not.
const POST_CHROME = /^(post-?profile|profile-(posts|joined|rank|custom-field|contact)|user-?info|user-?details|user-?title|user-?stats|user-?extras|message-user(details|extras)|cauthorpane(_author|_info)?|ipscomment_author|signature|post-?signature|message-signature|post-?buttons|post-?controls|ipscomment_controls|message-action-?bar|message-footer|reactions-?bar|back2top|votes)$/i;
// A block this long is a wrapper named after one of its parts, not the part;
// measured as read, since templates indent user panels heavily.
const MAX_CHROME_CHARS = 1500;

// BEM names the part after the block: "ipsEntry__signature" is a signature.
const bemElement = (name: string): string => name.slice(name.lastIndexOf('__') + 2);

function isPostChrome(el: Element): boolean {
  const classes = attributeValue(el, 'class');
  if (!classes) return false;
  for (const name of classes.split(/\s+/)) if (POST_CHROME.test(name) || POST_CHROME.test(bemElement(name))) return true;
  return false;
}

/** Removes the chrome around each post of a discussion from a working copy. */
export function removePostChrome(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('[class]'))) {
    if (isPostChrome(el) && collapsedTrimmedLength(el.textContent ?? '') <= MAX_CHROME_CHARS) el.remove();
  }
}
