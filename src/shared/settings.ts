import browser from 'webextension-polyfill';

export type Theme = 'light' | 'sepia' | 'dark' | 'auto';
export type FontFamily = 'serif' | 'sans' | 'dyslexic';

export interface Settings {
  version: 1;
  theme: Theme;
  font: FontFamily;
  /** Body text size in CSS px. */
  fontSize: number;
  /** Maximum line length in `ch`. */
  contentWidth: number;
  lineHeight: number;
  autoActivation: boolean;
  autoDomains: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  theme: 'auto',
  font: 'serif',
  fontSize: 20,
  contentWidth: 68,
  lineHeight: 1.6,
  autoActivation: false,
  autoDomains: [],
};

const KEY = 'settings';

/** Stored settings over the defaults: keys added in a later version get their default. */
export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.sync.get(KEY))[KEY] as Partial<Settings> | undefined;
  return { ...DEFAULT_SETTINGS, ...stored, version: DEFAULT_SETTINGS.version };
}

export async function saveSettings(change: Partial<Omit<Settings, 'version'>>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...change };
  await browser.storage.sync.set({ [KEY]: next });
  return next;
}

/** Calls back with the new settings whenever they change, from any page of the extension. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'sync' && changes[KEY]) void loadSettings().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
