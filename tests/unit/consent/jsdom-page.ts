import { JSDOM, VirtualConsole } from 'jsdom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stopConsentWatch } from '../../../src/core/consent';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/consent');

export type ElementSelector = string | string[];

export interface Sidecar {
  id: string;
  file: string;
  cmp: string;
  expectedDecision: string;
  consentOrPay?: boolean;
  overlaySelectors: ElementSelector[];
  forbiddenSelectors: ElementSelector[];
  mustRemainVisible: string[];
  appearance: { delayMs: number };
}

export function sidecar(id: string): Sidecar {
  return JSON.parse(readFileSync(join(FIXTURES, `${id}.json`), 'utf8')) as Sidecar;
}

export function fixtureIds(): string[] {
  return ['appconsent-iframe', 'axeptio-shadow', 'complianz-locks', 'consentmanager-shadow', 'cookiebot-underlay',
    'cookieyes-overlay', 'didomi-pay-wall', 'didomi-two-layer', 'iubenda-late', 'klaro-login-newsletter',
    'tarteaucitron-modal', 'unknown-cmp-generic'];
}

export const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

function displayed(el: Element, win: Window): boolean {
  for (let node: Element | null = el; node; ) {
    if (win.getComputedStyle(node).display === 'none') return false;
    const parent: Node | null = node.parentNode;
    node = node.parentElement ?? (parent && 'host' in parent ? (parent as ShadowRoot).host : null);
  }
  const frame = win.frameElement;
  return frame ? displayed(frame, frame.ownerDocument.defaultView as Window) : true;
}

/** jsdom has no layout: every rendered element gets the viewport's box, hidden ones an empty box. */
function stubLayout(win: Window & typeof globalThis): void {
  const proto = win.Element.prototype as Element & { __stubbed?: boolean };
  if (proto.__stubbed) return;
  proto.__stubbed = true;
  proto.getBoundingClientRect = function (this: Element): DOMRect {
    const [w, h] = displayed(this, win) ? [win.innerWidth, win.innerHeight] : [0, 0];
    return { x: 0, y: 0, left: 0, top: 0, right: w, bottom: h, width: w, height: h, toJSON: () => ({}) } as DOMRect;
  };
}

export interface FixturePage {
  window: Window & typeof globalThis;
  document: Document;
  /** Script errors of the page (jsdom's "not implemented" notices excluded). */
  errors: string[];
  close(): void;
}

/** Loads a fixture with its scripts running, as a page would (no layout: see stubLayout). */
export function openFixture(id: string): FixturePage {
  return openHtml(readFileSync(join(FIXTURES, `${id}.html`), 'utf8'), `http://127.0.0.1/${id}.html`);
}

export function openHtml(html: string, url = 'http://127.0.0.1/page.html'): FixturePage {
  const virtualConsole = new VirtualConsole();
  const errors: string[] = [];
  virtualConsole.on('jsdomError', (error) => {
    if (!/Not implemented/.test(error.message)) errors.push(error.message);
  });
  const dom = new JSDOM(html, { url, runScripts: 'dangerously', pretendToBeVisual: true, virtualConsole });
  const win = dom.window as unknown as Window & typeof globalThis;
  stubLayout(win);
  // Frames created later get their own Element prototype.
  const frames = setInterval(() => {
    for (const frame of Array.from(win.document.querySelectorAll('iframe'))) {
      const inner = frame.contentWindow as (Window & typeof globalThis) | null;
      if (inner) stubLayout(inner);
    }
  }, 5);
  return { window: win, document: win.document, errors, close: () => { clearInterval(frames); dom.window.close(); } };
}

/** ElementSelector semantics of the consent README (shadow roots, same-origin iframes). */
export function resolveAll(doc: Document, selector: ElementSelector): Element[] {
  const chain = typeof selector === 'string' ? [selector] : selector;
  let scopes: ParentNode[] = [doc];
  let found: Element[] = [];
  chain.forEach((part, i) => {
    found = scopes.flatMap((scope) => Array.from(scope.querySelectorAll(part)));
    if (i < chain.length - 1) {
      scopes = found.map((el) => el.shadowRoot ?? (el as HTMLIFrameElement).contentDocument ?? el);
    }
  });
  return found;
}

export function isShown(el: Element): boolean {
  return displayed(el, el.ownerDocument.defaultView as Window);
}

/** Opens a fixture for one test and always stops the engine's watch and closes the page. */
export async function withFixture(id: string, test: (page: FixturePage) => Promise<void>): Promise<void> {
  const page = openFixture(id);
  try {
    await test(page);
  } finally {
    stopConsentWatch(page.window);
    page.close();
  }
}

/** The consent decision the fixture's CMP recorded last, if any. */
export const decisionOf = (page: FixturePage): string | null => page.document.documentElement.getAttribute('data-fixture-consent');

export function decisionsOf(page: FixturePage): string[] {
  const fixture = (page.window as unknown as { __consentFixture: { events: { decision: string }[] } }).__consentFixture;
  return fixture.events.map((event) => event.decision);
}

export function scrollLocks(page: FixturePage): string[] {
  const { window: win, document: doc } = page;
  const locks: string[] = [];
  if (/hidden|clip/.test(win.getComputedStyle(doc.documentElement).overflowY)) locks.push('html');
  if (/hidden|clip/.test(win.getComputedStyle(doc.body).overflowY)) locks.push('body');
  if (win.getComputedStyle(doc.body).position === 'fixed') locks.push('body fixed');
  return locks;
}

/** Polls until `done()` holds or `timeoutMs` passed (the machine may be slow: no fixed sleeps). */
export async function waitUntil(done: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done() && Date.now() < deadline) await sleep(25);
}
