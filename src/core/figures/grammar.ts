/** A language's lexicon compiled into phrase matchers, built once per language. */
import { lexiconFor, type Lexicon } from './lexicon';
import { en } from './lexicon/en';
import {
  APPROX_SIGNS, CURRENCY_CODES, CURRENCY_SYMBOLS, RANGE_DASHES, SCALE_ABBREVIATIONS, UNIT_SYMBOLS,
} from './lexicon/shared';
import { numberWords } from './numerals';
import { PhraseSet, phraseList } from './phrase-set';

export interface Grammar {
  lang: string;
  decimalComma: boolean;
  capitalisedNouns: boolean;
  /** English plural heads are taken as count nouns even when not listed. */
  openNouns: boolean;
  numberWords: PhraseSet<number>;
  approxNumerals: PhraseSet<number>;
  ordinals: PhraseSet<number>;
  phrases: PhraseSet<[number, string]>;
  scaleWords: PhraseSet<number>;
  scaleAbbreviations: PhraseSet<number>;
  approxBefore: PhraseSet<true>;
  currencyBefore: PhraseSet<string>;
  currencyAfter: PhraseSet<string>;
  currencyNames: PhraseSet<string>;
  connectors: PhraseSet<true>;
  unitSymbols: PhraseSet<string>;
  unitWords: PhraseSet<string>;
  nouns: PhraseSet<string>;
  multiplierWords: PhraseSet<true>;
  multiplierBefore: PhraseSet<true>;
  rangeWords: PhraseSet<true>;
  against: PhraseSet<true>;
  changeFrom: PhraseSet<true>;
  changeTo: PhraseSet<true>;
  calendar: PhraseSet<true>;
  designators: PhraseSet<true>;
  agoBefore: PhraseSet<true>;
  until: PhraseSet<true>;
  clockBefore: PhraseSet<true>;
  agoAfter: PhraseSet<true>;
  idioms: PhraseSet<true>;
  rankNouns: PhraseSet<true>;
  signals: PhraseSet<true>;
  deathWords: PhraseSet<true>;
  deathBefore: PhraseSet<true>;
  breakdown: PhraseSet<true>;
  expectations: PhraseSet<true>;
  partitive: PhraseSet<true>;
}

const cache = new Map<string, Grammar>();

function split(entries: Record<string, number>): [Record<string, number>, Record<string, number>] {
  const words: Record<string, number> = {};
  const abbreviations: Record<string, number> = {};
  for (const [k, v] of Object.entries(entries)) (k === k.toLowerCase() ? words : abbreviations)[k] = v;
  return [words, abbreviations];
}

function compile(lang: string, lex: Lexicon): Grammar {
  const codes = Object.fromEntries(CURRENCY_CODES.map((c) => [c, c]));
  const [scaleWords, scaleAbbreviations] = split(lex.scales);
  // English currency names and units are common in every language's news (dollars, miles).
  const currencyNames = { ...en.currencies, ...lex.currencies };
  return {
    lang,
    decimalComma: lex.decimalComma,
    capitalisedNouns: !!lex.capitalisedNouns,
    openNouns: lex === en,
    numberWords: new PhraseSet(numberWords(lex)),
    approxNumerals: new PhraseSet(lex.approxNumerals),
    ordinals: new PhraseSet(lex.ordinals),
    phrases: new PhraseSet(lex.phrases),
    scaleWords: new PhraseSet(scaleWords),
    scaleAbbreviations: new PhraseSet({ ...SCALE_ABBREVIATIONS, ...scaleAbbreviations }, true),
    approxBefore: phraseList([...lex.approxBefore, ...APPROX_SIGNS]),
    currencyBefore: new PhraseSet({ ...CURRENCY_SYMBOLS, ...codes }, true),
    currencyAfter: new PhraseSet({ ...CURRENCY_SYMBOLS, ...codes }, true),
    currencyNames: new PhraseSet(currencyNames),
    connectors: phraseList(lex.connectors),
    unitSymbols: new PhraseSet(UNIT_SYMBOLS, true),
    unitWords: new PhraseSet({ ...en.units, ...lex.units }),
    nouns: new PhraseSet(lex.nouns),
    multiplierWords: phraseList(lex.multiplierWords?.words ?? []),
    multiplierBefore: phraseList(lex.multiplierWords?.before ?? []),
    rangeWords: phraseList([...lex.rangeWords, ...RANGE_DASHES]),
    against: phraseList(lex.against),
    changeFrom: phraseList(lex.changeFrom),
    changeTo: phraseList(lex.changeTo),
    calendar: phraseList(lex.calendar),
    designators: phraseList(lex.designators),
    agoBefore: phraseList(lex.agoBefore),
    until: phraseList(lex.until),
    clockBefore: phraseList(lex.clockBefore),
    agoAfter: phraseList(lex.agoAfter),
    idioms: phraseList([...lex.idioms, '24/7']),
    rankNouns: phraseList(lex.rankNouns),
    signals: phraseList(lex.signals, true),
    deathWords: phraseList(lex.deathWords),
    deathBefore: phraseList(lex.deathBefore),
    breakdown: phraseList(lex.breakdown),
    expectations: phraseList(lex.expectations, true),
    partitive: phraseList(lex.partitive),
  };
}

export function grammarFor(lang: string | null | undefined): Grammar {
  const { code, lexicon } = lexiconFor(lang);
  let g = cache.get(code);
  if (!g) {
    g = compile(code, lexicon);
    cache.set(code, g);
  }
  return g;
}
