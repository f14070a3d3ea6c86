import { isProbablyReaderable } from '@mozilla/readability';

/** Cheap first answer to "is this page one piece of prose?". */
export function isArticle(doc: Document): boolean {
  return isProbablyReaderable(doc);
}
