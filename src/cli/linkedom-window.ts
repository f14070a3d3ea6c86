import { DOMParser as LinkedomParser, parseHTML } from 'linkedom';
import type { DomWindow } from '../core/types';

/**
 * A DomWindow backed by linkedom, the fast Node DOM. DOMPurify reads nodes
 * through getters it finds on the window's Node/Element prototypes; linkedom
 * keeps several of those as own instance fields, so DOMPurify would see null
 * parents and skip every node. These stand-in prototypes forward each read to
 * the node itself, which restores DOMPurify's full behaviour.
 */
const NODE_GETTERS = ['nodeType', 'nodeName', 'ownerDocument'];
const ELEMENT_GETTERS = ['nextSibling', 'childNodes', 'parentNode', 'shadowRoot', 'attributes'];
const ELEMENT_METHODS = ['cloneNode', 'remove', 'removeAttributeNode'];

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';
const MATHML_TAGS = new Set(['math', 'mi', 'mo', 'mn', 'ms', 'mtext', 'mspace', 'mrow', 'mfrac', 'msqrt', 'mroot',
  'mstyle', 'merror', 'mpadded', 'mphantom', 'mfenced', 'menclose', 'msub', 'msup', 'msubsup', 'munder', 'mover',
  'munderover', 'mmultiscripts', 'mprescripts', 'none', 'mtable', 'mtr', 'mtd', 'mlabeledtr', 'maction', 'semantics',
  'annotation', 'annotation-xml', 'mglyph', 'malignmark']);

interface NamespacedElement { namespaceURI: string | null; localName: string; parentElement: NamespacedElement | null }

/**
 * linkedom gives <math> and its children the HTML namespace (it knows only SVG),
 * and DOMPurify drops MathML found there. The namespace a browser's parser
 * gives: MathML for <math>, and for MathML names whose parent is MathML.
 */
function namespaceOf(el: NamespacedElement): string | null {
  if (el.namespaceURI !== HTML_NS || !MATHML_TAGS.has(el.localName)) return el.namespaceURI;
  if (el.localName === 'math') return MATHML_NS;
  return el.parentElement && namespaceOf(el.parentElement) === MATHML_NS ? MATHML_NS : HTML_NS;
}

function forwarding(getters: string[], methods: string[], namespaced = false): { prototype: object } {
  const prototype: Record<string, unknown> = {};
  for (const key of getters) {
    Object.defineProperty(prototype, key, { get(this: Record<string, unknown>) { return this[key]; } });
  }
  if (namespaced) Object.defineProperty(prototype, 'namespaceURI', { get(this: NamespacedElement) { return namespaceOf(this); } });
  for (const key of methods) {
    prototype[key] = function forward(this: Record<string, (...args: unknown[]) => unknown>, ...args: unknown[]) {
      return this[key]!(...args);
    };
  }
  return { prototype };
}

// NodeFilter is missing from linkedom; these are the DOM standard's values.
const NODE_FILTER = {
  FILTER_ACCEPT: 1, FILTER_REJECT: 2, FILTER_SKIP: 3, SHOW_ALL: 0xffffffff, SHOW_ELEMENT: 0x1,
  SHOW_ATTRIBUTE: 0x2, SHOW_TEXT: 0x4, SHOW_CDATA_SECTION: 0x8, SHOW_PROCESSING_INSTRUCTION: 0x40,
  SHOW_COMMENT: 0x80, SHOW_DOCUMENT: 0x100, SHOW_DOCUMENT_TYPE: 0x200, SHOW_DOCUMENT_FRAGMENT: 0x400,
};

const EMPTY_PAGE = '<!doctype html><html><head></head><body></body></html>';

/**
 * A NodeIterator starts at its root; linkedom's starts after it, and DOMPurify,
 * sanitizing in place, refuses a tree whose root it never visited.
 */
function nodeIteratorFromRoot(this: Document, root: Node, whatToShow: number): { nextNode(): Node | null } {
  const rest = this.createTreeWalker(root, whatToShow);
  let atRoot = root.nodeType === 1 && (whatToShow & NODE_FILTER.SHOW_ELEMENT) !== 0;
  return { nextNode: () => (atRoot ? ((atRoot = false), root) : rest.nextNode()) };
}

/** linkedom only builds a body for full documents; fragments are wrapped in one. */
class FragmentParser {
  parseFromString(markup: string, type: string): Document {
    const parser = new LinkedomParser();
    if (/^\s*(<!doctype|<html)/i.test(markup)) return parser.parseFromString(markup, type as 'text/html') as unknown as Document;
    return parser.parseFromString(`<!doctype html><html><head></head><body>${markup}</body></html>`, type as 'text/html') as unknown as Document;
  }
}

/**
 * Gives the document the one <body> browsers would build. linkedom's parser can
 * leave elements between <head> and <body>, or two bodies; its `body` getter
 * then makes a new empty body, and Readability reads nothing.
 */
