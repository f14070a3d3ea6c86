import { isForbiddenLabel } from './labels';
import { labelOf, resolve } from './select';
import type { Step } from './types';
import { isVisible } from './visibility';

const POLL_MS = 50;
const DEFAULT_TIMEOUT_MS = 2000;

export interface StepContext {
  doc: Document;
  win: Window;
  /** Checked before every click: false when the prompt turned out to be a consent-or-pay wall. */
  mayClick: () => boolean;
}

function sleep(win: Window, ms: number): Promise<void> {
  return new Promise((resolveSleep) => win.setTimeout(resolveSleep, ms));
}

/** Clicks designated controls, skipping anything that reads as accept or pay. */
function click(ctx: StepContext, targets: Element[], all: boolean): boolean {
  if (targets.length === 0 || !ctx.mayClick()) return false;
  const allowed = targets.filter((el) => !isForbiddenLabel(labelOf(el)));
  const chosen = all ? allowed : allowed.slice(0, 1);
  for (const el of chosen) (el as HTMLElement).click();
  return chosen.length > 0;
}

async function waitFor(ctx: StepContext, find: () => Element[], timeout: number): Promise<Element[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = find();
    if (found.length > 0 || Date.now() >= deadline) return found;
    await sleep(ctx.win, POLL_MS);
  }
}

async function runStep(ctx: StepContext, step: Step): Promise<boolean> {
  if ('exists' in step) return resolve(ctx.doc, step.exists, step.text).length > 0;
  if ('visible' in step) return resolve(ctx.doc, step.visible, step.text).some(isVisible);
  if ('click' in step) {
    return click(ctx, resolve(ctx.doc, step.click, step.text), step.all === true) || step.optional === true;
  }
  if ('waitForThenClick' in step) {
    const found = await waitFor(ctx, () => resolve(ctx.doc, step.waitForThenClick, step.text), step.timeout ?? DEFAULT_TIMEOUT_MS);
    return click(ctx, found, false) || step.optional === true;
  }
  if ('waitFor' in step) {
    const found = await waitFor(ctx, () => resolve(ctx.doc, step.waitFor, step.text), step.timeout ?? DEFAULT_TIMEOUT_MS);
    return found.length > 0 || step.optional === true;
  }
  if ('wait' in step) {
    await sleep(ctx.win, step.wait);
    return true;
  }
  if ('if' in step) {
    return (await runStep(ctx, step.if)) ? runSteps(ctx, step.then) : runSteps(ctx, step.else ?? []);
  }
  for (const branch of step.oneOf) {
    if (await runSteps(ctx, branch)) return true;
  }
  return false;
}

/** Runs steps in order; false as soon as one fails. Bounded by the steps' own timeouts, not by the watcher. */
export async function runSteps(ctx: StepContext, steps: readonly Step[]): Promise<boolean> {
  for (const step of steps) {
    if (!(await runStep(ctx, step))) return false;
  }
  return true;
}

/** Synchronous evaluation of presence checks (exists / visible / oneOf of them). */
export function checkNow(doc: Document, steps: readonly Step[]): boolean {
  return steps.every((step) => {
    if ('exists' in step) return resolve(doc, step.exists, step.text).length > 0;
    if ('visible' in step) return resolve(doc, step.visible, step.text).some(isVisible);
    if ('oneOf' in step) return step.oneOf.some((branch) => checkNow(doc, branch));
    return false;
  });
}
