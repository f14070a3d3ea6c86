/**
 * Rule data shapes: an autoconsent-compatible subset (detectCmp / detectPopup /
 * optOut steps, prehideSelectors) plus a few fields autoconsent does not have.
 */

/**
 * A CSS selector, or a chain of them: each next selector runs inside the previous
 * match's open shadow root, else its same-origin iframe document, else its subtree.
 */
export type ElementSelector = string | readonly string[];

interface SelectorStep {
  /** Case-insensitive regular expression the element's label must match. */
  text?: string;
}

export type Step =
  | ({ exists: ElementSelector } & SelectorStep)
  | ({ visible: ElementSelector } & SelectorStep)
  | ({ click: ElementSelector; all?: boolean; optional?: boolean } & SelectorStep)
  | ({ waitForThenClick: ElementSelector; timeout?: number; optional?: boolean } & SelectorStep)
  | ({ waitFor: ElementSelector; timeout?: number; optional?: boolean } & SelectorStep)
  | { wait: number }
  | { if: Step; then: readonly Step[]; else?: readonly Step[] }
  /** Alternatives tried in order; the first sequence that fully succeeds wins. */
  | { oneOf: readonly (readonly Step[])[] };

export interface CmpRule {
  name: string;
  /** Cheap presence check: the CMP's script is on the page. */
  detectCmp: readonly Step[];
  /** The prompt is shown now. */
  detectPopup: readonly Step[];
  /** Steps that record a refusal; never an accept or a pay option. */
  optOut: readonly Step[];
  /** Everything the prompt paints (dialog, banner, backdrop, underlay). */
  prehideSelectors: readonly ElementSelector[];
  /** Present when refusing is only possible by paying: hide, never click. */
  payWallSelectors?: readonly ElementSelector[];
  /** Scroll-lock classes the CMP puts on html/body; a trailing '*' makes a prefix. */
  scrollLockClasses?: readonly string[];
}

/** What was done about one prompt. No page data beyond the CMP's name. */
export interface PromptOutcome {
  /** Rule name, 'generic' for the fallback, 'cmp-iframe' for a cross-origin CMP frame. */
  cmp: string;
  hidden: boolean;
  refused: boolean;
  /** Refusing needed a subscription: only hidden, nothing clicked. */
  consentOrPay: boolean;
  /** Milliseconds from the prompt being seen to it being hidden. */
  hideMs: number;
}

export interface ConsentReport {
  prompts: PromptOutcome[];
  /** A scroll lock was removed from html/body. */
  unlocked: boolean;
  /** The watcher still looks for late prompts and re-applied locks. */
  watching: boolean;
}

export interface ConsentOptions {
  /** How long to keep watching after the call, in ms (default 6000; 0 = no watching). */
  watchMs?: number;
  /** Called with a fresh report whenever a later prompt or lock is dealt with. */
  onReport?: (report: ConsentReport) => void;
  /** Stops the watcher when aborted. */
  signal?: AbortSignal;
}
