// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { handleConsent, restoreConsentPrompts, stopConsentWatch } from '../../../src/core/consent';
import { isShown, openFixture, resolveAll, sidecar, sleep, type FixturePage } from './jsdom-page';

async function withFixture(id: string, test: (page: FixturePage) => Promise<void>): Promise<void> {
  const page = openFixture(id);
  try {
    await test(page);
  } finally {
    stopConsentWatch(page.window);
    page.close();
  }
}

const shownOverlays = (page: FixturePage, id: string): Element[] =>
  sidecar(id).overlaySelectors.flatMap((selector) => resolveAll(page.document, selector)).filter(isShown);

const decision = (page: FixturePage): string | null => page.document.documentElement.getAttribute('data-fixture-consent');

describe.concurrent('timing and watching', () => {
  it('hides a prompt already shown by the time the promise resolves, in well under 300 ms', () => withFixture('cookiebot-underlay', async (page) => {
    await sleep(sidecar('cookiebot-underlay').appearance.delayMs + 150);
    expect(shownOverlays(page, 'cookiebot-underlay').length).toBeGreaterThan(0);
    const start = performance.now();
    const report = await handleConsent(page.window, { watchMs: 0 });
    expect(performance.now() - start).toBeLessThan(300);
    expect(shownOverlays(page, 'cookiebot-underlay')).toEqual([]);
    expect(report.prompts.map((p) => [p.cmp, p.hidden, p.refused])).toEqual([['cookiebot', true, true]]);
    expect(report.unlocked).toBe(true);
    expect(report.watching).toBe(false);
  }));

  it('catches a prompt that appears late while watching', () => withFixture('iubenda-late', async (page) => {
    const first = await handleConsent(page.window, { watchMs: 4000 });
    expect(first.prompts).toEqual([]);
    expect(first.watching).toBe(true);
    await sleep(sidecar('iubenda-late').appearance.delayMs + 500);
    expect(shownOverlays(page, 'iubenda-late')).toEqual([]);
    expect(decision(page)).toBe('rejected');
  }));

  it('stops watching after watchMs', () => withFixture('iubenda-late', async (page) => {
    const reports: boolean[] = [];
    await handleConsent(page.window, { watchMs: 800, onReport: (r) => reports.push(r.watching) });
    await sleep(sidecar('iubenda-late').appearance.delayMs + 400);
    expect(reports).toEqual([false]);
    expect(shownOverlays(page, 'iubenda-late').length).toBeGreaterThan(0);
    expect(decision(page)).toBe('pending');
  }));

  it('stops watching when the signal aborts', () => withFixture('iubenda-late', async (page) => {
    const controller = new AbortController();
    await handleConsent(page.window, { watchMs: 6000, signal: controller.signal });
    controller.abort();
    await sleep(sidecar('iubenda-late').appearance.delayMs + 400);
    expect(decision(page)).toBe('pending');
  }));

  it('keeps the page scrollable while the CMP re-applies its lock', () => withFixture('complianz-locks', async (page) => {
    await handleConsent(page.window, { watchMs: 3000 });
    for (let i = 0; i < 6; i += 1) {
      await sleep(150);
      if (decision(page) !== 'pending' && decision(page) !== 'none') break;
    }
    const html = page.window.getComputedStyle(page.document.documentElement).overflowY;
    expect(html).not.toMatch(/hidden|clip/);
  }));

  it('can undo its hiding', () => withFixture('unknown-cmp-generic', async (page) => {
    await sleep(sidecar('unknown-cmp-generic').appearance.delayMs + 100);
    await handleConsent(page.window, { watchMs: 0 });
    expect(shownOverlays(page, 'unknown-cmp-generic')).toEqual([]);
    restoreConsentPrompts(page.document);
    expect(shownOverlays(page, 'unknown-cmp-generic').length).toBe(2);
  }));
});
