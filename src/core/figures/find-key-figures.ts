import type { KeyFigure } from '../types';
import { detectLanguage } from '../lang/detect-language';
import { grammarFor } from './grammar';
import { recognise } from './recognise';
import { recogniseCjk } from './recognise-cjk';
import { inheritUnits } from './inherit-units';
import { dedupe } from './dedup';
import { rank } from './rank';
import { labelFor } from './label';

/** At most this many figures: the popup's summary. */
const MAX_FIGURES = 8;

/**
 * The article's key figures, best first. `lang` is the page's language (BCP 47);
 * when missing it is detected from the text.
 */
export function findKeyFigures(text: string, lang?: string | null): KeyFigure[] {
  const grammar = grammarFor(lang || detectLanguage(text));
  const found = inheritUnits(text, [...recognise(grammar, text), ...recogniseCjk(text)]);
  return rank(dedupe(found), text.length)
    .slice(0, MAX_FIGURES)
    .map((f) => ({
      value: f.value,
      unit: f.unit,
      raw: f.raw,
      label: labelFor(text, f.offset, f.raw),
      approx: f.approx,
      offset: f.offset,
    }));
}
