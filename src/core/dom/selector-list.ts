import { attributeValue } from './attribute-value';

/**
 * A CSS selector list matched in one walk of the tree. Node DOMs (linkedom)
 * test every element against every selector of a long list, which made the
 * 50 consent selectors cost more than the rest of pruning together; here each
 * element is only tested against the selectors its tag, id, classes or
 * attributes can match. Compounds the parser does not know go to querySelectorAll.
 */
interface AttributeTest { name: string; op: '' | '=' | '^='; value: string }

interface Compound { tag: string | null; id: string | null; classes: string[]; attributes: AttributeTest[] }

interface SimpleSelector { last: Compound; text: string; combined: boolean }

const COMPOUND = /^([a-zA-Z][\w-]*)?((?:#[\w-]+|\.[\w-]+|\[[\w-]+(?:\^?=(?:"[^"]*"|'[^']*'|[\w-]+))?\])*)$/;
const PART = /#([\w-]+)|\.([\w-]+)|\[([\w-]+)(?:(\^?=)(?:"([^"]*)"|'([^']*)'|([\w-]+)))?\]/g;

function parseCompound(text: string): Compound | null {
  const m = COMPOUND.exec(text);
  if (!m || !text) return null;
  // Tags lower-cased, like an HTML element's localName, which a Node DOM reads
  // without building a new string (its tagName is upper-cased on every read).
  const compound: Compound = { tag: m[1]?.toLowerCase() ?? null, id: null, classes: [], attributes: [] };
  for (const part of (m[2] ?? '').matchAll(PART)) {
    if (part[1]) compound.id = part[1];
    else if (part[2]) compound.classes.push(part[2]);
    else if (part[3]) {
      const op = (part[4] ?? '') as AttributeTest['op'];
      compound.attributes.push({ name: part[3], op, value: part[5] ?? part[6] ?? part[7] ?? '' });
    }
  }
  return compound;
}

function matchesCompound(el: Element, c: Compound): boolean {
  if (c.tag && el.localName.toLowerCase() !== c.tag) return false;
  if (c.id && attributeValue(el, 'id') !== c.id) return false;
  if (c.classes.length) {
    const classes = (attributeValue(el, 'class') ?? '').split(/\s+/);
    if (!c.classes.every((name) => classes.includes(name))) return false;
  }
  for (const a of c.attributes) {
    const value = attributeValue(el, a.name);
    if (value === null) return false;
    if (a.op === '=' && value !== a.value) return false;
    if (a.op === '^=' && !value.startsWith(a.value)) return false;
  }
  return true;
}

function matchesAny(el: Element, list: SimpleSelector[] | undefined): boolean {
  if (list) for (const s of list) if (matchesCompound(el, s.last) && (!s.combined || el.matches(s.text))) return true;
  return false;
}

function push<K>(map: Map<K, SimpleSelector[]>, key: K, selector: SimpleSelector): void {
  const list = map.get(key);
  if (list) list.push(selector);
  else map.set(key, [selector]);
}

export class SelectorList {
  private readonly byId = new Map<string, SimpleSelector[]>();
  private readonly byClass = new Map<string, SimpleSelector[]>();
  private readonly byAttribute = new Map<string, SimpleSelector[]>();
  private readonly byTag = new Map<string, SimpleSelector[]>();
  private readonly other: string;

  constructor(selectors: readonly string[]) {
    const other: string[] = [];
    for (const text of selectors) {
      const trimmed = text.trim();
      const compounds = trimmed.split(/\s+/);
      const last = compounds.length && !/[>+~]/.test(trimmed) ? parseCompound(compounds[compounds.length - 1]!) : null;
      if (!last) { other.push(trimmed); continue; }
      const selector: SimpleSelector = { last, text: trimmed, combined: compounds.length > 1 };
      if (last.id) push(this.byId, last.id, selector);
      else if (last.classes.length) push(this.byClass, last.classes[0]!, selector);
      else if (last.tag) push(this.byTag, last.tag, selector);
      else if (last.attributes.length) push(this.byAttribute, last.attributes[0]!.name, selector);
      else other.push(trimmed);
    }
    this.other = other.join(',');
  }

  /**
   * Matching elements under root, in document order, as querySelectorAll would
   * give them; with `outermost`, none inside another match (what removal needs).
   */
  findAll(root: ParentNode, outermost = false): Element[] {
    const others = this.other ? new Set(Array.from(root.querySelectorAll(this.other))) : null;
    const found: Element[] = [];
    this.walk(root, others, outermost, found);
    return found;
  }

  private walk(parent: ParentNode, others: Set<Element> | null, outermost: boolean, found: Element[]): void {
    for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
      const match = others?.has(el) || this.matches(el);
      if (match) found.push(el);
      if (!match || !outermost) this.walk(el, others, outermost, found);
    }
  }

  private matches(el: Element): boolean {
    // Most elements carry no attribute: only their tag can match.
    if (!el.hasAttributes()) return matchesAny(el, this.byTag.get(el.localName.toLowerCase()));
    const id = attributeValue(el, 'id');
    if (id && matchesAny(el, this.byId.get(id))) return true;
    const className = attributeValue(el, 'class');
    if (className) for (const name of className.split(/\s+/)) if (name && matchesAny(el, this.byClass.get(name))) return true;
    if (matchesAny(el, this.byTag.get(el.localName.toLowerCase()))) return true;
    for (const [name, list] of this.byAttribute) if (el.hasAttribute(name) && matchesAny(el, list)) return true;
    return false;
  }
}
