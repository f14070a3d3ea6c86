// Lengths of text as if its whitespace runs were collapsed to one space,
// counted without building the collapsed string (pages measure thousands of them).

/** The characters `\s` and `trim()` treat as whitespace. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** `text.replace(/\s+/g, ' ').length` */
export function collapsedLength(text: string): number {
  let n = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      if (!inSpace) n++;
      inSpace = true;
    } else {
      n++;
      inSpace = false;
    }
  }
  return n;
}

/** `text.replace(/\s+/g, ' ').trim().length` */
export function collapsedTrimmedLength(text: string): number {
  let n = 0;
  let started = false, pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      pendingSpace = started;
    } else {
      if (pendingSpace) n++;
      n++;
      started = true;
      pendingSpace = false;
    }
  }
  return n;
}
