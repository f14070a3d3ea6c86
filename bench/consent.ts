/**
 * Consent bench: every page of <corpus>/consent is loaded in Chromium, the toolbar
 * button is clicked as a user would, and the page is judged by its JSON sidecar as
 * that folder's README says. Prints one line per page, a total and the time from
 * the prompt being visible to it being gone.
 *
 *   npm run bench:consent -- [--corpus DIR] [--extension DIR] [--inject] [--only ID]
 *
 * --corpus (or LISIBLE_CORPUS) defaults to ../shared/corpus from the repo root;
 * `--corpus tests/fixtures` runs the repo's own consent fixtures.
 * --extension: the unpacked extension to load (default dist/).
 * --inject skips the extension: the engine bundle is injected into each page and
 * called directly (to work on the engine without the extension build).
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { JSDOM } from 'jsdom';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readArticle } from '../src/core/read-article';
import type { DomWindow } from '../src/core/types';
import { CHROMIUM, ROOT, clickToolbarButton, launchWithExtension, openPopupFor, tabIdOf, type Extension } from '../tests/e2e/harness';
import { serveFolder } from '../tests/e2e/serve';

type ElementSelector = string | string[];

interface Sidecar {
  id: string;
  file: string;
  isArticle: boolean;
  expectedDecision: string;
  overlaySelectors: ElementSelector[];
  forbiddenSelectors: ElementSelector[];
  mustRemainVisible: string[];
  appearance: { mode: string; delayMs: number };
  articleTitle: string | null;
  articleFirstSentence: string | null;
  articleLastSentence: string | null;
  consentTextSample: string | null;
  boilerplateSamples?: string[];
}

interface Timing {
  /** performance.now() when the prompt was first seen visible, and when it stopped being visible. */
  shownAt: number | null;
  goneAt: number | null;
}

interface Verdict {
  id: string;
  failures: string[];
  /** ms from "prompt visible and toolbar clicked" to the prompt gone. */
  ms: number | null;
  late: boolean;
}

const NEVER = ['accepted', 'partial', 'subscribe'];
/** Click the button once the prompt is shown, but no later than this after load: later prompts test the watcher. */
const CLICK_AT_LATEST_MS = 1500;

const args = parseArgs({
  options: {
    corpus: { type: 'string' }, extension: { type: 'string' }, inject: { type: 'boolean', default: false }, only: { type: 'string' },
  },
}).values;
const corpusRoot = resolve(ROOT, args.corpus ?? process.env.LISIBLE_CORPUS ?? '../shared/corpus');
const folder = join(corpusRoot, 'consent');
const extensionDir = resolve(ROOT, args.extension ?? 'dist');

