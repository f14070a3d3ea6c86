import { CONSENT_CONTAINER_SELECTORS } from '../consent/consent-containers';
import { SelectorList } from '../dom/selector-list';
import { ExpandableSections } from './expandable-sections';
import { openQuestionToggles, QuestionToggles } from './question-toggles';
import { TeaserLinks } from './teaser-links';
import { isDialogBackground } from './dialog-background';
import { isHiddenSlide } from './carousel-slides';
import { isShownFigure } from './shown-figures';

// Never content, whatever the page: code, controls, hidden parts, dialogs,
// menus, and cookie-consent prompts.
const NOT_CONTENT = new SelectorList([
  'script', 'style', 'link', 'template', 'svg', 'canvas', 'button', 'select', 'input', 'textarea', 'dialog', 'nav',
  '[hidden]', '[popover]', '[aria-hidden="true"]', '[role="dialog"]', '[role="alertdialog"]', '[role="navigation"]',
  ...CONSENT_CONTAINER_SELECTORS,
]);

// React numbers the parts in hexadecimal: S:9 is followed by S:a.
const STREAMED_PART = /^S:([\da-f]+)$/;
const COMMENT_NODE = 8;

/**
 * React's streamed server rendering sends late parts of a page in
 * `<div hidden id="S:n">`, for a script to put in place of `<template id="B:n">`
 * and the placeholder after it (up to `<!--/$-->`), or of a bare
 * `<template id="P:n">` (a segment, with no placeholder). A saved page still has
 * them hidden; a live page has already moved them, so this only acts on copies.
 */
function placeStreamedPart(part: Element, doc: Document): void {
  const n = STREAMED_PART.exec(part.id)?.[1] ?? '';
  const boundary = doc.getElementById(`B:${n}`);
  const slot = boundary ?? doc.getElementById(`P:${n}`);
  const parent = slot?.parentNode;
  if (!slot || !parent) return;
  if (boundary) {
    const placeholder: ChildNode[] = [];
    let end: ChildNode | null = slot.nextSibling;
    for (; end && !(end.nodeType === COMMENT_NODE && end.nodeValue === '/$'); end = end.nextSibling) placeholder.push(end);
    if (end) for (const node of placeholder) node.remove();
  }
  // The part was found whole, as hidden, so the scripts it carries (the page's data) were not.
  for (const el of Array.from(part.querySelectorAll('script, style'))) el.remove();
  while (part.firstChild) parent.insertBefore(part.firstChild, slot);
}

const isStreamedPart = (el: Element): boolean => STREAMED_PART.test(el.id) && el.hasAttribute('hidden');

// Copies made without what is never content: removing it again would walk them for nothing.
const cleanCopies = new WeakSet<Document>();
// Pages keeping teaser links hidden from screen readers only (teaser-links.ts).
const withTeaserLinks = new WeakSet<Document>();
// Pages keeping the buttons that hold an accordion's questions (question-toggles.ts).
const withQuestionToggles = new WeakSet<Document>();

/** Readability passes over what is hidden from screen readers: in the working copy, the teaser links kept are not. */
function unhideTeaserLinks(copy: Document): void {
  for (const link of Array.from(copy.querySelectorAll('a[aria-hidden="true"]'))) link.removeAttribute('aria-hidden');
}

/**
 * A tab panel hidden until its tab is picked (code for another language or OS,
 * a product's other tab): content the page shows on a click, unlike a hidden menu.
 */
function isHiddenTabPanel(el: Element): boolean {
  return el.getAttribute('role') === 'tabpanel';
}

/**
 * The outermost never-content parts under root, looking inside the sections a
 * button expands (expandable-sections.ts), teaser links hidden from screen readers only (teaser-links.ts),
 * buttons holding a question (question-toggles.ts), a carousel's slides out of view (carousel-slides.ts) and, with
 * `tabPanels`, hidden tab panels and a tile's figures hidden from screen readers only (shown-figures.ts) instead of taking them.
 */
