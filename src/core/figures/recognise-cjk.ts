/** Finds figures written with CJK units: 3000万, 1500亿美元, 17名男子, 約85％. */
import type { Candidate } from './candidate';
import {
  CJK_APPROX_AFTER, CJK_APPROX_BEFORE, CJK_COUNTERS, CJK_DATE_AFTER, CJK_DIGITS, CJK_NOUNS, CJK_PEOPLE_COUNTERS, CJK_PER_HOUR,
  CJK_SCALES, CJK_SMALL_SCALES, CJK_UNITS, CJK_YUAN,
} from './lexicon/cjk';
import { PhraseSet, phraseList } from './phrase-set';

const CORE = '(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两兩三四五六七八九十百千]+)';
/** "1兆2000億", "3000万", "一千五百": cores, each optionally followed by myriad scales. */
const NUMERAL = new RegExp(`(?:${CORE}[万萬亿億兆]+)*${CORE}[万萬亿億兆]*`, 'gu');

let sets: {
  units: PhraseSet<string>; counters: PhraseSet<true>; nouns: PhraseSet<string>; approxBefore: PhraseSet<true>;
  approxAfter: PhraseSet<true>; perHour: PhraseSet<true>; dateAfter: PhraseSet<true>;
} | null = null;

function compiled(): NonNullable<typeof sets> {
  sets ??= {
    units: new PhraseSet(CJK_UNITS, true), counters: phraseList(CJK_COUNTERS), nouns: new PhraseSet(CJK_NOUNS, true),
    approxBefore: phraseList(CJK_APPROX_BEFORE), approxAfter: phraseList(CJK_APPROX_AFTER), perHour: phraseList(CJK_PER_HOUR),
    dateAfter: phraseList(CJK_DATE_AFTER),
  };
  return sets;
}

/** Value of "一千五百", "两", "十三", or of ASCII/full-width digits. */
function parseCore(s: string): number {
  if (/[0-9０-９]/.test(s)) return Number(s.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    const small = CJK_SMALL_SCALES[ch];
    if (small) { total += (digit || 1) * small; digit = 0; } else digit = CJK_DIGITS[ch] ?? 0;
  }
  return total + digit;
}

/** Sum of each core times its scales: "1兆2000億" → 1e12 + 2000e8. */
function parse(raw: string): { value: number; han: boolean; core: string } {
  let value = 0;
  for (const [, core = '', scales = ''] of raw.matchAll(/([^万萬亿億兆]+)([万萬亿億兆]*)/gu)) {
    let part = parseCore(core);
    for (const ch of scales) part *= CJK_SCALES[ch] ?? 1;
    value += part;
  }
  const core = raw.replace(/[万萬亿億兆]+$/u, '');
  return { value, han: !/[0-9０-９]/.test(raw), core };
}

export function recogniseCjk(text: string, lang: string | null): Candidate[] {
  const s = compiled();
  const subtags = (lang ?? '').toLowerCase().split(/[-_]/);
  const yuan = subtags.reduce((code, tag) => CJK_YUAN[tag] ?? code, 'CNY');
  const out: Candidate[] = [];
  for (const m of text.matchAll(NUMERAL)) {
    const start = m.index;
    let end = start + m[0].length;
    const prev = text[start - 1] ?? '';
    const next = text[end] ?? '';
    if (!/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}％]/u.test(prev + next)) continue;
    if (/[\p{Script=Latin}0-9.,第数數几幾这這那]/u.test(prev)) continue;
    const { value, han, core } = parse(m[0]);
    if (han && (value < 2 || core.length > 4)) continue;
    if (/^\d{4}$/.test(core) && text[end] === '年') continue;
    let approx = !!s.approxBefore.matchBefore(text, start, 4);
    const after = s.approxAfter.matchAt(text, end);
    if (after) { approx = true; end = after.end; }
    const unit = s.units.matchAt(text, end);
    const date = s.dateAfter.matchAt(text, end);
    if (date && (!unit || unit.end <= date.end)) continue;
    let u = '';
    let stop = end;
    if (unit) {
      u = unit.value === 'CNY' && text.slice(unit.start, unit.end) === '元' ? yuan : unit.value;
      stop = unit.end;
      if (u === 'km' && s.perHour.matchBefore(text, start, 4)) u = 'km/h';
    } else {
      const counter = s.counters.matchAt(text, end);
      const nounAt = counter ? counter.end : end;
      const noun = s.nouns.matchAt(text, nounAt);
      if (noun) { u = noun.value; stop = noun.end; } else if (counter && CJK_PEOPLE_COUNTERS.includes(text.slice(counter.start, counter.end))) {
        u = 'people';
        stop = counter.end;
      }
    }
    if (!u || (han && !unit && !u)) continue;
    const per = s.perHour.matchBefore(text, start, 4);
    const from = per && u === 'km/h' ? per.start : start;
    const hedge = s.approxBefore.matchBefore(text, start, 4);
    const offset = hedge ? Math.min(hedge.start, from) : from;
    out.push({ value, unit: u, raw: text.slice(offset, stop), offset, approx, words: han, inherited: false });
  }
  return out;
}
