/**
 * An attribute's raw value. Hot loops read class and id through this:
 * linkedom's getAttribute('class') rebuilds a token list on every call.
 */
export function attributeValue(el: Element, name: string): string | null {
  return el.getAttributeNode(name)?.value ?? null;
}
