import { describe, expect, it } from 'vitest';
import { repairDoubleEncoded, repairDoubleEncodedNodes } from '../../../src/core/text/double-encoded';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

// UTF-8 bytes read one per character, as Latin-1 or Windows-1252 read them (Node's decoder reads
// windows-1252 as Latin-1, so its 0x80–0x9F are spelled out here).
const asLatin1 = (text: string): string => String.fromCharCode(...new TextEncoder().encode(text));
const WINDOWS_1252_HIGH: Record<string, string> = { '\x80': '€', '\x82': '‚', '\x84': '„', '\x85': '…', '\x8c': 'Œ', '\x93': '“', '\x94': '”', '\x97': '—', '\x98': '˜', '\x99': '™', '\x9c': 'œ', '\x9f': 'Ÿ' };
const asWindows1252 = (text: string): string => asLatin1(text).replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_HIGH[c] ?? c);

describe('double-encoded text', () => {
  it('is mended whether the bytes were read as Windows-1252 or as Latin-1', () => {
    const text = 'The Earth’s “systems” — été, cœur, Łódź, 5 °C, ★ ⭐ 😀 …';
    expect(asWindows1252(text)).toContain('â€™');
    expect(repairDoubleEncoded(asWindows1252(text))).toBe(text);
    expect(repairDoubleEncoded(asLatin1(text))).toBe(text);
    expect(repairDoubleEncoded(`cats.${asLatin1('\u00a0')}`)).toBe('cats.\u00a0');
  });

  it('leaves text that only looks like it as written', () => {
    for (const text of ['Straße“ und Ärger', 'Ã bientôt', 'São Paulo, Â', 'â€ alone', 'null', '']) expect(repairDoubleEncoded(text)).toBe(text);
    expect(repairDoubleEncoded(null)).toBeNull();
  });

  it('is mended in every text node of an element', () => {
    const doc = parseWithLinkedom(`<html><body><div id="c"><p>isn${asWindows1252('’')}t <b>caf${asWindows1252('é')}</b></p></div></body></html>`);
    const content = doc.getElementById('c')!;
    repairDoubleEncodedNodes(content);
    expect(content.textContent).toBe('isn’t café');
  });
});