function repairBody(doc: Document): void {
  const root = doc.documentElement;
  if (!root) return;
  const children = Array.from(root.children);
  const bodies = children.filter((el) => el.tagName === 'BODY');
  const body = bodies.reduce<Element | null>((best, el) =>
    !best || (el.textContent ?? '').length > (best.textContent ?? '').length ? el : best, null);
  const head = children.find((el) => el.tagName === 'HEAD');
  // linkedom's head getter wants the head first, its body getter the body right after it;
  // otherwise they make new, empty ones. A browser puts what comes before the head into it.
  const beforeHead = head ? children.slice(0, children.indexOf(head)).filter((el) => el.tagName !== 'BODY') : [];
  for (const el of [...beforeHead].reverse()) head?.insertBefore(el, head.firstChild);
  if (!body || (bodies.length === 1 && head?.nextElementSibling === body)) return;
  let before = true;
  for (const el of children) {
    if (el === head || beforeHead.includes(el)) continue;
    if (el === body) { before = false; continue; }
    const moved = el.tagName === 'BODY' ? Array.from(el.childNodes) : [el];
    for (const node of before ? moved.reverse() : moved) {
      if (before) body.insertBefore(node, body.firstChild);
      else body.appendChild(node);
    }
    if (el.tagName === 'BODY') el.remove();
  }
  if (head) root.insertBefore(body, head.nextSibling);
}

// In HTML a browser reads "<![CDATA[" as a bogus comment that ends at the next
// ">"; linkedom reads a CDATA section up to "]]>", and one left open in a page
// swallows the rest of it. Comments, scripts and styles are left as they are:
// one inside a comment would otherwise take the comment's end with it.
const HTML_CDATA = /(<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\2\s*>)|<!\[CDATA\[[^>]*>/gi;

// What may precede <html>: a byte-order mark, white space, comments, a doctype, an XML declaration.
const PROLOG = /^(?:\uFEFF|\s+|<!--[\s\S]*?-->|<!doctype[^>]*>|<\?xml[^>]*>)*/i;
const HEAD_TAGS = new Set(['TITLE', 'META', 'LINK', 'BASE', 'STYLE', 'SCRIPT', 'NOSCRIPT', 'TEMPLATE']);

/**
 * linkedom builds neither a head nor a body that the markup leaves out. A browser
 * makes both: head elements before the first content go into the head, and the
 * rest into the body.
 */
function supplyHeadAndBody(doc: Document): void {
  const root = doc.documentElement;
  if (!root || Array.from(root.children).some((el) => el.tagName === 'BODY' || el.tagName === 'FRAMESET')) return;
  let head = Array.from(root.children).find((el) => el.tagName === 'HEAD');
  const body = doc.createElement('body');
  let beforeContent = true;
  for (const node of Array.from(root.childNodes)) {
    if (node === head) continue;
    const isHeadElement = node.nodeType === 1 && HEAD_TAGS.has((node as Element).tagName);
    if (beforeContent && (isHeadElement || (node.nodeType === 3 && !node.textContent?.trim()) || node.nodeType === 8)) {
      if (!isHeadElement) continue;
      head ??= root.insertBefore(doc.createElement('head'), root.firstChild);
      head.appendChild(node);
      continue;
    }
    beforeContent = false;
    body.appendChild(node);
  }
  head ??= root.insertBefore(doc.createElement('head'), root.firstChild);
  root.insertBefore(body, head.nextSibling);
}

/** Parses a page with linkedom into the tree a browser would build for it. */
export function parseWithLinkedom(html: string): Document {
  const markup = html.includes('<![CDATA[') ? html.replace(HTML_CDATA, (_match, raw?: string) => raw ?? '') : html;
  const content = markup.slice(PROLOG.exec(markup)![0].length);
  // linkedom makes the first element the root, or reads the page as a fragment, unless
  // <html> comes first; a browser puts what precedes that tag into the page's head.
  const htmlTag = /<html(?:\s[^>]*)?>/i.exec(content);
  const whole = !htmlTag ? `<html>${content}</html>`
    : htmlTag.index === 0 ? content
      : htmlTag[0] + content.slice(0, htmlTag.index) + content.slice(htmlTag.index + htmlTag[0].length);
  const doc = new LinkedomParser().parseFromString(`<!doctype html>${whole}`, 'text/html') as unknown as Document;
  supplyHeadAndBody(doc);
  repairBody(doc);
  return doc;
}

let shared: DomWindow | null = null;

/** One linkedom window, reused: it only serves to parse fragments and sanitize. */
export function linkedomWindow(): DomWindow {
  if (shared) return shared;
  const base = parseHTML(EMPTY_PAGE) as unknown as Record<string, unknown> & { document: Document };
  const document = base.document;
  Object.defineProperty(document, 'createNodeIterator', { value: nodeIteratorFromRoot });
  Object.defineProperty(document, 'implementation', {
    value: {
      createHTMLDocument: () => parseWithLinkedom(EMPTY_PAGE),
      createDocument: () => parseWithLinkedom(EMPTY_PAGE),
    },
  });
  shared = {
    document,
    DocumentFragment: base.DocumentFragment,
    HTMLTemplateElement: base.HTMLTemplateElement,
    Node: forwarding(NODE_GETTERS, []),
    Element: forwarding(ELEMENT_GETTERS, ELEMENT_METHODS, true),
    NodeFilter: NODE_FILTER,
    NamedNodeMap: base.NamedNodeMap,
    HTMLFormElement: base.HTMLFormElement,
    DOMParser: FragmentParser,
  } as unknown as DomWindow;
  return shared;
}
