import { deepQueryAll, deepText } from './deep';
import { findBackdrops, findCmpFrames, findConsentOverlays } from './fallback';
import { HIDDEN_ATTR, addHidingRules, hideElement } from './hide';
import { looksLikePayOption, looksLikePayWallText } from './labels';
import { CMP_RULES } from './rules';
import { pinScrollable, unlockScroll } from './scroll-lock';
import { labelOf, resolve } from './select';
import { checkNow, runSteps, type StepContext } from './steps';
import type { CmpRule, ConsentOptions, ConsentReport, PromptOutcome } from './types';

const DEFAULT_WATCH_MS = 6000;
/** Shadow roots and iframes are not seen by the document's MutationObserver: poll them. */
const POLL_MS = 200;
/** The fallback walks the whole page only every this many polls; mutations are checked at once. */
const FULL_SCAN_EVERY = 5;
const MUTATION_DELAY_MS = 20;
const PAGE_WIDE_MIN_MS = 250;
/** The first report waits at most this long for refusals (a cross-origin frame never answers). */
const FIRST_REPORT_MAX_MS = 1000;

const CONTROLS = 'button, a, [role=button], input[type=button], input[type=submit]';

/** One run of the engine on one window: handles prompts now, then watches for a while. */
export class ConsentSession {
  private readonly doc: Document;
  private readonly handled = new Set<string>();
  private readonly prompts: PromptOutcome[] = [];
  private readonly lockClasses: string[] = [];
  private dirty = new Set<Element>();
  private readonly deadline: number;
  private observer: MutationObserver | null = null;
  private pollTimer: number | undefined;
  private mutationTimer: number | undefined;
  private polls = 0;
  private lastFullScan = 0;
  private unlocked = false;
  /** Times a lock had to be removed; more than once means the CMP puts it back. */
  private unlocks = 0;
  private stopped = false;

  constructor(private readonly win: Window, private readonly options: ConsentOptions) {
    this.doc = win.document;
    this.deadline = Date.now() + (options.watchMs ?? DEFAULT_WATCH_MS);
  }

  async start(): Promise<ConsentReport> {
    const refusals = this.scan(true);
    if (this.options.signal?.aborted || Date.now() >= this.deadline) this.stop();
    else this.watch();
    if (refusals.length > 0) {
      await Promise.race([Promise.all(refusals), new Promise((done) => this.win.setTimeout(done, FIRST_REPORT_MAX_MS))]);
    }
    return this.report();
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.observer?.disconnect();
    this.win.clearInterval(this.pollTimer);
    this.win.clearTimeout(this.mutationTimer);
    this.emit();
  }

  private report(): ConsentReport {
    return { prompts: this.prompts.map((p) => ({ ...p })), unlocked: this.unlocked, watching: !this.stopped };
  }

  private emit(): void {
    this.options.onReport?.(this.report());
  }

  private watch(): void {
    this.options.signal?.addEventListener('abort', () => this.stop(), { once: true });
    const Observer = (this.win as Window & typeof globalThis).MutationObserver;
    this.observer = new Observer((records) => this.onMutations(records));
    this.observer.observe(this.doc.documentElement, {
      childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style', 'hidden', 'open'],
    });
    this.pollTimer = this.win.setInterval(() => {
      if (Date.now() >= this.deadline) return this.stop();
      this.polls += 1;
      this.scan(this.polls % FULL_SCAN_EVERY === 0);
    }, POLL_MS);
  }

