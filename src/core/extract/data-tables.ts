import { attributeValue } from '../dom/attribute-value';
import { SAVED, UNLIKELY } from './readability-names';

// A table of data: header cells and at least this many rows.
const MIN_ROWS = 3;

function isDataTable(table: Element): boolean {
  return table.getElementsByTagName('th').length > 0 && table.getElementsByTagName('tr').length >= MIN_ROWS;
}

/**
 * Takes the class and id off the data tables whose names would make Readability
 * drop them unread, rows and all (a list page's whole list in a "sticky-header"
 * table, named for its header row staying in view), in a working copy (the sanitizer drops classes anyway).
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
