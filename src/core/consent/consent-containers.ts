import { HIDDEN_ATTR } from './hide';
import { CMP_RULES } from './rules';

/**
 * Selectors of the elements of a document that belong to a cookie-consent prompt
 * (known CMPs, or hidden by the engine); the extractor removes them. The first
 * selector of each chain names the element in the document (the shadow host or
 * the iframe); what is inside belongs to it.
 */
export const CONSENT_CONTAINER_SELECTORS: readonly string[] = [
  ...new Set(CMP_RULES.flatMap((rule) => rule.prehideSelectors.flatMap((s) => (typeof s === 'string' ? [s] : s.slice(0, 1))))),
  `[${HIDDEN_ATTR}]`,
];