  private onMutations(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'childList') {
        record.addedNodes.forEach((node) => { if (node.nodeType === 1) this.dirty.add(node as Element); });
      } else if (record.target.nodeType === 1) {
        this.dirty.add(record.target as Element);
      }
    }
    if (this.mutationTimer === undefined && this.dirty.size > 0) {
      this.mutationTimer = this.win.setTimeout(() => {
        this.mutationTimer = undefined;
        if (Date.now() >= this.deadline) return this.stop();
        // A class on html/body can reveal a prompt anywhere: walk the page, at most every 250 ms.
        const pageWide = this.dirty.has(this.doc.documentElement) || (this.doc.body !== null && this.dirty.has(this.doc.body));
        this.scan(pageWide && Date.now() - this.lastFullScan >= PAGE_WIDE_MIN_MS);
      }, MUTATION_DELAY_MS);
    }
  }

  /** Deals with every prompt visible now; returns the refusals still running. */
  private scan(full: boolean): Promise<void>[] {
    const refusals: Promise<void>[] = [];
    for (const rule of CMP_RULES) {
      if (this.handled.has(rule.name) || !checkNow(this.doc, rule.detectCmp) || !checkNow(this.doc, rule.detectPopup)) continue;
      refusals.push(this.handleRule(rule));
    }
    const body = this.doc.body;
    const dirtyRoots = this.takeDirty();
    if (full) this.lastFullScan = Date.now();
    const roots = full && body ? [body] : dirtyRoots;
    const skip = (el: Element): boolean => el.closest(`[${HIDDEN_ATTR}]`) !== null;
    for (const overlay of findConsentOverlays(this.win, roots, skip)) this.hideUnknown('generic', overlay);
    for (const frame of findCmpFrames(this.win, skip)) this.hideUnknown('cmp-iframe', frame);
    this.unlock();
    return refusals;
  }

  /** Changed elements whose ancestors did not change too (their subtrees cover the rest). */
  private takeDirty(): Element[] {
    const dirty = this.dirty;
    const skipped = new Set<Element>([this.doc.documentElement, this.doc.body]);
    const roots = Array.from(dirty).filter((el) => {
      if (!el.isConnected || skipped.has(el)) return false;
      for (let parent = el.parentElement; parent; parent = parent.parentElement) {
        if (dirty.has(parent) && !skipped.has(parent)) return false;
      }
      return true;
    });
    this.dirty = new Set();
    return roots;
  }

  private handleRule(rule: CmpRule): Promise<void> {
    const seenAt = performance.now();
    this.handled.add(rule.name);
    const targets = rule.prehideSelectors.flatMap((selector) => resolve(this.doc, selector));
    const consentOrPay = this.isPayWall(rule, targets);
    addHidingRules(this.doc, rule.prehideSelectors.filter((s): s is string => typeof s === 'string'));
    this.hideWithBackdrops(targets);
    this.lockClasses.push(...(rule.scrollLockClasses ?? []));
    const outcome: PromptOutcome = { cmp: rule.name, hidden: true, refused: false, consentOrPay, hideMs: Math.round(performance.now() - seenAt) };
    this.prompts.push(outcome);
    this.unlock();
    this.emit();
    if (consentOrPay) return Promise.resolve();
    const ctx: StepContext = {
      doc: this.doc,
      win: this.win,
      // Frames load after detection: look again for a pay option before each click.
      mayClick: () => {
        outcome.consentOrPay = this.isPayWall(rule, targets);
        return !outcome.consentOrPay;
      },
    };
    return runSteps(ctx, rule.optOut).then((refused) => {
      outcome.refused = refused;
      // Some CMPs leave their lock behind after the choice.
      this.unlock();
      this.emit();
    });
  }

  /** A consent-or-pay wall: refusing leads to a subscription, so nothing may be clicked. */
  private isPayWall(rule: CmpRule, targets: Element[]): boolean {
    if ((rule.payWallSelectors ?? []).some((selector) => resolve(this.doc, selector).length > 0)) return true;
    return targets.some((target) => deepQueryAll(target, CONTROLS).some((control) => looksLikePayOption(labelOf(control)))
      || looksLikePayWallText(deepText(target)));
  }

  private hideUnknown(cmp: string, el: Element): void {
    const seenAt = performance.now();
    this.hideWithBackdrops([el]);
    this.prompts.push({ cmp, hidden: true, refused: false, consentOrPay: false, hideMs: Math.round(performance.now() - seenAt) });
    this.emit();
  }

  private hideWithBackdrops(targets: Element[]): void {
    for (const target of targets) hideElement(target);
    const topLevel = targets.filter((target) => target.ownerDocument === this.doc && target.getRootNode() === this.doc);
    for (const target of topLevel) {
      for (const backdrop of findBackdrops(target, this.win)) hideElement(backdrop);
    }
  }

  private unlock(): void {
    if (this.prompts.length === 0 || !unlockScroll(this.win, this.lockClasses)) return;
    this.unlocks += 1;
    if (this.unlocks === 2) pinScrollable(this.win);
    if (!this.unlocked) {
      this.unlocked = true;
      this.emit();
    }
  }
}
