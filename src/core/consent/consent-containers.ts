import { HIDDEN_ATTR } from './hide';
import { CMP_RULES } from './rules';

// The first selector of each chain names the element in the document (the shadow
// host or the iframe); what is inside belongs to it.
const CONTAINER_SELECTOR = [
  ...new Set(CMP_RULES.flatMap((rule) => rule.prehideSelectors.map((s) => (typeof s === 'string' ? s : s[0])))),
  `[${HIDDEN_ATTR}]`,
].join(',');

/** Elements of a document that belong to a cookie-consent prompt (known CMPs, or hidden by the engine). */
export function findConsentContainers(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll(CONTAINER_SELECTOR));
}
