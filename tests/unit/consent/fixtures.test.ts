// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { handleConsent, type ConsentReport } from '../../../src/core/consent';
import { decisionOf, decisionsOf, fixtureIds, isShown, resolveAll, scrollLocks, sidecar, sleep, waitUntil, withFixture } from './jsdom-page';

const NEVER = ['accepted', 'partial', 'subscribe'];
const EXPECTED_CMP: Record<string, string> = {
  'appconsent-iframe': 'appconsent', 'axeptio-shadow': 'axeptio', 'complianz-locks': 'complianz',
  'consentmanager-shadow': 'consentmanager', 'cookiebot-underlay': 'cookiebot', 'cookieyes-overlay': 'cookieyes',
  'didomi-pay-wall': 'didomi', 'didomi-two-layer': 'didomi', 'iubenda-late': 'iubenda', 'klaro-login-newsletter': 'klaro',
  'tarteaucitron-modal': 'tarteaucitron', 'unknown-cmp-generic': 'generic',
};

describe.concurrent('consent engine on the fixtures (started before the prompt appears)', () => {
  for (const id of fixtureIds()) {
    it(id, () => withFixture(id, async (page) => {
      const expected = sidecar(id);
      const reports: ConsentReport[] = [];
      await handleConsent(page.window, { watchMs: expected.appearance.delayMs + 5000, onReport: (r) => reports.push(r) });
      const hiddenNow = (): boolean => expected.overlaySelectors.every((selector) => !resolveAll(page.document, selector).some(isShown));
      await waitUntil(() => hiddenNow() && decisionOf(page) === expected.expectedDecision && scrollLocks(page).length === 0, expected.appearance.delayMs + 4000);
      // Long enough for a re-applied lock or a late wrong click to show.
      await sleep(400);

      for (const selector of expected.overlaySelectors) {
        expect(resolveAll(page.document, selector).filter(isShown), `overlay ${String(selector)}`).toEqual([]);
      }
      expect(decisionOf(page)).toBe(expected.expectedDecision);
      expect(decisionsOf(page).filter((d) => NEVER.includes(d))).toEqual([]);
      expect(scrollLocks(page)).toEqual([]);
      for (const selector of expected.mustRemainVisible) {
        const found = Array.from(page.document.querySelectorAll(selector));
        expect(found.length, selector).toBeGreaterThan(0);
        expect(found.every(isShown), selector).toBe(true);
      }
      const last = reports.at(-1);
      const prompt = last?.prompts.find((p) => p.cmp === EXPECTED_CMP[id]);
      expect(prompt, JSON.stringify(last)).toBeDefined();
      expect(prompt?.hidden).toBe(true);
      expect(prompt?.refused).toBe(expected.expectedDecision === 'rejected');
      expect(prompt?.consentOrPay).toBe(expected.consentOrPay === true);
      expect(page.errors).toEqual([]);
    }));
  }
});

describe('forms the user fills stay untouched', () => {
  it('keeps the login and newsletter values and never submits', () => withFixture('klaro-login-newsletter', async (page) => {
    const email = page.document.querySelector<HTMLInputElement>('#email')!;
    email.value = 'reader@example.org';
    let submitted = 0;
    page.document.addEventListener('submit', () => { submitted += 1; }, true);
    await handleConsent(page.window, { watchMs: 5000 });
    await waitUntil(() => decisionOf(page) === 'rejected', 4000);
    expect(email.value).toBe('reader@example.org');
    expect(submitted).toBe(0);
    expect(page.document.querySelector('.login-panel')!.hasAttribute('data-lisible-consent-hidden')).toBe(false);
    expect(page.document.querySelector('.newsletter-modal')!.hasAttribute('data-lisible-consent-hidden')).toBe(false);
  }));
});
