import { attributeValue } from '../dom/attribute-value';

/** The headline's surroundings hold at most this much text. */
const HEADLINE_CONTEXT = 1500;
/** A heading repeats the title when the shorter of the two is found in the other and is at least this share of it. */
const TITLE_COVER = 0.6;
/** Shorter headings ("News", a logo) say too little to be matched against the title. */
const MIN_HEADLINE = 10;
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|mars|avr|mai|juin|juil|août|sept|déc|mär|okt|dez|ene|abr|ago|dic)[a-zéû]*\\.?';
const DATE = new RegExp(`\\b(\\d{1,2}[./-]\\d{1,2}[./-](19|20)\\d\\d|(19|20)\\d\\d[./-]\\d{1,2}[./-]\\d{1,2}|${MONTH}\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+(19|20)\\d\\d|\\d{1,2}\\.?\\s+${MONTH}\\s+(19|20)\\d\\d)\\b`, 'i');
const BYLINE_CLASS = /byline|author/i;

const normalized = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A title without the site name that CMSs append after a separator. */
export function withoutSiteName(title: string): string {
  return title.trim().split(/\s[|\-–—·:]\s|\s\|/)[0] ?? '';
}

/** One text makes up most of the other: a headline and the page's title, whichever adds a few words. */
function mostlyRepeats(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= TITLE_COVER * long.length && long.includes(short);
}

/**
 * Tells which heading repeats the page's title. Many themes make the site's
 * logo the h1 and print the story's headline as an h2, so the first h1 is not
 * always the headline.
 */
export class TitleHeadings {
  private readonly titles: string[];

  /** `titles`: the page's title and og:title, site names are cut off here. */
  constructor(titles: readonly (string | null)[]) {
    this.titles = titles.map((t) => normalized(withoutSiteName(t ?? ''))).filter((t) => t.length >= MIN_HEADLINE);
  }

  /** Do the heading's text and one of the titles mostly repeat each other? */
  repeatsTitle(heading: Element): boolean {
    if (!this.titles.length) return false;
    const text = normalized(heading.textContent ?? '');
    if (text.length < MIN_HEADLINE) return false;
    return this.titles.some((title) => mostlyRepeats(text, title));
  }
}

/**
 * The headline and what is printed with it: its largest ancestor with at most
 * HEADLINE_CONTEXT characters, else (the story shares the headline's parent)
 * the headline and the siblings after it up to that much text.
 */
export function headlineSurroundings(body: HTMLElement, headline: Element | null): Element[] {
  if (!headline) return [];
  let context: Element = headline;
  for (let el = headline.parentElement; el && el !== body; el = el.parentElement) {
    if ((el.textContent ?? '').length > HEADLINE_CONTEXT) break;
    context = el;
  }
  if (context !== headline) return [context];
  const around = [headline];
  let chars = (headline.textContent ?? '').length;
  for (let next = headline.nextElementSibling; next; next = next.nextElementSibling) {
    chars += (next.textContent ?? '').length;
    if (chars > HEADLINE_CONTEXT) break;
    around.push(next);
  }
  return around;
}

/** One date by the headline; a list of times (a news feed under a section title) is not a dated story. */
export function dateNear(around: readonly Element[]): boolean {
  let times = 0;
  for (const el of around) times += el.tagName === 'TIME' ? 1 : el.getElementsByTagName('time').length;
  if (times > 2) return false;
  return times > 0 || around.some((el) => DATE.test(el.textContent ?? ''));
}

/** `[rel="author" i], [itemprop="author"], [class*="byline" i], [class*="author" i]`, tested without a selector engine (linkedom compiles one per call). */
function isByline(el: Element): boolean {
  if (attributeValue(el, 'rel')?.toLowerCase() === 'author' || attributeValue(el, 'itemprop') === 'author') return true;
  const classes = attributeValue(el, 'class');
  return classes !== null && BYLINE_CLASS.test(classes);
}

/** A byline among the element's descendants; a template's content is not part of the page. */
function holdsByline(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (isByline(child) || (child.localName !== 'template' && holdsByline(child))) return true;
  }
  return false;
}

export function bylineNear(around: readonly Element[]): boolean {
  return around.some((el) => isByline(el) || holdsByline(el));
}