function findNotContent(root: ParentNode, tabPanels: boolean, teasers: TeaserLinks, toggles: QuestionToggles, expandable = new ExpandableSections()): Element[] {
  const found = NOT_CONTENT.findAll(root, true);
  const sections = expandable.among(found);
  const shownLinks = teasers.among(found);
  const questions = toggles.among(found);
  const isPanel = (el: Element): boolean => (tabPanels && isHiddenTabPanel(el)) || sections.has(el) || shownLinks.has(el) || questions.has(el) || isDialogBackground(el) || isHiddenSlide(el) || (tabPanels && isShownFigure(el));
  // Judged once each: a figure's test reads the text of the card around it.
  const panels = new Set(found.filter(isPanel));
  if (!panels.size) return found;
  return found.flatMap((el) => (panels.has(el) ? findNotContent(el, tabPanels, teasers, toggles, expandable) : [el]));
}

/**
 * Removes from a working copy what is never content, in one walk of the page.
 * `known` is notContentOf(doc, tabPanels), when the caller has it already.
 */
export function removeNotContent(doc: Document, tabPanels = true, known?: readonly Element[]): void {
  if (cleanCopies.has(doc)) return;
  const found = known ?? notContentOf(doc, tabPanels);
  for (const el of found) if (isStreamedPart(el)) placeStreamedPart(el, doc);
  for (const el of found) el.remove();
  if (withTeaserLinks.has(doc)) unhideTeaserLinks(doc);
  if (withQuestionToggles.has(doc)) openQuestionToggles(doc);
  cleanCopies.add(doc);
}

/**
 * What is never content in the page, outermost parts only, in document order.
 * Sections a button expands are content; so are hidden tab panels with
 * `tabPanels` (not on a product's page, where they hold its reviews and shipping terms), and so are a listing's
 * figures hidden from screen readers only (a product's are its carousels' and pickers').
 */
export function notContentOf(doc: Document, tabPanels = true): Element[] {
  const teasers = new TeaserLinks();
  const toggles = new QuestionToggles();
  const found = findNotContent(doc, tabPanels, teasers, toggles);
  if (teasers.kept) withTeaserLinks.add(doc);
  if (toggles.kept) withQuestionToggles.add(doc);
  return found;
}

/**
 * A working copy of the page without what is never content. Scripts, styles
 * and SVG are often a third of a page's nodes: leaving them out of the copy
 * costs less than copying them and removing them after. Subtrees holding none
 * are copied whole (natively in a browser); only their ancestors are copied node by node.
 * `found` is notContentOf(doc, tabPanels), for a caller that copies the same page twice.
 */
export function copyWithoutNotContent(doc: Document, tabPanels = true, found: readonly Element[] = notContentOf(doc, tabPanels)): Document {
  let copy: Document;
  if (found.some(isStreamedPart)) {
    // Streamed parts are moved into place on the copy: rare, and simplest on a whole one.
    copy = doc.cloneNode(true) as Document;
    removeNotContent(copy, tabPanels);
  } else {
    const left = new Set<Node>(found);
    const holders = new Set<Node>();
    for (const el of found) for (let node = el.parentNode; node && !holders.has(node); node = node.parentNode) holders.add(node);
    const shell = doc.cloneNode(false) as Document;
    const copyChildren = (from: Node, to: Node): void => {
      // childNodes, not nextSibling: linkedom's doctype has no next sibling.
      for (const child of Array.from(from.childNodes)) {
        if (left.has(child)) continue;
        // Imported, not cloned: nodes made in the live page's document would load their images.
        const clone = shell.importNode(child, !holders.has(child));
        if (holders.has(child)) copyChildren(child, clone);
        to.appendChild(clone);
      }
    };
    copyChildren(doc, shell);
    copy = shell;
    if (withTeaserLinks.has(doc)) unhideTeaserLinks(copy);
    if (withQuestionToggles.has(doc)) openQuestionToggles(copy);
  }
  cleanCopies.add(copy);
  return copy;
}
