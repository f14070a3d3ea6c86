/** What follows a number: scale, currency, unit or counted noun. */
import type { Grammar } from './grammar';
import { CURRENCY_ONLY_SCALES } from './lexicon/shared';
import { skipSpace } from './context';
import { isDuration } from './unit-kinds';

export interface Reading {
  /** Value with scale applied. */
  value: number;
  /** Scale factor applied ("milliards" → 1e9), 1 when none. */
  scale: number;
  /** '' when nothing measurable follows. */
  unit: string;
  end: number;
  /** The unit is a counted noun from the lexicon (not guessed from an English plural). */
  listed?: boolean;
}

/** Counts of people that a nearby death word turns into a death toll. */
const HUMAN = new Set([
  'people', 'farmers', 'children', 'women', 'men', 'employees', 'troops', 'police officers', 'passengers', 'civilians', 'victims',
]);
const WORD = /\p{L}[\p{L}\p{N}\p{M}'’-]*/uy;
const CLOSERS = /[»”"’')\]]*[ \u00a0\u202f]*/y;
// English plural-looking words that are not counted things.
const NOT_NOUN_ENDINGS = /(?:ous|ss|us|is|ics|ness|less|ways|wards)$/;
const NOT_NOUNS = new Set(('says does goes makes takes gives shows remains seems its this has was perhaps always sometimes '
  + 'whereas besides plus minus times series news yes as others respectively hours seconds minutes').split(' '));
const STOP = new Set('of the a an and or to in on at for from by with than de des du la le les et en à'.split(' '));

function scaleAt(g: Grammar, text: string, pos: number, hasCurrency: boolean): { factor: number; end: number } | null {
  const abbr = g.scaleAbbreviations.matchAt(text, pos);
  if (abbr) {
    const word = text.slice(abbr.start, abbr.end);
    const currencyNext = g.currencyAfter.matchAt(text, skipSpace(text, abbr.end));
    if (!CURRENCY_ONLY_SCALES.has(word) || hasCurrency || currencyNext) return { factor: abbr.value, end: abbr.end };
  }
  const w = g.scaleWords.matchAt(text, pos);
  return w ? { factor: w.value, end: w.end } : null;
}

/**
 * Counted noun within the next few words: "206 passagers", "two catastrophic crashes". After a scale or an
 * approximate numeral a "de/of" may come first ("28 millions d'habitants", "une quinzaine de ressortissants");
 * after a plain number "of" starts a part of a set ("three of those appointments"), not a unit.
 */
function readNoun(g: Grammar, text: string, pos: number, joined: boolean): { unit: string; end: number; listed: boolean } | null {
  CLOSERS.lastIndex = pos;
  CLOSERS.exec(text);
  let p = CLOSERS.lastIndex;
  const con = g.connectors.matchAt(text, p);
  if (con && !joined) return null;
  if (con) p = skipSpace(text, con.end);
  for (let i = 0; i < 3; i++) {
    const listed = g.nouns.matchAt(text, p);
    if (listed) return { unit: listed.value, end: listed.end, listed: true };
    WORD.lastIndex = p;
    const m = WORD.exec(text);
    if (!m) return null;
    const w = m[0];
    if (STOP.has(w.toLowerCase())) return null;
    const plural = /^[a-z][a-z-]*[a-z]s$/.test(w) && w.length > 3 && !NOT_NOUN_ENDINGS.test(w) && !NOT_NOUNS.has(w);
    if (g.openNouns && plural) return { unit: w, end: p + w.length, listed: false };
    if (!g.openNouns && i >= 1) return null;
    p = skipSpace(text, p + w.length);
  }
  return null;
}

/** "346 people were killed", "tuant 20 personnes": people counted in a death toll. */
function deathToll(g: Grammar, text: string, nounEnd: number, numberEnd: number): boolean {
  // Words before the number count only after any earlier number: "5 500 morts et … 28 millions" is not a toll.
  const lead = text.slice(Math.max(0, numberEnd - 30), numberEnd).replace(/[\d\s.,\u00a0\u202f]+$/u, '');
  const before = lead.split(/\d/).at(-1) ?? '';
  return g.deathBefore.all(before).length > 0 || g.deathWords.all(text.slice(nounEnd, nounEnd + 20)).length > 0;
}

/**
 * A unit symbol or word at `p` (or glued with a hyphen at `pos`: "80-percent", "20-inch"). Unit '' means
 * the word after the number shows it is no quantity: "6 Days" (a title), "scored four times", "10-year notes".
 */
function readMeasure(g: Grammar, text: string, pos: number, p: number): { unit: string; end: number; divide: number } | null {
  const hyphen = text[pos] === '-';
  const at = hyphen ? pos + 1 : p;
  const symbol = g.unitSymbols.matchAt(text, at);
  const unit = symbol ?? g.unitWords.matchAt(text, at);
  if (!unit) return null;
  const none = { unit: '', end: pos, divide: 1 };
  if (g.multiplierWords.matchAt(text, unit.start) && !g.multiplierBefore.matchAt(text, skipSpace(text, unit.end))) return none;
  if (!symbol && !g.capitalisedNouns && /^\p{Lu}\p{Ll}/u.test(text.slice(unit.start, unit.end))) return none;
  if (hyphen && isDuration(unit.value) && !/old/.test(text.slice(unit.start, unit.end + 4))) return none;
  // Basis points are reported as percentage points: "50 basis points" → 0.5 pp.
  if (unit.value === 'bp') return { unit: 'pp', end: unit.end, divide: 100 };
  return { unit: unit.value, end: unit.end, divide: 1 };
}

/** Reads scale, currency, unit or noun after a numeral ending at `end`. */
export function readUnit(
  g: Grammar, text: string, end: number, value: number, prefixCurrency: string | null, approxNumeral = false,
): Reading {
  let pos = end;
  let scale = 1;
  for (let i = 0; i < 3; i++) {
    const s = scaleAt(g, text, skipSpace(text, pos), !!prefixCurrency);
    if (!s) break;
    scale *= s.factor;
    pos = s.end;
  }
  const scaled = value * scale;
  if (prefixCurrency) return { value: scaled, scale, unit: prefixCurrency, end: pos };
  const p = skipSpace(text, pos);
  const symbol = g.currencyAfter.matchAt(text, p);
  if (symbol) return { value: scaled, scale, unit: symbol.value, end: symbol.end };
  const con = scale > 1 ? g.connectors.matchAt(text, p) : null;
  const name = g.currencyNames.matchAt(text, con ? skipSpace(text, con.end) : p);
  if (name) return { value: scaled, scale, unit: name.value, end: name.end };
  // "2,8 milhões de barris": a scale word may be joined to its unit by "de", "of".
  const measure = readMeasure(g, text, pos, con ? skipSpace(text, con.end) : p);
  if (measure) return { value: scaled / measure.divide, scale, unit: measure.unit, end: measure.unit ? measure.end : pos };
  const noun = readNoun(g, text, pos, scale > 1 || approxNumeral);
  if (noun) {
    const unit = HUMAN.has(noun.unit) && deathToll(g, text, noun.end, end) ? 'deaths' : noun.unit;
    return { value: scaled, scale, unit, end: noun.end, listed: noun.listed };
  }
  return { value: scaled, scale, unit: '', end: pos };
}
