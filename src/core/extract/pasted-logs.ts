import { collapsedLength } from '../text/collapsed-length';

// A code block in a post longer than this is a pasted log or dump (a build's
// output, a traceback of a hundred frames), not code quoted to be read
// (measured on WCXB dev threads: quoted code 1.8k chars at most, logs 7k to 17k).
const MAX_CODE_CHARS = 4000;
// What the thread shows of a log in its scroll box, and readers read: its
// first lines, about this long; the words around the log say what it shows.
const HEAD_CHARS = 1500;

/** Cuts the logs pasted in a post's body to their first lines, at a line's end when there is one. */
export function cutPastedLogs(body: Element): void {
  for (const code of Array.from(body.querySelectorAll('pre, code'))) {
    if (!code.parentNode || collapsedLength(code.textContent ?? '') <= MAX_CODE_CHARS) continue;
    const text = code.textContent ?? '';
    const lineEnd = text.lastIndexOf('\n', HEAD_CHARS);
    code.textContent = text.slice(0, lineEnd > HEAD_CHARS / 2 ? lineEnd : HEAD_CHARS);
  }
}
