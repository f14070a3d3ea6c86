import { collapseWhitespace } from '../text/collapse-whitespace';
import { removeLabelLines } from './label-lines';
import { inPost } from './post-shape';
import { removeReplySubjects } from './reply-subjects';

// Lines of a forum post that are its engine's, not its author's: action links
// (Reply, Quote, Report, Permalink, Print view), badges (Original poster, OP,
// Author), the headers of quotes and code ("Quote:", "Originally Posted by ada",
// "Code: Select all"), the post's age and number ("#12"), the user panel's
// counts ("Posts: 1,234", "25.8k reputation", "Joined: Feb 2019"), vote and
// reaction counts alone on a line, vote bars ("Upvote 0 Downvote"),
// the thread's counters ("Views 1.9k"), notices ("Not open for further
// replies.", "3 months later...", ads) and attachments' download counts.
// Whole lines only: a sentence mentioning them stays.
const UNIT = '(years?|months?|weeks?|days?|hours?|minutes?)';
const PANEL_FIELD = '(registered|joined|join date|posts|threads|messages|reputation|location|likes received|trophy points|best answers)';
const POST_LABEL = new RegExp(
  '^(reply|reply with quote|quote|multi-?quote|report|permalink|embed|save|parent|share|like|likes|upvote|downvote|flag|bookmark' +
    '|original poster|original post|op|author|op posts:|logged|quote:|originally posted by .+|code: select all|print view' +
    '|printer friendly format|scroll to see replies|online|offline|reply #?\\d+|\\d+[ymwdh]' +
    '|upvote \\d+ downvote|sort by date sort by votes|not open for further replies\\.?|featured replies|report topic' +
    '|replies sorted oldest to newest|advertisement( [-(].{0,40})?|\\d+ (person|people) likes? this\\.?' +
    '|(replies|views) [\\d.,]+k?|\\d+ (weeks?|months?|years?) later\\.*|\\(?[\\d.,]+ [kmg]i?b\\)? downloaded \\d+ times' +
    `|\\d+ ${UNIT}(,? \\d+ ${UNIT})? ago` +
    `|${PANEL_FIELD}\\s*:\\s*\\S.*` +
    '|[\\d.,]+k? (posts|reputation|solutions|badges))$',
  'i',
);
// A user panel's field name on its own line ("Messages:"), its count on the next.
const PANEL_NAME = new RegExp(`^${PANEL_FIELD}\\s*:$`, 'i');
const COUNT = /^[\d.,]+k?$/i;
// A post's number, the text of a link to the post: "#12" that is not a link is a rank in a list.
const POST_NUMBER = /^#\d+$/;
// The toggle of a long quote, a label wherever it stands: the quote may be all that is left of its post.
const QUOTE_TOGGLE = /^click to (expand|shrink)\.*$/i;

// What an engine prints beside a post's author, each in an element of its own:
// the post's age ("2 years ago", "1 yr": true the day the page was saved, not
// when it is read), its score ("188 points"), its count of replies ("(11 children)")
// and the toggle that folds it ("[–]").
const BESIDE_AUTHOR = new RegExp(`^((\\d+|an?) ${UNIT} ago|\\d+ ?(yrs?|mos?|wks?)|-?\\d+ points?|\\(\\d+ (child|children|replies|reply)\\)|\\[[–+-]\\])$`, 'i');

const WORD = /\p{L}/u;

/** Words right before or after the element: it is part of a sentence ("I got mine 3 years ago"), not a label beside others. */
const inSentence = (el: Element): boolean => [el.previousSibling, el.nextSibling].some((node) => node?.nodeType === 3 && WORD.test(node.nodeValue ?? ''));

const isLinkText = (line: Element, text: string): boolean => Array.from(line.querySelectorAll('a')).some((a) => collapseWhitespace(a.textContent ?? '') === text);

/** Removes the engine's label lines, what it prints beside an author and the replies' subjects, from the posts of a thread, in a non-article's content. */
export function removePostLabels(content: Element): void {
  // Lines come in page order: a field name's count follows it.
  let afterFieldName = false;
  removeLabelLines(content, (text, line) => {
    const isFieldValue = afterFieldName && COUNT.test(text);
    afterFieldName = PANEL_NAME.test(text);
    const isPostNumber = POST_NUMBER.test(text) && isLinkText(line, text);
    // A count alone on a line is a vote or reaction count; in a table, it is a cell of the author's.
    const isBareCount = COUNT.test(text) && !line.closest('table');
    return ((isFieldValue || afterFieldName || isPostNumber || isBareCount || POST_LABEL.test(text)) && inPost(line, content)) || QUOTE_TOGGLE.test(text);
  });
  for (const el of Array.from(content.querySelectorAll('time, span, a'))) {
    if (BESIDE_AUTHOR.test(collapseWhitespace(el.textContent ?? '')) && !inSentence(el) && inPost(el, content)) el.remove();
  }
  removeReplySubjects(content);
}
