// The class and id words Readability 0.6 judges blocks by (its REGEXPS), for the rules that take names off
// blocks in the working copy before it runs.

/** Drops a block unread, before looking at what it holds (its list, minus the words that name no block on their own). */
export const UNLIKELY = /-ad-|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup/i;
/** Saves a block from UNLIKELY. */
export const SAVED = /and|article|body|column|content|main|shadow/i;
/** Raises a block's weight: dropped for its links only past half its text in links. */
export const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
/** Lowers a block's weight: dropped from the article when it has few commas. */
export const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