const normalize = (text: string): string => text.normalize('NFC').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** Page-side helpers, shared by the timing probe and the judge (ElementSelector semantics of the README). */
const PAGE_HELPERS = `
window.__benchResolve = function (sel) {
  var chain = typeof sel === 'string' ? [sel] : sel, scopes = [document], found = [];
  chain.forEach(function (part, i) {
    found = [];
    scopes.forEach(function (s) { found.push.apply(found, Array.prototype.slice.call(s.querySelectorAll(part))); });
    if (i < chain.length - 1) scopes = found.map(function (el) {
      if (el.shadowRoot) return el.shadowRoot;
      try { if (el.contentDocument) return el.contentDocument; } catch (e) {}
      return el;
    });
  });
  return found;
};
window.__benchVisible = function (el) {
  var r = el.getBoundingClientRect();
  if (r.width < 2 || r.height < 2) return false;
  if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
  var frame = el.ownerDocument.defaultView.frameElement;
  return frame ? window.__benchVisible(frame) : true;
};
window.__benchShown = function (selectors) {
  return selectors.some(function (s) { return window.__benchResolve(s).some(window.__benchVisible); });
};
// Every click target, frames included (each frame runs these helpers and reports to
// the top one), kept even after the CMP removes the element, to catch a forbidden click.
window.__benchClicks = [];
document.addEventListener('click', function (e) {
  var sink = window;
  try { if (window.top.__benchClicks) sink = window.top; } catch (err) {}
  sink.__benchClicks.push(e.composedPath()[0]);
}, true);
window.__benchClickedAny = function (sel) {
  var last = typeof sel === 'string' ? sel : sel[sel.length - 1];
  return window.__benchClicks.some(function (t) { return t.closest && t.closest(last) !== null; });
};
// Main-world probe: when the prompt is first visible and when it stops being visible.
window.__benchProbe = function (selectors) {
  var t = window.__benchTiming = { shownAt: null, goneAt: null };
  function check() {
    var shown = window.__benchShown(selectors);
    if (shown && t.shownAt === null) t.shownAt = performance.now();
    if (shown) t.goneAt = null;
    else if (t.shownAt !== null && t.goneAt === null) t.goneAt = performance.now();
  }
  function tick() { check(); setTimeout(tick, 5); }
  document.addEventListener('DOMContentLoaded', function () {
    tick();
    // Mutations too: timers may be throttled, and a prompt can come and go within one.
    new MutationObserver(check).observe(document.documentElement, { childList: true, subtree: true, attributes: true });
  });
};
// The README's checks that run in the page (the wheel scroll is done from outside).
window.__benchJudge = function (s) {
  var stillShown = s.overlaySelectors.filter(function (sel) { return window.__benchResolve(sel).some(window.__benchVisible); }).map(String);
  var hidden = s.mustRemainVisible.filter(function (sel) { return !Array.prototype.some.call(document.querySelectorAll(sel), window.__benchVisible); });
  var html = getComputedStyle(document.documentElement), body = getComputedStyle(document.body);
  var locks = [];
  if (/hidden|clip/.test(html.overflowY)) locks.push('html overflow-y');
  if (/hidden|clip/.test(body.overflowY)) locks.push('body overflow-y');
  if (body.position === 'fixed') locks.push('body fixed');
  var occluded = false;
  var container = s.isArticle && s.mustRemainVisible[1] ? document.querySelector(s.mustRemainVisible[1]) : null;
  var paragraph = container && (container.querySelector('p') || container);
  if (paragraph) {
    paragraph.scrollIntoView({ block: 'center' });
    var r = paragraph.getBoundingClientRect();
    var hit = document.elementFromPoint(r.left + Math.min(20, r.width / 2), r.top + r.height / 2);
    occluded = !hit || !container.contains(hit);
  }
  var fixture = window.__consentFixture;
  var forbidden = s.forbiddenSelectors.filter(window.__benchClickedAny).map(String);
  return {
    stillShown: stillShown, hidden: hidden, locks: locks, occluded: occluded, forbidden: forbidden,
    decision: document.documentElement.getAttribute('data-fixture-consent'),
    decisions: (fixture ? fixture.events : []).map(function (e) { return e.decision; }),
    timing: window.__benchTiming,
  };
};`;

async function engineBundle(): Promise<string> {
  const out = await build({
    entryPoints: [join(ROOT, 'src/core/consent/index.ts')],
    bundle: true, format: 'iife', globalName: 'LisibleConsent', write: false,
  });
  return out.outputFiles[0]!.text;
}

