import { collapseWhitespace } from '../text/collapse-whitespace';
import { lineOf } from './label-lines';
import { inPost } from './post-shape';

// The subject an engine gives a reply by default: the thread's title after
// "Re:", printed above every post as a heading or as the link to the post.
const REPLY_SUBJECT = /^re:/i;

const textOf = (el: Element): string => collapseWhitespace(el.textContent ?? '');

/** Removes the "Re: <title>" subjects above the posts of a thread: copies of its title, one per reply. */
export function removeReplySubjects(content: Element): void {
  for (const el of Array.from(content.querySelectorAll('h2, h3, h4, h5, h6, a'))) {
    if (!el.parentNode || !REPLY_SUBJECT.test(textOf(el)) || !inPost(el, content)) continue;
    if (el.tagName !== 'A') {
      el.remove();
      continue;
    }
    // A link is the subject when it is its line's whole text.
    const line = lineOf(el, content);
    if (line && textOf(line) === textOf(el)) line.remove();
  }
}
