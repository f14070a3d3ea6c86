/** What the benchmarks share: their corpus options, the pages of a corpus as bench:extract reads them, and percentiles. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodePage } from '../src/cli/decode-page';

/** The options of the benches that run over the extraction corpora. */
export interface CorpusOptions { corpus: string; only: string[] | null; limit: number; repeat: number; types: string[] | null }

/**
 * Reads --corpus, --only, --limit, --repeat and --types; `own` reads a bench's
 * other flags and says whether it took the value. The corpus defaults to
 * $LISIBLE_CORPUS, then ../shared/corpus beside the repo root.
 */
export function parseCorpusOptions(argv: string[], root: string, own: (flag: string, value: string) => boolean = () => false): CorpusOptions {
  const opts: CorpusOptions = { corpus: process.env.LISIBLE_CORPUS ?? resolve(root, '../shared/corpus'), only: null, limit: Infinity, repeat: 3, types: null };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    if (!value) continue;
    if (flag === '--corpus') opts.corpus = resolve(value);
    else if (flag === '--only') opts.only = value.split(',');
    else if (flag === '--limit') opts.limit = Number(value);
    else if (flag === '--repeat') opts.repeat = Math.max(1, Number(value));
    else if (flag === '--types') opts.types = value.split(',');
    else if (!own(flag, value)) continue;
    i++;
  }
  return opts;
}

/** The corpora to run (all three unless --only), saying which are absent; null, said too, when the corpus folder is. */
export function corporaToRun(bench: string, opts: CorpusOptions): string[] | null {
  if (!existsSync(opts.corpus)) {
    console.log(`${bench}: no corpus at ${opts.corpus} (set --corpus DIR or LISIBLE_CORPUS); nothing to do.`);
    return null;
  }
  return (opts.only ?? ['readability', 'zyte-dev', 'wcxb-dev']).filter((n) => {
    const ok = existsSync(join(opts.corpus, n));
    if (!ok) console.log(`${n}: not found in ${opts.corpus}, skipped`);
    return ok;
  });
}

/** The score.mjs metric a corpus is scored with. */
export const metricOf = (name: string): 'wcxb' | 'zyte' => (name === 'wcxb-dev' ? 'wcxb' : 'zyte');

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
