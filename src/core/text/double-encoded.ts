import { textNodes } from '../dom/text-nodes';

// Bytes 0x80–0x9F as Windows-1252 reads them; the five it leaves undefined read as C1 controls, as they do
// when the whole range was read as Latin-1.
const CP1252 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';
const HIGH = CP1252.replace(/[\x80-\x9f]/g, '');
const TRAIL = `[\\x80-\\xbf${HIGH}]`;
// UTF-8 read as one of those and written back as UTF-8: a letter of Latin-1 ("Ã©" for é, "Â" before a no-break
// space), a Latin ligature ("Å“" for œ), punctuation, symbols and stars ("â€™", "â­"), an emoji ("ðŸ˜€").
// Leads and second bytes are kept to those ranges: a real letter followed by a quote ("ß“") stays as written.
const DOUBLE_ENCODED = new RegExp(`[\\xc2\\xc3\\xc5]${TRAIL}|\\xe2[\\x80-\\x9f\\xac\\xad${HIGH}]${TRAIL}|\\xf0[\\x9fŸ]${TRAIL}{2}`, 'g');
const LEADS = /[\xc2\xc3\xc5\xe2\xf0]/;
// Throws on bytes that are not UTF-8: such a sequence was real text.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

function byteOf(char: string): number {
  const code = char.charCodeAt(0);
  return code >= 0x80 && code <= 0xff ? code : 0x80 + CP1252.indexOf(char);
}

function decodeSequence(sequence: string): string {
  try {
    return UTF8.decode(Uint8Array.from([...sequence], byteOf));
  } catch {
    return sequence;
  }
}

/**
 * Mends text whose UTF-8 was read as Windows-1252 (or Latin-1) and saved again ("isnâ€™t" → "isn’t"): a
 * common fault of sites whose database and pages disagree on the encoding, and of pages saved from them.
 */
export function repairDoubleEncoded(text: string): string;
export function repairDoubleEncoded(text: string | null): string | null;
export function repairDoubleEncoded(text: string | null): string | null {
  return text && LEADS.test(text) ? text.replace(DOUBLE_ENCODED, decodeSequence) : text;
}

/** Mends the double-encoded text under `root`, node by node. */
export function repairDoubleEncodedNodes(root: Element): void {
  for (const node of textNodes(root)) {
    const value = node.nodeValue ?? '';
    const repaired = repairDoubleEncoded(value);
    if (repaired !== value) node.nodeValue = repaired;
  }
}