async function judge(runner: Runner, page: Page, sidecar: Sidecar, clickAt: number): Promise<Verdict> {
  const failures: string[] = [];
  type PageState = {
    stillShown: string[]; hidden: string[]; locks: string[]; occluded: boolean; forbidden: string[];
    decision: string | null; decisions: string[]; timing: Timing;
  };
  const state = await page.evaluate((s) => (window as unknown as { __benchJudge(x: Sidecar): PageState }).__benchJudge(s), sidecar);

  if (state.stillShown.length > 0) failures.push(`overlay visible: ${state.stillShown.join(' | ')}`);
  if (state.occluded) failures.push('article occluded');
  if (state.decision !== sidecar.expectedDecision) failures.push(`decision ${state.decision}, expected ${sidecar.expectedDecision}`);
  const bad = state.decisions.filter((d) => NEVER.includes(d));
  if (bad.length > 0) failures.push(`NEVER-ALLOWED decision recorded: ${bad.join(', ')}`);
  if (state.forbidden.length > 0) failures.push(`NEVER-ALLOWED control clicked: ${state.forbidden.join(' | ')}`);
  if (state.locks.length > 0) failures.push(`scroll locked: ${state.locks.join(', ')}`);
  if (state.hidden.length > 0) failures.push(`content hidden: ${state.hidden.join(', ')}`);

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.mouse.move(640, 450);
  await page.mouse.wheel(0, 900);
  await page.waitForTimeout(400);
  if ((await page.evaluate(() => window.scrollY)) <= 0) failures.push('wheel does not scroll');

  failures.push(...await checkExtraction(runner, page, sidecar));

  const { shownAt, goneAt } = state.timing;
  const late = shownAt !== null && shownAt > clickAt;
  const ms = shownAt !== null && goneAt !== null ? Math.max(0, goneAt - Math.max(shownAt, clickAt)) : null;
  if (shownAt === null) failures.push('prompt never seen (probe)');
  return { id: sidecar.id, failures, ms, late };
}

/** The core's extraction on the final DOM: article intact, consent text out; controls reported as not articles. */
async function checkExtraction(runner: Runner, page: Page, sidecar: Sidecar): Promise<string[]> {
  const dom = new JSDOM(await page.content(), { url: page.url() });
  const article = readArticle(dom.window.document, { window: dom.window as unknown as DomWindow, url: page.url() });
  dom.window.close();
  const failures: string[] = [];
  const isArticle = await runner.isArticle(page, article?.isArticle ?? false);
  if (isArticle !== sidecar.isArticle) failures.push(sidecar.isArticle ? 'article reported as not an article' : 'control page reported as an article');
  if (!sidecar.isArticle) return failures;
  if (!article) return [...failures, 'no article extracted'];
  const text = normalize(`${article.title}\n${article.text}`);
  for (const [name, expected] of [
    ['title', sidecar.articleTitle], ['first sentence', sidecar.articleFirstSentence], ['last sentence', sidecar.articleLastSentence],
  ] as const) {
    if (expected && !text.includes(normalize(expected))) failures.push(`extract misses ${name}`);
  }
  if (sidecar.consentTextSample && text.includes(normalize(sidecar.consentTextSample))) failures.push('consent text in extract');
  for (const sample of sidecar.boilerplateSamples ?? []) {
    if (text.includes(normalize(sample))) failures.push(`boilerplate in extract: ${sample.slice(0, 30)}`);
  }
  return failures;
}

interface Runner {
  context: BrowserContext;
  /** What a user's click on the toolbar button does. */
  click(page: Page): Promise<void>;
  /** Whether the page is reported as an article (the popup's answer, or the core's in --inject mode). */
  isArticle(page: Page, coreAnswer: boolean): Promise<boolean>;
  close(): Promise<void>;
}

async function extensionRunner(): Promise<Runner> {
  const ext: Extension = await launchWithExtension({ extensionDir });
  return {
    context: ext.context,
    click: (page) => clickToolbarButton(ext, page),
    isArticle: async (page) => {
      const popup = await openPopupFor(ext, await tabIdOf(ext, page));
      const notArticle = await popup.locator('[data-not-article]').count();
      await popup.close();
      return notArticle === 0;
    },
    close: () => ext.close(),
  };
}

