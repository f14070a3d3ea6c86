// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { handleConsent, restoreConsentPrompts } from '../../../src/core/consent';
import { decisionOf, isShown, openHtml, resolveAll, sidecar, sleep, waitUntil, withFixture, type FixturePage } from './jsdom-page';

const shownOverlays = (page: FixturePage, id: string): Element[] =>
  sidecar(id).overlaySelectors.flatMap((selector) => resolveAll(page.document, selector)).filter(isShown);

describe.concurrent('timing and watching', () => {
  it('hides a prompt already shown synchronously, within the call', () => withFixture('cookiebot-underlay', async (page) => {
    await waitUntil(() => shownOverlays(page, 'cookiebot-underlay').length === 2, 4000);
    expect(shownOverlays(page, 'cookiebot-underlay').length).toBe(2);
    const running = handleConsent(page.window, { watchMs: 0 });
    expect(shownOverlays(page, 'cookiebot-underlay')).toEqual([]);
    const report = await running;
    expect(report.prompts.map((p) => [p.cmp, p.hidden, p.refused])).toEqual([['cookiebot', true, true]]);
    expect(report.unlocked).toBe(true);
    expect(report.watching).toBe(false);
  }));

  it('finishes a two-layer refusal even when it does not watch', () => withFixture('didomi-two-layer', async (page) => {
    await waitUntil(() => decisionOf(page) === 'pending', 4000);
    const report = await handleConsent(page.window, { watchMs: 0 });
    expect(report.watching).toBe(false);
    await waitUntil(() => decisionOf(page) === 'rejected', 4000);
    expect(decisionOf(page)).toBe('rejected');
  }));

  it('catches a prompt that appears late while watching', () => withFixture('iubenda-late', async (page) => {
    const first = await handleConsent(page.window, { watchMs: 8000 });
    expect(first.prompts).toEqual([]);
    expect(first.watching).toBe(true);
    await waitUntil(() => decisionOf(page) === 'rejected', sidecar('iubenda-late').appearance.delayMs + 4000);
    expect(shownOverlays(page, 'iubenda-late')).toEqual([]);
    expect(decisionOf(page)).toBe('rejected');
  }));

  it('stops watching after watchMs', () => withFixture('iubenda-late', async (page) => {
    const reports: boolean[] = [];
    await handleConsent(page.window, { watchMs: 800, onReport: (r) => reports.push(r.watching) });
    await waitUntil(() => decisionOf(page) === 'pending', sidecar('iubenda-late').appearance.delayMs + 4000);
    await sleep(400);
    expect(reports).toEqual([false]);
    expect(shownOverlays(page, 'iubenda-late').length).toBeGreaterThan(0);
    expect(decisionOf(page)).toBe('pending');
  }));

  it('stops watching when the signal aborts', () => withFixture('iubenda-late', async (page) => {
    const controller = new AbortController();
    await handleConsent(page.window, { watchMs: 6000, signal: controller.signal });
    controller.abort();
    await waitUntil(() => decisionOf(page) === 'pending', sidecar('iubenda-late').appearance.delayMs + 4000);
    await sleep(400);
    expect(decisionOf(page)).toBe('pending');
  }));

  it('keeps the page scrollable while the CMP re-applies its lock', () => withFixture('complianz-locks', async (page) => {
    await waitUntil(() => decisionOf(page) === 'pending', 4000);
    await handleConsent(page.window, { watchMs: 5000 });
    // The CMP puts its lock back every 250 ms until the refusal lands.
    await waitUntil(() => decisionOf(page) === 'rejected', 4000);
    await sleep(600);
    const html = page.window.getComputedStyle(page.document.documentElement).overflowY;
    expect(html).not.toMatch(/hidden|clip/);
  }));

  it('keeps the page scrollable after watching when the CMP keeps re-applying its lock', async () => {
    const page = openHtml(`<!DOCTYPE html><html><head><style>body.locked{overflow-y:hidden!important}
      .bar{position:fixed;left:0;right:0;bottom:0}</style></head><body><main><p>Story.</p></main>
      <div class="bar"><p>Nós e os nossos parceiros utilizamos cookies para personalizar anúncios.</p><button>Aceitar</button></div>
      <script>setInterval(function () {
        document.body.classList.add('locked'); document.documentElement.style.overflowY = 'hidden';
      }, 100);</script></body></html>`);
    try {
      await handleConsent(page.window, { watchMs: 1500 });
      await sleep(2500);
      expect(page.window.getComputedStyle(page.document.body).overflowY).not.toMatch(/hidden|clip/);
      expect(page.window.getComputedStyle(page.document.documentElement).overflowY).not.toMatch(/hidden|clip/);
    } finally {
      page.close();
    }
  });

  it('can undo its hiding', () => withFixture('unknown-cmp-generic', async (page) => {
    await waitUntil(() => shownOverlays(page, 'unknown-cmp-generic').length === 2, 4000);
    await handleConsent(page.window, { watchMs: 0 });
    expect(shownOverlays(page, 'unknown-cmp-generic')).toEqual([]);
    restoreConsentPrompts(page.document);
    expect(shownOverlays(page, 'unknown-cmp-generic').length).toBe(2);
  }));
});
