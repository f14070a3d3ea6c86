// A summary cut short ("…to sneak into the..."): a teaser of a text told elsewhere.
const ELLIPSIS = /(\.\.\.|…)$/;

/** True when the (collapsed, trimmed) text stops with an ellipsis. */
export function isCutShort(text: string): boolean {
  return ELLIPSIS.test(text);
}
