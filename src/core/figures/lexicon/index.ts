import type { Lexicon } from './types';
import { en } from './en';
import { fr } from './fr';
import { de } from './de';
import { es } from './es';
import { it } from './it';
import { pt } from './pt';
import { cs } from './cs';

export type { Lexicon } from './types';

const LEXICONS: Record<string, Lexicon> = { en, fr, de, es, it, pt, cs };

/** The language code and lexicon for a BCP 47 tag ("fr-FR" → fr), English when the language has none. */
export function lexiconFor(lang: string | null | undefined): { code: string; lexicon: Lexicon } {
  const base = (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  const lexicon = LEXICONS[base];
  return lexicon ? { code: base, lexicon } : { code: 'en', lexicon: en };
}
