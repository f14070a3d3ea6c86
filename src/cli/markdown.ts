import TurndownService from 'turndown';

function cellText(cell: Element): string {
  return (cell.textContent ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

/** A GitHub-style table for simple tables; others stay HTML, which Markdown allows. */
function tableToMarkdown(table: Element): string | null {
  const rows = Array.from(table.querySelectorAll('tr'));
  if (!rows.length || table.querySelector('table, [rowspan], [colspan]')) return null;
  const cells = rows.map((row) => Array.from(row.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH').map(cellText));
  const width = Math.max(...cells.map((r) => r.length));
  if (width === 0) return null;
  const line = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => r[i] ?? '').join(' | ')} |`;
  const [head = [], ...body] = cells;
  return [line(head), `| ${Array(width).fill('---').join(' | ')} |`, ...body.map(line)].join('\n');
}

let service: TurndownService | null = null;

function turndown(): TurndownService {
  if (service) return service;
  service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
  service.addRule('fencedPre', {
    // <pre> without <code> inside is a code block too; keep its whitespace.
    filter: (node) => node.nodeName === 'PRE' && !node.querySelector('code'),
    replacement: (_content, node) => {
      const code = (node as Element).textContent ?? '';
      const fence = code.includes('```') ? '~~~' : '```';
      return `\n\n${fence}\n${code.replace(/\n$/, '')}\n${fence}\n\n`;
    },
  });
  service.addRule('table', {
    filter: 'table',
    replacement: (_content, node) => {
      const markdown = tableToMarkdown(node as Element);
      return `\n\n${markdown ?? (node as Element).outerHTML}\n\n`;
    },
  });
  return service;
}

/** Markdown rendering of sanitized article HTML. */
export function toMarkdown(html: string, title: string): string {
  const body = turndown().turndown(html);
  return title ? `# ${title}\n\n${body}\n` : `${body}\n`;
}
