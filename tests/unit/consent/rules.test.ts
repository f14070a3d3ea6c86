import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { CONSENT_CONTAINER_SELECTORS } from '../../../src/core/consent/consent-containers';
import { SelectorList } from '../../../src/core/dom/selector-list';
import { CMP_RULES } from '../../../src/core/consent/rules';

const ENGINE = join(import.meta.dirname, '../../../src/core/consent');

const CMPS = ['didomi', 'sirdata', 'onetrust', 'sourcepoint', 'usercentrics', 'inmobi-choice', 'funding-choices', 'cookiebot',
  'consentmanager', 'trustarc', 'axeptio', 'tarteaucitron', 'cookieyes', 'complianz', 'iubenda', 'commanders-act', 'appconsent', 'klaro'];

const PAGE = `<html><body><main><article><h1>Title</h1><p>Body text of the article.</p></article></main>
<div id="didomi-host"><div id="didomi-popup">Pour gérer vos consentements</div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk">We use cookies</div></div>
<div id="sp_message_container_123"><iframe id="sp_message_iframe_123"></iframe></div>
<div id="usercentrics-root"></div><div class="fc-consent-root"></div><div id="sd-cmp"></div>
<div data-lisible-consent-hidden="">Koekjes</div></body></html>`;

describe('rules', () => {
  it('cover the 18 CMPs of the issue', () => {
    expect(CMP_RULES.map((rule) => rule.name).sort()).toEqual([...CMPS].sort());
  });

  it('are plain data (JSON round-trip keeps them whole)', () => {
    expect(JSON.parse(JSON.stringify(CMP_RULES))).toEqual(CMP_RULES);
  });

  it('use valid selectors and label patterns', () => {
    const { document } = new JSDOM('').window;
    const selectors: string[] = [];
    const patterns: string[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          if (key === 'text' && typeof inner === 'string') patterns.push(inner);
          else if (['exists', 'visible', 'click', 'waitForThenClick', 'waitFor'].includes(key)) selectors.push(...[inner].flat() as string[]);
          else walk(inner);
        }
      }
    };
    for (const rule of CMP_RULES) {
      walk([rule.detectCmp, rule.detectPopup, rule.optOut]);
      selectors.push(...rule.prehideSelectors.flat(), ...(rule.payWallSelectors ?? []).flat());
    }
    for (const selector of selectors) expect(() => document.querySelectorAll(selector), selector).not.toThrow();
    for (const pattern of patterns) expect(() => new RegExp(pattern, 'i')).not.toThrow();
  });

  it('never read or write the fixtures\' test hooks', () => {
    for (const file of readdirSync(ENGINE).filter((name) => name.endsWith('.ts'))) {
      const source = readFileSync(join(ENGINE, file), 'utf8');
      expect(source, file).not.toMatch(/data-fixture-consent|__consentFixture|__fxRecord/);
    }
  });
});

describe('consent container selectors', () => {
  const findConsentContainers = (root: ParentNode): Element[] => new SelectorList(CONSENT_CONTAINER_SELECTORS).findAll(root);

  it('finds CMP containers from the rule data and leaves the article (jsdom)', () => {
    const found = findConsentContainers(new JSDOM(PAGE).window.document);
    expect(found.map((el) => el.id || el.className || el.getAttribute('data-lisible-consent-hidden'))).toEqual([
      'didomi-host', 'didomi-popup', 'onetrust-consent-sdk', 'onetrust-banner-sdk', 'sp_message_container_123',
      'sp_message_iframe_123', 'usercentrics-root', 'fc-consent-root', 'sd-cmp', '',
    ]);
    expect(found.some((el) => el.closest('article'))).toBe(false);
  });

  it('works on linkedom documents', () => {
    const { document } = parseHTML(PAGE);
    expect(findConsentContainers(document as unknown as ParentNode)).toHaveLength(10);
  });
});
