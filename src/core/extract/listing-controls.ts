import { removeLabelLines } from './label-lines';

// The lines a listing prints above and on its items that say how the list is
// shown, not what is in it: the count of results ("Showing 1–24 of 296
// results", "Products (296)"), the sort and view controls ("Sort by: Best
// Match", "View as Grid List", "Skip to search results"), each teaser's
// reading time ("3 min read") and the terms of a tile's offer ("Sale Ends
// Mar 9", "Price valid Feb 13 - Mar 15 or while supply lasts", "Extra 17% Off
// With Code: LUCKY17"). On WCXB collection and listing pages the truth leaves
// them out; the items' names, prices and summaries stay.
const RESULT_COUNT = /^((showing|displaying|viewing)\s+)?(\d[\d,]*\s*([-–]|to)\s*\d[\d,]*\s*of\s*)?\d[\d,]*\+?\s*(results?|products?|items?)( found)?$|^(products|results|items)\s*\(\d[\d,]*\)$|^\(\d[\d,]*\s*(products|items|results)\)$|^loaded \d[\d,]* results$/i;
const VIEW_CONTROL = /^sort(ed)?( by)?\s*:\s*.{0,25}$|^sort(ed)? by\s+.{0,25}$|^sort( by)?$|^view as:?(\s+(grid|list))*$|^skip to (search )?(results|products)$/i;
const READING_TIME = /^\d+ min(ute)?s? read$/i;
// An offer's terms may name two dates: longer than most labels.
const MAX_LINE = 80;
const OFFER_TERMS = /^(sale|offer|deal|promotion|promo) (ends|expires|valid)\b.{0,40}$|^price valid\b.{0,60}$|^(extra )?\d+% off (with|using) (code|coupon)\b.{0,20}$|^(save|get) (an )?(extra )?\d+% (off )?with code\b.{0,20}$/i;

/** Removes from a non-article's content the lines that only count its results, sort or lay them out, time a teaser's reading or state an offer's terms. */
export function removeListingControls(content: Element): void {
  removeLabelLines(content, (text) => RESULT_COUNT.test(text) || VIEW_CONTROL.test(text) || READING_TIME.test(text) || OFFER_TERMS.test(text), MAX_LINE);
}
