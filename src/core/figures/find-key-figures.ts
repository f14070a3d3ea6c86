import type { KeyFigure } from '../types';
import { detectLanguage } from '../lang/detect-language';
import { grammarFor } from './grammar';
import { recognise } from './recognise';
import { recogniseCjk } from './recognise-cjk';
import { inheritUnits } from './inherit-units';
import { dropConversions } from './conversions';
import { dedupe } from './dedup';
import { MIN_SCORE, rank } from './rank';
import { labelFor } from './label';
import { featuresOf } from './features';

/** At most this many figures: the popup's summary. Shorter lists keep every figure found. */
const MAX_FIGURES = 8;

/**
 * The article's key figures, best first. `lang` is the page's language (BCP 47);
 * when missing it is detected from the text.
 */
export function findKeyFigures(text: string, lang?: string | null): KeyFigure[] {
  const language = lang || detectLanguage(text);
  const grammar = grammarFor(language);
  const found = dropConversions(text, inheritUnits(text, [...recognise(grammar, text), ...recogniseCjk(text, language)]));
  const facts = dedupe(found);
  const ranked = rank(facts, text.length, featuresOf(grammar, text, facts));
  const kept = ranked.length <= MAX_FIGURES ? ranked : ranked.filter((x) => x.score >= MIN_SCORE);
  return kept
    .slice(0, MAX_FIGURES)
    .map(({ fact: f }) => ({
      value: f.value,
      unit: f.unit,
      raw: f.raw,
      label: labelFor(text, f.offset, f.raw),
      approx: f.approx,
      offset: f.offset,
    }));
}
