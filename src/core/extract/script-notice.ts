// What a page prints for readers without scripts: "You need to enable JavaScript
// to run this app.", "JavaScript is required", "Veuillez activer JavaScript".
const SCRIPT_NOTICE = /\b(enable|turn on|activate|allow)\s+javascript\b|\bjavascript\s+(is\s+)?(required|disabled|must be (enabled|turned on))\b|\brequires?\s+javascript\b|\bactive[rz]\s+(le\s+)?javascript\b/i;
// A notice is a sentence or two; a longer text saying so has more to read.
const MAX_NOTICE_CHARS = 200;

/**
 * True when all a block says is that the page needs scripts: a script-less
 * reading of an app shell, not content. `chars`: the block's text length.
 */
export function isScriptNotice(block: Element, chars: number): boolean {
  return chars <= MAX_NOTICE_CHARS && SCRIPT_NOTICE.test(block.textContent ?? '');
}
