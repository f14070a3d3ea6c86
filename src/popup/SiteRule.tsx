import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { sendToBackground } from '../shared/messages';
import { loadSettings, saveSettings, type Settings } from '../shared/settings';
import { ruleFor, siteDomain, withRule, type SiteRule as Rule } from '../shared/site-rules';
import { requestHostAccess } from '../options/host-access';

type State = { host: string; settings: Settings; refused: boolean };

/** "Always open Lisible on this site" / "Never on this site" for the popup's tab; pressing the set rule again clears it. */
export function SiteRule({ tabId }: { tabId: number }) {
  const [state, setState] = useState<State | null>(null);

  useEffect(() => {
    Promise.all([browser.tabs.get(tabId), loadSettings()])
      .then(([tab, settings]) => {
        const url = tab.url ? new URL(tab.url) : null;
        if (url && /^https?:$/.test(url.protocol)) setState({ host: url.hostname, settings, refused: false });
      })
      .catch(() => setState(null));
  }, [tabId]);
  if (!state) return null;

  const { host, settings } = state;
  const current = ruleFor(host, settings);
  const domain = siteDomain(host, settings);

  const set = (rule: Rule) => {
    const next = rule === current ? null : rule;
    // Both start within the click: the prompt shows only during it, and the popup
    // may close while the browser asks, so the rule is stored without waiting. The
    // background registers the site once access is granted (permissions.onAdded).
    const access = next === 'always' ? requestHostAccess([domain]) : Promise.resolve(true);
    const saved = saveSettings(withRule(settings, domain, next));
    void Promise.all([access, saved]).then(async ([granted, stored]) => {
      const kept = granted ? stored : await saveSettings(withRule(stored, domain, current));
      await sendToBackground({ type: 'auto/apply-settings' });
      setState({ host, settings: kept, refused: !granted });
    });
  };

  return (
    <section class="actions" aria-label={t('popupSiteRule', domain)} data-site-rule={current ?? 'default'}>
      <button type="button" data-action="site-always" aria-pressed={current === 'always'} onClick={() => set('always')}>
        {current === 'always' && <span aria-hidden="true">✓ </span>}{t('popupSiteAlways')}
      </button>
      <button type="button" data-action="site-never" aria-pressed={current === 'never'} onClick={() => set('never')}>
        {current === 'never' && <span aria-hidden="true">✓ </span>}{t('popupSiteNever')}
      </button>
      {state.refused && <p role="alert" class="error">{t('popupSiteAccessRefused')}</p>}
    </section>
  );
}
