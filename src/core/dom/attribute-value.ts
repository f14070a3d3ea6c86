/**
 * An attribute's raw value. Hot loops read class and id through this:
 * linkedom's getAttribute('class') rebuilds a token list on every call.
 */
export function attributeValue(el: Element, name: string): string | null {
  return el.getAttributeNode(name)?.value ?? null;
}

/** An element's first class name (the component's, before its modifiers), or null. */
export function firstClass(el: Element): string | null {
  return (attributeValue(el, 'class') ?? '').trim().split(/\s+/)[0] || null;
}

/** An element's class names. */
export function classNames(el: Element): string[] {
  return (attributeValue(el, 'class') ?? '').split(/\s+/).filter(Boolean);
}

/** An element's class and id as one string, for the class-word rules that read both. */
export function classAndId(el: Element): string {
  return `${attributeValue(el, 'class') ?? ''} ${attributeValue(el, 'id') ?? ''}`;
}

/** An element's tag and class: siblings that share them are items of one list (the tiles of a grid, the plans of a pricing table). */
export function tagAndClass(el: Element): string {
  return `${el.tagName} ${el.getAttribute('class') ?? ''}`;
}

/** A test for a whole word of a class or id (between separators), one of `words`, a regular-expression alternation. */
export function classWord(words: string): RegExp {
  return new RegExp(`(^|[\\s_-])(${words})([\\s_-]|$)`, 'i');
}
