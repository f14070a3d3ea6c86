import { attributeValue } from '../dom/attribute-value';

// Readability drops as "unlikely" every block whose class or id holds one of
// these words before it looks at what the block holds, a table included (its
// own list, minus the words that name no block on their own). A data table
// named for how it is shown ("sticky-header": its header row stays in view)
// then goes with its rows: a list page's whole list.
export const UNLIKELY = /-ad-|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup/i;
// Words that save a block from that rule in Readability.
export const SAVED = /and|article|body|column|content|main|shadow/i;
// A table of data: header cells and at least this many rows.
const MIN_ROWS = 3;

function isDataTable(table: Element): boolean {
  return table.getElementsByTagName('th').length > 0 && table.getElementsByTagName('tr').length >= MIN_ROWS;
}

/**
 * Takes the class and id off the data tables whose names would make Readability
 * drop them unread, in a working copy (the sanitizer drops classes anyway).
 * `elements`: the copy's elements, as a walk already made lists them (a search for tables would walk it again).
 */
export function unmarkDataTables(elements: Iterable<Element>): void {
  for (const table of elements) {
    if (table.tagName !== 'TABLE') continue;
    const names = `${attributeValue(table, 'class') ?? ''} ${attributeValue(table, 'id') ?? ''}`;
    if (!UNLIKELY.test(names) || SAVED.test(names) || !isDataTable(table)) continue;
    table.removeAttribute('class');
    table.removeAttribute('id');
  }
}
