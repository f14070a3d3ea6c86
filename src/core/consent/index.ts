import { ConsentSession } from './session';
import type { ConsentOptions, ConsentReport } from './types';

export type { ConsentOptions, ConsentReport, PromptOutcome, CmpRule, Step, ElementSelector } from './types';
export { CONSENT_CONTAINER_SELECTORS } from './consent-containers';
export { unhideAll as restoreConsentPrompts } from './hide';

const sessions = new WeakMap<Window, ConsentSession>();

/**
 * Hides the consent prompts of a page, refuses where refusing is free, removes
 * scroll locks, then keeps watching `watchMs` for late prompts and re-applied locks.
 * Resolves once the prompts present now are dealt with. A new call replaces the
 * watcher of an earlier one on the same window.
 */
export function handleConsent(win: Window, options: ConsentOptions = {}): Promise<ConsentReport> {
  sessions.get(win)?.stop();
  const session = new ConsentSession(win, options);
  sessions.set(win, session);
  return session.start();
}

/** Stops watching the window (the prompts hidden so far stay hidden). */
export function stopConsentWatch(win: Window): void {
  sessions.get(win)?.stop();
  sessions.delete(win);
}
