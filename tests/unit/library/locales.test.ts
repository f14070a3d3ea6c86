import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const read = (lang: string) => JSON.parse(readFileSync(join(import.meta.dirname, `../../../_locales/${lang}/messages.json`), 'utf8')) as Messages;

describe('library strings', () => {
  const en = read('en');
  const fr = read('fr');
  const keys = Object.keys(en).filter((key) => key.startsWith('library'));

  it('exist in English and French with the same placeholders', () => {
    expect(keys.length).toBeGreaterThan(30);
    for (const key of keys) {
      expect(fr[key], key).toBeDefined();
      expect(Object.keys(fr[key]!.placeholders ?? {}).sort(), key).toEqual(Object.keys(en[key]!.placeholders ?? {}).sort());
      for (const name of Object.keys(en[key]!.placeholders ?? {})) expect(fr[key]!.message, key).toContain(`$${name.toUpperCase()}$`);
    }
  });
});
