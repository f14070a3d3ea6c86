/** Numbers that are not quantities: times of day, phone numbers, identifiers, versions, dates, ordinals. */
import type { Grammar } from './grammar';
import { isAlnum, isLetter, wordBefore } from './context';

const PHONE = /(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?)?\d{2,4}(?:[ .-]\d{2,4}){2,}|\b0\d(?:[ .]\d\d){4}\b/g;
const TIME_AFTER = /^(?::\d\d|h\d\d|[ \u00a0]?h[ \u00a0]?\d\d|[ \u00a0]?[ap]\.?m\.?(?![\p{L}])|[ \u00a0]?Uhr\b)/iu;
const ORDINAL_AFTER = /^(?:st|nd|rd|th|e|er|re|ère|ème|eme|è|º|ª|°|\.(?=[ \u00a0]\p{Ll}))(?![\p{L}])/u;
const VERSION_AFTER = /^[.,]\d/;

/** Spans of phone-like digit runs; a bare grouped amount ("12 000 000") is kept out by requiring 4+ groups or a prefix. */
export function phoneSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(PHONE)) {
    const groups = m[0].split(/[ .()-]+/).filter(Boolean);
    const looksGrouped = groups.slice(1).every((g) => g.length === 3);
    if (groups.length >= 4 && !looksGrouped) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

export type Verdict = 'ok' | 'skip' | 'ordinal';

/** Context checks around a digit numeral at [start, end). */
export function digitContext(text: string, start: number, end: number): Verdict {
  const prev = text[start - 1];
  if (isLetter(prev) || prev === '#' || prev === '№' || prev === '_') return 'skip';
  if ((prev === '-' || prev === '/' || prev === '.' || prev === ':' || prev === ',') && isAlnum(text[start - 2])) return 'skip';
  const after = text.slice(end, end + 12);
  if (VERSION_AFTER.test(after) || TIME_AFTER.test(after)) return 'skip';
  if (/^\/\d/.test(after)) return 'skip';
  if (ORDINAL_AFTER.test(after)) return 'ordinal';
  return 'ok';
}

/** A four-digit integer that reads as a year. */
export function isYearLike(raw: string, value: number): boolean {
  return /^\d{4}$/.test(raw) && value >= 1800 && value <= 2100;
}

/** A number right after a month or weekday, or right before a month, is a date. */
export function isDate(g: Grammar, text: string, start: number, end: number): boolean {
  const before = wordBefore(text, start);
  if (before && g.calendar.matchAt(text, before.start)) return true;
  const m = /^[ \u00a0]+(?:de[ \u00a0]+)?/u.exec(text.slice(end, end + 6));
  return !!m && !!g.calendar.matchAt(text, end + m[0].length);
}

/** "S&P 500", "Boeing 787", "France 3": a capitalised name right before a bare number. */
export function followsName(g: Grammar, text: string, start: number): boolean {
  const before = wordBefore(text, start);
  if (!before || g.approxBefore.matchAt(text, before.start)) return false;
  if (g.designators.matchAt(text, before.start)) return true;
  if (g.capitalisedNouns || !/\p{Lu}/u.test(before.word)) return false;
  const lead = text.slice(Math.max(0, before.start - 3), before.start);
  return !/(?:[.!?:»"”(]\s*|\n\s*)$/.test(lead) && before.start > 0;
}
