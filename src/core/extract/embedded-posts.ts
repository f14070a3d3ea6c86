import { classWord } from '../dom/attribute-value';

// Sites name the block around an embedded post for where it comes from.
const SOCIAL = classWord('social');

/**
 * A post quoted from a social network ("social-media-embed" around a tweet's
 * <blockquote>): on an article it is part of the story, where a share bar so
 * named holds no quote.
 */
export function isEmbeddedPost(el: Element, names: string): boolean {
  return SOCIAL.test(names) && el.getElementsByTagName('blockquote').length > 0;
}

/**
 * Readability drops a block whose class or id says "social" before it weighs
 * anything, and its cleaning then drops a plain <div> around a post as full of
 * links: in the working copy the post's <blockquote>s take the block's place
 * (the sanitizer drops the wrapper's class and id from the article anyway).
 */
export function unwrapEmbeddedPost(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes));
}
