/** Per-language vocabulary the recogniser reads numbers with. Keys are lowercase unless stated. */
export interface Lexicon {
  /** True when "1.234" groups thousands and "1,5" is a decimal. */
  decimalComma: boolean;
  /** Nouns are capitalised (German), so "5 Jahre" is not a title like "6 Days". */
  capitalisedNouns?: boolean;
  /** Cardinal number words: "zwölf" → 12. Compounds come from `tens`/`units`. */
  numbers: Record<string, number>;
  /** Compound tens: how "twenty-five", "fünfundzwanzig", "treinta y cinco" are built. */
  compound?: { tens: Record<string, number>; units: Record<string, number>; joiner: string; unitsFirst: boolean };
  /** Numerals that are approximate by nature: "une quinzaine" → 15. */
  approxNumerals: Record<string, number>;
  /** Scale words and abbreviations: "milliards" → 1e9. Case-sensitive: abbreviations such as "Md", "M". */
  scales: Record<string, number>;
  /** Hedges written before a number: "environ", "more than". */
  approxBefore: string[];
  /** Currency names after a number: "dollars" → USD. */
  currencies: Record<string, string>;
  /** Words linking a scale to a currency name: "de" in "dix milliards de dollars". */
  connectors: string[];
  /** Unit words: "pour cent" → %, "kilomètres" → km, "fois" → x. */
  units: Record<string, string>;
  /** Multiplier words ("times") that are a multiple only before one of these ("more", "the"): "scored four times" is not 4 x. */
  multiplierWords?: { words: string[]; before: string[] };
  /** Counted nouns, singular and plural, to a lowercase English plural: "postes" → jobs. */
  nouns: Record<string, string>;
  /** Words before a pair "X to Y" that make it a change, not a range: "from", "passant de". */
  changeFrom: string[];
  /** "438 contre 86", "52 to 48 votes against": the word between the two sides of a vote. */
  against: string[];
  /** Words joining the two sides of a change after `changeFrom`: "von 1.500 auf 1.200 Fahrzeuge". */
  changeTo: string[];
  /** Words joining the two ends of a range: "à", "to", "bis". */
  rangeWords: string[];
  /** Month and weekday names: a number next to them is a date. */
  calendar: string[];
  /** "until", "jusqu'en", "hasta", "até": before a year-like number they make it a date even though they also hedge amounts. */
  until: string[];
  /** Before "20 h", "14 Uhr": a time of day, not a duration. */
  clockBefore: string[];
  /** A duration that dates an event: "two years ago", "il y a 3 ans", "vor 5 Jahren". */
  agoBefore: string[];
  agoAfter: string[];
  /** Set phrases whose numbers measure nothing: "24 heures sur 24", "24/7". */
  idioms: string[];
  /** Words after which a bare number is a name, version or year: "version", "années". */
  designators: string[];
  /** Ordinal words: a rank when a place noun follows ("third place", "Čtvrté místo"). */
  ordinals: Record<string, number>;
  /** Nouns that turn an ordinal into a rank: "place", "Platz", "lugar". */
  rankNouns: string[];
  /** Word stems that, in the figure's sentence, mark a headline fact: "invest" (invested, investissement), "revenue", "rose". */
  signals: string[];
  /** Words right after a count of people that make it a death toll: "346 people killed" → deaths. */
  deathWords: string[];
  /** Words just before such a count that make it a death toll: "killed 346 people", "la muerte de tres agricultores". */
  deathBefore: string[];
  /** Word stems of a forecast by others, in the figure's clause: "analysts were expecting $2.52". */
  expectations: string[];
  /** Words opening a sub-breakdown of a figure just given: "dont", "including", "davon". */
  breakdown: string[];
  /** "huit des 28 millions", "eight of the 28 million": a part of a scaled total. */
  partitive: string[];
  /** Fractions and explicit multiples written in words: "la moitié" → 50 %, "doublé" → 2 x. */
  phrases: Record<string, [number, string]>;
}
