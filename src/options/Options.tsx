import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { loadSettings, saveSettings, type Settings } from '../shared/settings';
import { parseDomainList } from './parse-domain-list';

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [message, setMessage] = useState('');

  useEffect(() => { loadSettings().then(setSettings); }, []);
  if (!settings) return <main data-state="loading" />;

  const update = async (change: Partial<Settings>) => {
    setSettings(await saveSettings(change));
    setMessage(t('optionsSaved'));
  };

  return (
    <main data-state="ready">
      <h1>{t('optionsTitle')}</h1>
      <p>
        <label>
          <input type="checkbox" data-setting="auto-activation" checked={settings.autoActivation}
            onChange={(e) => update({ autoActivation: (e.target as HTMLInputElement).checked })} />
          {' '}{t('optionsAutoActivation')}
        </label>
      </p>
      <p>
        <label for="auto-domains">{t('optionsAutoDomains')}</label><br />
        <textarea id="auto-domains" data-setting="auto-domains" rows={12} cols={40}
          value={settings.autoDomains.join('\n')}
          onChange={(e) => update({ autoDomains: parseDomainList((e.target as HTMLTextAreaElement).value) })} />
      </p>
      <p role="status">{message}</p>
    </main>
  );
}
