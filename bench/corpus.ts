/** What the benchmarks share: the pages of a corpus as bench:extract reads them, and percentiles. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePage } from '../src/cli/decode-page';

export interface Page { id: string; url: string; html: () => string }

/**
 * A corpus's pages with the URL each is scored under: Readability's test pages
 * under its fake host, the others from urls.json. `types` keeps the pages of
 * those WCXB page types.
 */
export function corpusPages(dir: string, name: string, types: string[] | null): Page[] {
  if (name === 'readability') {
    return readdirSync(dir).filter((d) => existsSync(join(dir, d, 'source.html'))).sort().map((id) => ({
      id, url: 'http://fakehost/test/page.html', html: () => readFileSync(join(dir, id, 'source.html'), 'utf8'),
    }));
  }
  const urls = JSON.parse(readFileSync(join(dir, 'urls.json'), 'utf8')) as Record<string, string>;
  const pageType = types && existsSync(join(dir, 'ground-truth.json'))
    ? JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { page_type?: string }>
    : null;
  if (types && !Object.values(pageType ?? {}).some((page) => page.page_type)) console.log(`${name}: its pages have no page type; --types keeps them all`);
  const kept = (id: string) => !types || !pageType || types.includes(pageType[id]?.page_type ?? '');
  return readdirSync(join(dir, 'html')).filter((f) => f.endsWith('.html.gz') && kept(f.replace(/\.html\.gz$/, ''))).sort().map((f) => {
    const id = f.replace(/\.html\.gz$/, '');
    return { id, url: urls[id] ?? '', html: () => decodePage(readFileSync(join(dir, 'html', f)), true) };
  });
}

export const percentile = (xs: number[], q: number): number => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
