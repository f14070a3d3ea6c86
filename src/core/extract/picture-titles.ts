import { collapsedTrimmedLength } from '../text/collapsed-length';

// A roundup of projects or products made of pictures, each titled by a link to
// its source ("<p><a href=X><img></a></p><p><a href=X>Industrial Pipe Bookshelf</a></p>"):
// the picture and the line lead to the same place, so the line names the item
// shown, not a link to elsewhere standing alone ("Also read: …", "Check price").

/** The address of a block showing only a linked picture, no text; null for any other block. */
function pictureLink(el: Element | null): string | null {
  if (!el || collapsedTrimmedLength(el.textContent ?? '') > 0) return null;
  const link = el.getElementsByTagName('img')[0]?.closest('a');
  return link && el.contains(link) ? link.getAttribute('href') : null;
}

/** True when every link of the line leads where the picture right above or below it does: it titles the picture. */
export function titlesPicture(line: Element): boolean {
  const links = Array.from(line.getElementsByTagName('a'));
  if (!links.length) return false;
  const sameAs = (href: string | null): boolean => href !== null && links.every((a) => a.getAttribute('href') === href);
  return sameAs(pictureLink(line.previousElementSibling)) || sameAs(pictureLink(line.nextElementSibling));
}
