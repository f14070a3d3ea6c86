import browser, { type Storage } from 'webextension-polyfill';
import newsDomains from '../../data/news-domains.json';

export type Theme = 'light' | 'sepia' | 'dark' | 'auto';
export type FontFamily = 'serif' | 'sans' | 'dyslexic';

export interface Settings {
  version: 2;
  theme: Theme;
  font: FontFamily;
  /** Body text size in CSS px. */
  fontSize: number;
  /** Maximum line length in `ch`. */
  contentWidth: number;
  lineHeight: number;
  /** Articles on the sites of autoDomains open in the reader view by themselves. */
  autoActivation: boolean;
  autoDomains: string[];
  /** Sites where articles open by themselves even with autoActivation off. */
  alwaysDomains: string[];
  /** Sites where they never do: wins over the two lists above. */
  neverDomains: string[];
}

/** The default news list (data/news-domains.json, grouped by country there). */
export const DEFAULT_NEWS_DOMAINS: readonly string[] = Object.values(newsDomains).flat();

export const DEFAULT_SETTINGS: Settings = {
  version: 2,
  theme: 'auto',
  font: 'serif',
  fontSize: 20,
  contentWidth: 68,
  lineHeight: 1.6,
  autoActivation: false,
  autoDomains: [...DEFAULT_NEWS_DOMAINS],
  alwaysDomains: [],
  neverDomains: [],
};

const KEY = 'settings';

type StoredSettings = Partial<Omit<Settings, 'version'>> & { version?: number };

/** Stored settings over the defaults: keys added in a later version get their default. */
export async function loadSettings(): Promise<Settings> {
  return migrateSettings((await browser.storage.sync.get(KEY))[KEY] as StoredSettings | undefined);
}

/**
 * Brings settings stored by an earlier version to this one, keeping every value.
 * Version 1 had an empty news list as its default and no way to fill it but by
 * hand, so an empty list stored by it means "never set" and gets today's list.
 */
export function migrateSettings(stored: StoredSettings | undefined): Settings {
  const fromV1 = stored !== undefined && (stored.version ?? 1) < 2;
  const unsetList = fromV1 && (stored.autoDomains ?? []).length === 0;
  return {
    ...DEFAULT_SETTINGS,
    ...stored,
    ...(unsetList ? { autoDomains: DEFAULT_SETTINGS.autoDomains } : {}),
    version: DEFAULT_SETTINGS.version,
  };
}

export async function saveSettings(change: Partial<Omit<Settings, 'version'>>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...change };
  await browser.storage.sync.set({ [KEY]: next });
  return next;
}

/** Calls back with the new settings whenever they change, from any page of the extension. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, Storage.StorageChange>, area: string) => {
    if (area === 'sync' && changes[KEY]) void loadSettings().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