async function injectRunner(): Promise<Runner> {
  const bundle = await engineBundle();
  const browser = await chromium.launch({
    executablePath: CHROMIUM, headless: !process.env.HEADED,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  return {
    context,
    click: async (page) => {
      await page.addScriptTag({ content: bundle });
      await page.evaluate(() => { void (window as unknown as { LisibleConsent: { handleConsent(w: Window): Promise<unknown> } }).LisibleConsent.handleConsent(window); });
    },
    isArticle: async (_page, coreAnswer) => coreAnswer,
    close: () => browser.close(),
  };
}

async function runPage(runner: Runner, origin: string, sidecar: Sidecar): Promise<Verdict> {
  const page = await runner.context.newPage();
  try {
    await page.addInitScript(PAGE_HELPERS);
    await page.addInitScript(`window.__benchProbe(${JSON.stringify(sidecar.overlaySelectors)});`);
    await page.goto(`${origin}/${sidecar.file}`, { waitUntil: 'load' });
    // A user clicks once the prompt is there; prompts that come later are the watcher's job.
    await page.waitForFunction(
      (latest) => document.documentElement.getAttribute('data-fixture-consent') === 'pending' || performance.now() > latest,
      CLICK_AT_LATEST_MS, { polling: 20 },
    );
    await page.waitForTimeout(100);
    const clickAt = await page.evaluate(() => performance.now());
    await runner.click(page);
    // The real popup may take the focus; the page stays the visible tab, as for a user.
    await page.bringToFront();
    const judgeAt = sidecar.appearance.delayMs + 3500;
    const now = await page.evaluate(() => performance.now());
    await page.waitForTimeout(Math.max(1500, judgeAt - now));
    return await judge(runner, page, sidecar, clickAt);
  } catch (error) {
    return { id: sidecar.id, failures: [`error: ${(error as Error).message.split('\n')[0]}`], ms: null, late: false };
  } finally {
    await page.close();
  }
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function main(): Promise<void> {
  if (!existsSync(folder)) {
    console.log(`No consent corpus at ${folder} (set --corpus or LISIBLE_CORPUS): nothing to measure.`);
    return;
  }
  if (!args.inject && !existsSync(join(extensionDir, 'manifest.json'))) {
    console.error(`${extensionDir}/manifest.json is missing: run \`npm run build:chrome\` first (or pass --inject).`);
    process.exit(2);
  }
  const sidecars: Sidecar[] = [];
  for (const name of (await readdir(folder)).filter((f) => f.endsWith('.json')).sort()) {
    const sidecar = JSON.parse(await readFile(join(folder, name), 'utf8')) as Sidecar;
    if (!args.only || sidecar.id === args.only) sidecars.push(sidecar);
  }
  const served = await serveFolder(folder);
  const runner = args.inject ? await injectRunner() : await extensionRunner();
  console.log(`consent bench: ${sidecars.length} pages, ${args.inject ? 'engine injected' : `extension from ${extensionDir}`}, Chromium ${CHROMIUM}`);
  const verdicts: Verdict[] = [];
  try {
    for (const sidecar of sidecars) {
      const verdict = await runPage(runner, served.origin, sidecar);
      verdicts.push(verdict);
      const time = verdict.ms === null ? '   n/a' : `${String(Math.round(verdict.ms)).padStart(4)} ms`;
      const status = verdict.failures.length === 0 ? 'PASS' : 'FAIL';
      console.log(`${status}  ${sidecar.id.padEnd(36)} ${time} ${verdict.late ? '(late prompt)' : '(after click) '}  ${verdict.failures.join('; ')}`);
    }
  } finally {
    await runner.close();
    await served.close();
  }
  const passed = verdicts.filter((v) => v.failures.length === 0).length;
  const shown = verdicts.filter((v) => !v.late && v.ms !== null).map((v) => v.ms!);
  const late = verdicts.filter((v) => v.late && v.ms !== null).map((v) => v.ms!);
  const fmt = (n: number | null): string => (n === null ? 'n/a' : `${Math.round(n)} ms`);
  console.log(`total: ${passed}/${verdicts.length} pass`);
  console.log(`prompt visible → gone: median ${fmt(median(shown))} after the click (target ≤ 300 ms, n=${shown.length}), `
    + `median ${fmt(median(late))} for later prompts (target ≤ 500 ms, n=${late.length})`);
  if (passed < verdicts.length) process.exitCode = 1;
}

await main();
