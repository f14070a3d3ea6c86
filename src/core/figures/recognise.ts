/** Finds figures written with Latin-script words and digits (en, fr, de, es, it, pt, cs). */
import type { Candidate } from './candidate';
import type { Grammar } from './grammar';
import { digitsPattern, parseDigits } from './numerals';
import { readUnit, type Reading } from './read-unit';
import { digitContext, followsName, isDate, isYearLike, phoneSpans } from './exclusions';
import { isCjk, isLetter, skipSpace, startsSentence, wordBefore } from './context';
import { isDuration, isMeasure } from './unit-kinds';

interface Anchor {
  start: number;
  end: number;
  value: number;
  words: boolean;
  approx: boolean;
}

// "half of", "la moitié des", "la mitad de": a fraction of something, not "a third buyer".
const PARTITIVE = /^[ \u00a0]+(?:of|de|des|du|d['’]|dei|degli|delle|della|der|dos|das|do|da|del|z|ze)(?![\p{L}])/u;

function anchors(g: Grammar, text: string): Anchor[] {
  const list: Anchor[] = [];
  for (const m of text.matchAll(digitsPattern(g.decimalComma))) {
    const raw = m[0];
    list.push({ start: m.index, end: m.index + raw.length, value: parseDigits(raw, g.decimalComma), words: false, approx: false });
  }
  for (const m of g.numberWords.all(text)) list.push({ ...m, words: true, approx: false });
  for (const m of g.approxNumerals.all(text)) list.push({ ...m, words: true, approx: true });
  return list.sort((a, b) => a.start - b.start || b.end - a.end);
}

function prefixCurrency(g: Grammar, text: string, start: number): { code: string; start: number } | null {
  const c = g.currencyBefore.matchBefore(text, start, 6);
  return c ? { code: c.value, start: c.start } : null;
}

/** Range "3 à 5 %", "242 to 330 passengers", "30-600 MW": the second number, read after the first. */
function rangeEnd(g: Grammar, text: string, a: Anchor, first: Reading, list: Anchor[]): { anchor: Anchor; reading: Reading } | null {
  const p = skipSpace(text, first.unit ? first.end : a.end);
  const change = g.changeFrom.matchBefore(text, a.start, 12) ? g.changeTo.matchAt(text, p) : null;
  const word = change ?? g.rangeWords.matchAt(text, p);
  if (!word) return null;
  let q = skipSpace(text, word.end);
  const cur = g.currencyBefore.matchAt(text, q);
  if (cur) q = skipSpace(text, cur.end);
  const b = list.find((x) => x.start === q);
  if (!b || (b.value <= a.value && !change)) return null;
  const reading = readUnit(g, text, b.end, b.value, cur?.value ?? null);
  if (first.unit && reading.unit && reading.unit !== first.unit) return null;
  return { anchor: b, reading };
}

/** Why a digit numeral is not read as a quantity, or 'ok'. */
function digitVerdict(g: Grammar, text: string, a: Anchor): 'ok' | 'skip' | 'ordinal' {
  if (isCjk(text[a.start - 1]) || isCjk(text[skipSpace(text, a.end)])) return 'skip';
  const verdict = digitContext(text, a.start, a.end);
  if (verdict !== 'ok') return verdict;
  if (isLetter(text[a.end]) && !attachedUnit(g, text, a.end)) return 'skip';
  if (a.value === 0 || isDate(g, text, a.start, a.end) || precededByNumber(g, text, a.start)) return 'skip';
  return 'ok';
}

interface Read {
  figures: Candidate[];
  end: number;
}

/** The figure(s) a numeral starts: its unit, a range partner, a partitive total; null when it measures nothing. */
function readFigure(g: Grammar, text: string, a: Anchor, list: Anchor[]): Read | null {
  const cur = prefixCurrency(g, text, a.start);
  const sign = a.words ? null : /(?<![\p{L}\p{N}])[×x][ \u00a0]?$/u.exec(text.slice(Math.max(0, a.start - 3), a.start));
  let first: Reading = sign ? { value: a.value, scale: 1, unit: 'x', end: a.end } : readUnit(g, text, a.end, a.value, cur?.code ?? null, a.words && a.approx);
  if (first.unit === 'x' && a.value >= 100 && !sign) return null;
  const start = cur ? Math.min(cur.start, a.start) : a.start - (sign?.[0].length ?? 0);
  const range = rangeEnd(g, text, a, first, list);
  let second = range?.reading;
  if (second && !first.unit && second.unit) first = { ...first, value: a.value * second.scale, unit: second.unit };
  else if (second && first.unit && !second.unit) second = { ...second, value: second.value * first.scale, unit: first.unit };
  if (first.unit === 'h' && a.value <= 24 && g.clockBefore.matchBefore(text, start, 14)) return { figures: [], end: first.end };
  if (isDuration(first.unit) && (g.agoBefore.matchBefore(text, start, 16) || g.agoAfter.matchAt(text, skipSpace(text, first.end)))) {
    return { figures: [], end: first.end };
  }
  // "one" is a pronoun or an article far more often than a count: kept before a scale or a listed noun.
  const nextWord = /^[ \u00a0]+\S+$/.test(text.slice(a.end, first.end));
  if (a.words && a.value === 1 && first.scale === 1 && !(first.listed && (nextWord || !g.openNouns))) return null;
  // "Le Dodici Case": a capitalised number word inside a sentence is part of a name.
  if (a.words && /^\p{Lu}/u.test(text[a.start] ?? '') && !startsSentence(text, a.start)) return null;
  const approx = a.approx || !!g.approxBefore.matchBefore(text, start);
  const base = { offset: start, approx, words: a.words, inherited: false };
  const raw = text.slice(a.start, a.end);
  if (!first.unit && !a.words && voteSide(g, text, a, list)) first = { ...first, unit: 'votes' };
  // "al menos 15 murieron", "20 were killed": a bare count followed by a death word is a toll.
  if (!first.unit && g.deathWords.matchAt(text, skipSpace(text, a.end))) first = { ...first, unit: 'deaths' };
  if (!first.unit) {
    const part = partitive(g, text, a, list);
    if (part) {
      return { end: part.end, figures: [
        { ...base, value: a.value * part.scale, unit: part.unit, raw: text.slice(start, part.end) },
        { ...base, value: part.total, unit: part.unit, raw: text.slice(part.start, part.end), offset: part.start, approx: false, words: false, context: true },
      ] };
    }
    // A bare number: kept for inheritUnits unless written in words, a year, or a name ("737 Max").
    const year = isYearLike(raw, a.value) && (!approx || !!g.until.matchBefore(text, start, 12));
    if (a.words || year || /^[ \u00a0]\p{Lu}/u.test(text.slice(a.end, a.end + 2))) return null;
  } else if (isYearLike(raw, a.value) && !isMeasure(first.unit)) return null;
  if (!a.words && !isMeasure(first.unit) && !cur && followsName(g, text, a.start)) return null;
  const end = range && second ? Math.max(second.end, range.anchor.end) : Math.max(first.end, a.end);
  const rawText = text.slice(start, end);
  const isRange = !!range && !g.changeFrom.matchBefore(text, start, 16);
  const figures: Candidate[] = [{ ...base, value: first.value, unit: first.unit, raw: rawText, range: isRange }];
  if (range && second) figures.push({ ...base, value: second.value, unit: second.unit, raw: rawText, words: range.anchor.words, range: isRange });
  return { figures, end };
}

/** Every figure in the text, in text order, with its unit or '' when none was written. */
export function recognise(g: Grammar, text: string): Candidate[] {
  const out: Candidate[] = [];
  const ignored = [...phoneSpans(text), ...g.idioms.all(text).map((m): [number, number] => [m.start, m.end])];
  const list = anchors(g, text);
  let consumed = 0;
  for (const a of list) {
    if (a.start < consumed || ignored.some(([s, e]) => a.start >= s && a.start < e)) continue;
    const verdict = a.words ? 'ok' : digitVerdict(g, text, a);
    if (verdict === 'ordinal') {
      const rank = ordinalRank(g, text, a);
      if (rank) {
        out.push(rank);
        consumed = a.end;
      }
    }
    if (verdict !== 'ok') continue;
    const read = readFigure(g, text, a, list);
    if (!read) continue;
    out.push(...read.figures);
    consumed = read.end;
  }
  const free = (c: Candidate): boolean => !ignored.some(([s, e]) => c.offset >= s && c.offset < e);
  return out.concat(phraseFigures(g, text).filter(free), wordOrdinals(g, text).filter(free));
}

/** "five 787 Dreamliner sales", "400 737 Max jets": a numeral right after another number names a model. */
function precededByNumber(g: Grammar, text: string, start: number): boolean {
  if (/\d[ \u00a0]$/.test(text.slice(start - 2, start))) return true;
  const before = wordBefore(text, start);
  return !!before && !!g.numberWords.matchAt(text, before.start);
}

/** "5km", "10Md$", "3x": letters glued to digits are a unit, else the number is part of a name ("4K", "777X", "1Password"). */
function attachedUnit(g: Grammar, text: string, pos: number): boolean {
  return !!(g.unitSymbols.matchAt(text, pos) ?? g.scaleAbbreviations.matchAt(text, pos) ?? g.currencyAfter.matchAt(text, pos)
    ?? g.unitWords.matchAt(text, pos) ?? g.scaleWords.matchAt(text, pos));
}

/** "438 contre 86", "passed 52 against 48": either side of a vote count. */
function voteSide(g: Grammar, text: string, a: Anchor, list: Anchor[]): boolean {
  const after = g.against.matchAt(text, skipSpace(text, a.end));
  if (after && list.some((x) => !x.words && x.start === skipSpace(text, after.end))) return true;
  const before = g.against.matchBefore(text, a.start, 12);
  return !!before && list.some((x) => !x.words && x.end <= before.start && /^[ \u00a0]*$/.test(text.slice(x.end, before.start)));
}

/** "huit des 28 millions d'habitants", "eight of the 28 million people": a part of a scaled total. */
function partitive(g: Grammar, text: string, a: Anchor, list: Anchor[]): { scale: number; total: number; unit: string; start: number; end: number } | null {
  const of = g.partitive.matchAt(text, skipSpace(text, a.end));
  if (!of) return null;
  const b = list.find((x) => x.start === skipSpace(text, of.end));
  if (!b) return null;
  const total = readUnit(g, text, b.end, b.value, null);
  if (total.scale <= 1 || !total.unit || total.value <= a.value * total.scale) return null;
  return { scale: total.scale, total: total.value, unit: total.unit, start: b.start, end: total.end };
}

/** "3e place", "14th in the table": an ordinal followed by a place noun. */
function ordinalRank(g: Grammar, text: string, a: Anchor): Candidate | null {
  const m = /^[\p{L}º°ª.]+[ \u00a0]+/u.exec(text.slice(a.end, a.end + 8));
  if (!m) return null;
  const noun = g.rankNouns.matchAt(text, a.end + m[0].length);
  if (!noun) return null;
  return { value: a.value, unit: 'rank', raw: text.slice(a.start, noun.end), offset: a.start, approx: false, words: false, inherited: false };
}

/**
 * "Čtvrté místo", "third place": a rank. "Un troisième Français a été tué": an ordinal that
 * brings a death toll to its running total.
 */
function wordOrdinals(g: Grammar, text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const o of g.ordinals.all(text)) {
    const p = skipSpace(text, o.end);
    const place = g.rankNouns.matchAt(text, p);
    const person = place || o.value < 2 ? null : g.nouns.matchAt(text, p);
    const toll = person?.value === 'people' && g.deathWords.all(text.slice(person.end, person.end + 40)).length > 0;
    const end = place?.end ?? (toll ? person?.end : undefined);
    if (end === undefined) continue;
    const unit = place ? 'rank' : 'deaths';
    out.push({ value: o.value, unit, raw: text.slice(o.start, end), offset: o.start, approx: false, words: true, inherited: false });
  }
  return out;
}

/** Fractions and multiples in words: "la moitié" → 50 %, "doubled" → 2 x. */
function phraseFigures(g: Grammar, text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const p of g.phrases.all(text)) {
    const before = wordBefore(text, p.start);
    if (before && g.ordinals.matchAt(text, before.start)) continue;
    const [value, unit] = p.value;
    const approx = !!g.approxBefore.matchBefore(text, p.start);
    const article = /^[ \u00a0]+an?(?=[ \u00a0])/.exec(text.slice(p.end, p.end + 4));
    if (unit === '%' && article) {
      // "half a million dollars": a fraction of a scale word is an amount.
      const amount = readUnit(g, text, p.end + article[0].length, value / 100, null);
      if (amount.scale > 1) {
        const raw = text.slice(p.start, amount.end);
        out.push({ value: amount.value, unit: amount.unit, raw, offset: p.start, approx, words: true, inherited: false });
        continue;
      }
    }
    if (unit === '%' && !approx && !PARTITIVE.test(text.slice(p.end, p.end + 8))) continue;
    out.push({ value, unit, raw: text.slice(p.start, p.end), offset: p.start, approx, words: true, inherited: false });
  }
  return out;
}

