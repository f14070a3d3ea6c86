/** Tags whose text starts a line of its own. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TR', 'UL',
]);

/**
 * Plain text of an element: one paragraph per block, separated by blank lines.
 * Figure captions are left out: they stay in the HTML, but they are not the
 * body's prose (the Zyte benchmark's annotators leave them out too).
 */
export function htmlToText(root: Element): string {
  const blocks: string[] = [];
  let line = '';
  const flush = () => {
    const clean = line.replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (clean) blocks.push(clean);
    line = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        line += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (tag === 'FIGCAPTION') continue;
        if (tag === 'BR') line += '\n';
        else if (tag === 'TD' || tag === 'TH') { walk(child); line += ' '; }
        else if (BLOCK_TAGS.has(tag)) { flush(); walk(child); flush(); }
        else walk(child);
      }
    }
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}
