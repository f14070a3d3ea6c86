import { gunzipSync } from 'node:zlib';

/**
 * Pages bigger than this are cut: bounded work per page, whatever the input.
 * Pages carrying their data inline pass 4 MB (3 of the 1,582 zyte-dev and
 * wcxb-dev pages, one of which lost its grid at 4 MB).
 */
export const MAX_PAGE_BYTES = 8 * 1024 * 1024;
const MAX_GUNZIPPED_BYTES = 64 * 1024 * 1024;

/** A problem with the input itself, worded for the user. */
export class InputError extends Error {}

/** Reads the charset a page declares in its first bytes (BOM or meta), if any. */
function declaredCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

function decoderFor(charset: string | null): TextDecoder {
  try {
    return new TextDecoder(charset ?? 'utf-8');
  } catch {
    return new TextDecoder('utf-8');
  }
}

/** True when the bytes look like a binary file rather than text (NUL bytes in UTF-8/8-bit text). */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  if (sample[0] === 0xff && sample[1] === 0xfe) return false;
  if (sample[0] === 0xfe && sample[1] === 0xff) return false;
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 8 || (b > 13 && b < 32 && b !== 27)) controls++;
  }
  return controls > sample.length * 0.1;
}

/** Gunzips if needed and decodes page bytes to a string, honouring a declared charset. */
export function decodePage(raw: Uint8Array, gzipped: boolean): string {
  let bytes = raw;
  if (gzipped || (raw[0] === 0x1f && raw[1] === 0x8b)) {
    try {
      bytes = gunzipSync(raw, { maxOutputLength: MAX_GUNZIPPED_BYTES });
    } catch (err) {
      if (err instanceof RangeError) throw new InputError('The page is larger than 64 MB once unzipped.');
      throw new InputError('The file is not valid gzip data.');
    }
  }
  if (looksBinary(bytes)) throw new InputError('The file is binary, not HTML or text.');
  const text = decoderFor(declaredCharset(bytes)).decode(bytes.subarray(0, MAX_PAGE_BYTES));
  return text;
}
