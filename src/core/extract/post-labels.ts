import { classAndId } from '../dom/attribute-value';
import { removeLabelLines } from './label-lines';
import { POST_WORD } from './repeated-posts';

// Lines of a forum post that are its engine's, not its author's: action links
// (Reply, Quote, Report, Permalink), badges (Original poster, Author), the
// post's age and the user panel's counts ("Posts: 1,234", "25.8k reputation",
// "Joined: Feb 2019"). Whole lines only: a sentence mentioning them stays.
const UNIT = '(years?|months?|weeks?|days?|hours?|minutes?)';
const POST_LABEL = new RegExp(
  '^(reply|reply with quote|quote|multi-?quote|report|permalink|embed|save|parent|share|like|likes|upvote|downvote|flag|bookmark' +
    '|click to expand\\.*|original poster|author|op posts:|scroll to see replies|online|offline|reply #?\\d+' +
    `|\\d+ ${UNIT}(,? \\d+ ${UNIT})? ago` +
    '|(registered|joined|join date|posts|threads|messages|reputation|location|likes received)\\s*:\\s*\\S.*' +
    '|[\\d.,]+k? (posts|reputation|solutions|badges))$',
  'i',
);

/** True when the element or a block around it, within root, is named after a post. */
function inPost(el: Element, root: Element): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) if (POST_WORD.test(classAndId(node))) return true;
  return POST_WORD.test(classAndId(root));
}

/** Removes the engine's label lines from the posts of a thread, in a non-article's content. */
export function removePostLabels(content: Element): void {
  removeLabelLines(content, (text, line) => POST_LABEL.test(text) && inPost(line, content));
}
