// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { handleConsent } from '../../../src/core/consent';
import { isShown, openHtml } from './jsdom-page';

const ARTICLE = `<main><article><h1>Harbour news</h1>${'<p>The ferry timetable changes next week, the council said on Tuesday.</p>'.repeat(12)}</article></main>`;

async function run(body: string): Promise<{ shown: (selector: string) => boolean; cmps: string[]; title: string }> {
  const page = openHtml(`<!DOCTYPE html><html><head><style>.fixed{position:fixed;left:0;right:0;bottom:0}</style></head><body>${body}</body></html>`);
  const report = await handleConsent(page.window, { watchMs: 0 });
  const doc = page.document;
  return {
    shown: (selector) => Array.from(doc.querySelectorAll(selector)).every(isShown),
    cmps: report.prompts.map((p) => p.cmp),
    title: doc.title,
  };
}

describe('generic fallback', () => {
  it('hides an unknown cookie bar and its backdrop, clicks nothing', async () => {
    const { shown, cmps, title } = await run(`${ARTICLE}<div class="veil" style="position:fixed;inset:0"></div>
      <div class="fixed bar"><p>Este sitio usa cookies propias y de terceros para analizar el tráfico y personalizar la publicidad.</p>
      <button onclick="document.title='clicked'">Aceptar</button></div>`);
    expect(cmps).toEqual(['generic']);
    expect(title).not.toBe('clicked');
    expect(shown('.bar')).toBe(false);
    expect(shown('.veil')).toBe(false);
    expect(shown('article')).toBe(true);
  });

  it('leaves overlays that are not about consent', async () => {
    const { shown, cmps } = await run(`${ARTICLE}
      <nav class="fixed sticky-nav" style="top:0;bottom:auto"><a href="/">Home</a> <a href="/cookies">Cookie settings</a></nav>
      <div class="fixed chat"><p>Questions about your order? Our support team answers within the hour, every day.</p><button>Start chat</button></div>
      <div class="fixed promo"><p>Subscribe to the newsletter: our privacy policy explains how we process personal data and consent.</p><a href="/nl">Sign up</a></div>`);
    expect(cmps).toEqual([]);
    expect(shown('.sticky-nav')).toBe(true);
    expect(shown('.chat')).toBe(true);
    expect(shown('.promo')).toBe(true);
  });

  it('hides an unknown prompt rendered in an open shadow root', async () => {
    // jsdom ignores shadow-root stylesheets: the prompt's position is inline here.
    const page = openHtml(`<!DOCTYPE html><html><body>${ARTICLE}<cookie-box></cookie-box><script>
      var root = document.querySelector('cookie-box').attachShadow({ mode: 'open' });
      root.innerHTML = '<div class="b" style="position:fixed;left:0;right:0;bottom:0"><p>Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.</p><button>Akzeptieren</button></div>';
    </script></body></html>`);
    const report = await handleConsent(page.window, { watchMs: 0 });
    expect(report.prompts.map((p) => p.cmp)).toEqual(['generic']);
    expect(isShown(page.document.querySelector('cookie-box')!.shadowRoot!.querySelector('.b')!)).toBe(false);
    expect(isShown(page.document.querySelector('article')!)).toBe(true);
    page.close();
  });

  it('never hides an overlay that holds the article', async () => {
    const { shown, cmps } = await run(`<div class="fixed shell" style="inset:0">${ARTICLE}
      <p>We use cookies and process personal data with your consent.</p><button>OK</button></div>`);
    expect(cmps).toEqual([]);
    expect(shown('.shell')).toBe(true);
  });

  it('hides a CMP frame it cannot read, and leaves ordinary embeds', async () => {
    const { shown, cmps } = await run(`${ARTICLE}
      <iframe class="video" src="https://video.example.org/embed/42?cookie=1" title="Video"></iframe>
      <div class="fixed cmp-box" style="inset:0"><iframe class="cmp" src="https://consent.example-cmp.net/notice" title="Consent notice"></iframe></div>`);
    expect(cmps).toEqual(['cmp-iframe']);
    expect(shown('.cmp-box')).toBe(false);
    expect(shown('.video')).toBe(true);
  });
});

describe('consent-or-pay in a frame that loads after detection', () => {
  it('re-checks before clicking and clicks nothing', async () => {
    const page = openHtml(`<!DOCTYPE html><html><body>${ARTICLE}
      <div id="sp_message_container_7" style="position:fixed;inset:0"><iframe id="sp_message_iframe_7"></iframe></div>
      <script>
        window.clicks = [];
        setTimeout(function () {
          var d = document.getElementById('sp_message_iframe_7').contentDocument;
          d.open();
          d.write('<p>Lesen Sie mit Werbung und Tracking, oder werbefrei im PUR-Abo für 2,99 € im Monat.</p>' +
            '<button class="sp_choice_type_11">Zustimmen</button><button class="sp_choice_type_13">Ablehnen</button>' +
            '<button class="sp_choice_type_9">Jetzt abonnieren</button>');
          d.close();
          d.addEventListener('click', function (e) { window.clicks.push(e.target.className); });
        }, 150);
      </script></body></html>`);
    try {
      const report = await handleConsent(page.window, { watchMs: 0 });
      expect(report.prompts[0]).toMatchObject({ cmp: 'sourcepoint', hidden: true, refused: false, consentOrPay: true });
      expect((page.window as unknown as { clicks: string[] }).clicks).toEqual([]);
    } finally {
      page.close();
    }
  });
});
