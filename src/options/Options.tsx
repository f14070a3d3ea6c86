import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { DEFAULT_NEWS_DOMAINS, loadSettings, saveSettings, watchSettings, type Settings } from '../shared/settings';
import { openDomains, type SiteLists } from '../shared/site-rules';
import { sendToBackground } from '../shared/messages';
import { parseDomainList } from './parse-domain-list';
import { requestHostAccess } from './host-access';
import { exportDomainList, mergeDomainLists } from './domain-file';
import { DomainListField } from './DomainListField';

type SiteChange = Partial<Pick<Settings, keyof SiteLists>>;
type Status = { text: string; alert: boolean } | null;

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  /** The domains the auto-open script runs on now (those of the lists with host access). */
  const [running, setRunning] = useState<string[] | null>(null);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<Status>(null);

  useEffect(() => {
    loadSettings().then(setSettings);
    // Applying is idempotent, and it answers with what runs now.
    sendToBackground({ type: 'auto/apply-settings' }).then(({ domains }) => setRunning(domains)).catch(() => setRunning(null));
    return watchSettings(setSettings);
  }, []);
  if (!settings) return <main data-state="loading" />;

  const apply = async (change: SiteChange, note: string): Promise<void> => {
    setSaving(true);
    try {
      setSettings(await saveSettings(change));
      setRunning((await sendToBackground({ type: 'auto/apply-settings' })).domains);
      setStatus({ text: note, alert: false });
    } catch (error) {
      setStatus({ text: t('optionsSaveFailed', error instanceof Error ? error.message : String(error)), alert: true });
    } finally {
      setSaving(false);
    }
  };

  /**
   * Saves a change to the lists, shown at once. When it adds sites to run on,
   * host access for every site in use is asked for first (the browser prompts
   * only for what is not granted yet). Turning the feature on without it is undone.
   */
  const change = async (next: SiteChange, note = t('optionsSaved')): Promise<void> => {
    const before = openDomains(settings);
    const after = openDomains({ ...settings, ...next });
    setSettings({ ...settings, ...next });
    setSaving(true);
    if (after.every((domain) => before.includes(domain))) return apply(next, note);
    const granted = await requestHostAccess(after);
    if (!granted && next.autoActivation) {
      setSettings(settings);
      setSaving(false);
      setStatus({ text: t('optionsPermissionRefused'), alert: true });
      return;
    }
    await apply(next, granted ? note : t('optionsAccessNotGranted'));
  };

  const onAutoActivation = (event: Event) => void change({ autoActivation: (event.currentTarget as HTMLInputElement).checked });
  const onList = (key: 'autoDomains' | 'alwaysDomains' | 'neverDomains') => (domains: string[]) => void change({ [key]: domains });
  const onImport = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const imported = parseDomainList(await file.text());
    input.value = '';
    const merged = mergeDomainLists(settings.autoDomains, imported);
    await change({ autoDomains: merged }, t('optionsImported', merged.length - settings.autoDomains.length));
  };
  const grantMissing = (missing: string[]) => void requestHostAccess(missing).then((granted) =>
    granted ? apply({}, t('optionsSaved')) : setStatus({ text: t('optionsAccessNotGranted'), alert: true }));

  const missing = running ? openDomains(settings).filter((domain) => !running.includes(domain)) : [];

  return (
    <main data-state={saving ? 'saving' : 'ready'}>
      <h1>{t('optionsTitle')}</h1>
      <section aria-labelledby="auto-title">
        <h2 id="auto-title">{t('optionsAutoSection')}</h2>
        <p class="help">{t('optionsAutoHelp')}</p>
        <p>
          <label>
            <input type="checkbox" data-setting="auto-activation" checked={settings.autoActivation} onChange={onAutoActivation} />
            {' '}{t('optionsAutoActivation')}
          </label>
        </p>
        <DomainListField name="auto-domains" label={t('optionsAutoDomains')} rows={12} domains={settings.autoDomains} onChange={onList('autoDomains')} />
        <p class="buttons">
          <button type="button" data-action="export-domains"
            onClick={() => exportDomainList(settings.autoDomains, 'lisible-news-sites.txt')}>{t('optionsExportDomains')}</button>
          <label class="file">
            {t('optionsImportDomains')}{' '}
            <input type="file" accept=".txt,text/plain" data-action="import-domains" onChange={onImport} />
          </label>
          <button type="button" data-action="reset-domains"
            onClick={() => void change({ autoDomains: [...DEFAULT_NEWS_DOMAINS] })}>{t('optionsResetDomains')}</button>
        </p>
      </section>
      <section aria-labelledby="rules-title">
        <h2 id="rules-title">{t('optionsSiteRules')}</h2>
        <DomainListField name="always-domains" label={t('optionsAlwaysDomains')} rows={4} domains={settings.alwaysDomains} onChange={onList('alwaysDomains')} />
        <DomainListField name="never-domains" label={t('optionsNeverDomains')} rows={4} domains={settings.neverDomains} onChange={onList('neverDomains')} />
      </section>
      {missing.length > 0 && !saving && (
        <p data-access-missing>
          {t('optionsAccessMissing', missing.length)}{' '}
          <button type="button" data-action="grant-access" onClick={() => grantMissing(missing)}>{t('optionsGrantAccess')}</button>
        </p>
      )}
      <p role="status" class={status?.alert ? 'error' : undefined}>{status?.text}</p>
    </main>
  );
}
