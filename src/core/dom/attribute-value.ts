/**
 * An attribute's raw value. Hot loops read class and id through this:
 * linkedom's getAttribute('class') rebuilds a token list on every call.
 */
export function attributeValue(el: Element, name: string): string | null {
  return el.getAttributeNode(name)?.value ?? null;
}

/** An element's class and id as one string, for the class-word rules that read both. */
export function classAndId(el: Element): string {
  return `${attributeValue(el, 'class') ?? ''} ${attributeValue(el, 'id') ?? ''}`;
}
