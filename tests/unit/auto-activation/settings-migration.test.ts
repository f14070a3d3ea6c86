import { describe, expect, it, vi } from 'vitest';

// The settings module reads storage through the polyfill, which refuses to load outside an extension.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { DEFAULT_SETTINGS, DEFAULT_NEWS_DOMAINS, migrateSettings } = await import('../../../src/shared/settings');

describe('settings migration to version 2', () => {
  it('gives a fresh install the defaults: off, with the news list', () => {
    const settings = migrateSettings(undefined);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings.autoActivation).toBe(false);
    expect(settings.autoDomains).toEqual(DEFAULT_NEWS_DOMAINS);
  });

  it('keeps every value stored by version 1 and adds the per-site lists', () => {
    const v1 = { version: 1, theme: 'dark' as const, fontSize: 24, autoActivation: true, autoDomains: ['example.org'] };
    expect(migrateSettings(v1)).toEqual({
      ...DEFAULT_SETTINGS, theme: 'dark', fontSize: 24, autoActivation: true, autoDomains: ['example.org'],
      alwaysDomains: [], neverDomains: [], version: 2,
    });
  });

  it('reads the empty list version 1 stored as its default as the news list', () => {
    expect(migrateSettings({ version: 1, autoDomains: [] }).autoDomains).toEqual(DEFAULT_NEWS_DOMAINS);
  });

  it('keeps an empty list emptied on purpose under version 2', () => {
    expect(migrateSettings({ version: 2, autoDomains: [] }).autoDomains).toEqual([]);
  });
});
