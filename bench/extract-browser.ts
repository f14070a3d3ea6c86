/**
 * Extraction time where the content script runs: the core and Readability on
 * Chromium's native DOM (bench/extract.ts measures them in Node on linkedom).
 *
 *   npm run bench:extract:browser -- [--corpus DIR] [--only NAME[,NAME]] [--limit N] [--repeat N] [--types TYPE[,TYPE]] [--timeout S]
 *
 * Each page's HTML goes to one blank page of Chromium (/usr/bin/chromium or $CHROMIUM_PATH),
 * which parses it with DOMParser into fresh documents (parse not timed) and times, in
 * alternating order, the fastest of --repeat runs of: Readability alone, Readability on a
 * clone (clone timed), and extractArticle with the page's window. The core's text is then
 * compared with the one Node gets from linkedom. --timeout (default 60 s) bounds each page:
 * past it the browser is restarted and the page counted as an error.
 *
 * DIR defaults to $LISIBLE_CORPUS, then ../shared/corpus from the repo root.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page as BrowserPage } from '@playwright/test';
import { extractArticle } from '../src/core/extract-article';
import { linkedomWindow, parseWithLinkedom } from '../src/cli/linkedom-window';
import { corporaToRun, corpusPages, metricOf, parseCorpusOptions, percentile, type CorpusOptions } from './corpus';
import type { PageResult, PageTiming } from './extract-browser-page';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Options extends CorpusOptions { timeout: number }

function parseOptions(argv: string[]): Options {
  let timeout = 60;
  const opts = parseCorpusOptions(argv, root, (flag, value) => {
    if (flag !== '--timeout') return false;
    timeout = Number(value);
    return true;
  });
  return { ...opts, timeout };
}

/** Bundles the in-page side (extractArticle, Readability) into one script for the blank page. */
async function bundle(out: string): Promise<string> {
  const outfile = join(out, 'extract-browser.js');
  await build({
    entryPoints: [join(root, 'bench/extract-browser-page.ts')],
    outfile, bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', logLevel: 'warning',
  });
  return outfile;
}

/**
 * Serves the blank page and the bundle on 127.0.0.1. The headers make the page
 * cross-origin isolated, which gives performance.now() 5 µs steps instead of 100 µs.
 */
function serve(script: string): Promise<{ server: Server; origin: string }> {
  const isolation = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
  const server = createServer((req, res) => {
    if (req.url === '/bench.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript', ...isolation });
      res.end(script);
    } else {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...isolation });
      res.end('<!doctype html><html><head><title>bench</title><script src="/bench.js"></script></head><body></body></html>');
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => {
    done({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
  }));
}

/** A Chromium and its blank page; restarted whole when a page hangs or crashes it. */
class Bench {
  private browser: Browser | null = null;
  private page: BrowserPage | null = null;
  constructor(private readonly origin: string) {}

  async open(): Promise<BrowserPage> {
    if (this.page) return this.page;
    this.browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    const context = await this.browser.newContext();
    // Only the bench's own origin: the pages' images and scripts are never fetched
    // (DOMParser documents load nothing, but a node adopted into the live page would).
    await context.route('**/*', (route) => route.request().url().startsWith(this.origin) ? route.continue() : route.abort());
    this.page = await context.newPage();
    await this.page.goto(`${this.origin}/`);
    await this.page.waitForFunction(() => window.lisibleBench !== undefined);
    return this.page;
  }

  async measure(html: string, url: string, repeat: number, timeoutMs: number): Promise<PageResult> {
    const page = await this.open();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<PageResult>((done) => {
      timer = setTimeout(() => done({ ok: false, error: `timeout after ${timeoutMs / 1000} s` }), timeoutMs);
    });
    const run = page.evaluate(([h, u, r]) => window.lisibleBench!.measure(h, u, r), [html, url, repeat] as const)
      .catch((err: Error): PageResult => ({ ok: false, error: `browser: ${err.message.split('\n')[0]}` }));
    const result = await Promise.race([run, timeout]);
    clearTimeout(timer);
    // A page stuck in a loop keeps its renderer busy, and a crash leaves no page: start afresh.
    if (!result.ok) await this.close();
    return result;
  }

  version(): string { return this.browser?.version() ?? '?'; }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    this.page = null;
    await browser?.close().catch(() => undefined);
  }
}

interface ScoreModule {
  loadGroundTruth(path: string): Record<string, unknown>;
  evaluate(gt: Record<string, unknown>, pred: Record<string, { text: string }>, opts: { metric: string }): { F1: number };
  scorePage(gt: string, pred: string, opts: { metric: string }): { F: number };
}

const ms = (xs: number[]) => `median ${percentile(xs, 0.5).toFixed(2)} p95 ${percentile(xs, 0.95).toFixed(2)}`;

async function runCorpus(name: string, dir: string, opts: Options, bench: Bench, score: ScoreModule, out: string): Promise<void> {
  const started = performance.now();
  const pages = corpusPages(dir, name, opts.types).slice(0, opts.limit);
  const timing = { ours: [] as number[], readability: [] as number[], readabilityOnClone: [] as number[] };
  const errors: string[] = [];
  const inBrowser: Record<string, PageTiming> = {};
  const inNode: Record<string, { text: string }> = {};
  const win = linkedomWindow();
  for (const page of pages) {
    let html: string;
    try { html = page.html(); } catch (err) { errors.push(`${page.id} (read): ${(err as Error).message}`); continue; }
    const result = await bench.measure(html, page.url, opts.repeat, opts.timeout * 1000);
    if (!result.ok) { errors.push(`${page.id}: ${result.error}`); continue; }
    timing.ours.push(result.timing.ours);
    timing.readability.push(result.timing.readability);
    timing.readabilityOnClone.push(result.timing.readabilityOnClone);
    inBrowser[page.id] = result.timing;
    // Node's text for the same page, for the sanity check (untimed; the browser is idle meanwhile).
    try {
      inNode[page.id] = { text: extractArticle(parseWithLinkedom(html), { url: page.url, window: win })?.text ?? '' };
    } catch (err) {
      inNode[page.id] = { text: '' };
      errors.push(`${page.id} (node): ${(err as Error).message}`);
    }
  }
  // Texts and times per page, for a look at one page (score.mjs reads the `text` fields).
  writeFileSync(join(out, `${name}.browser.lisible.json`), JSON.stringify(inBrowser));

  const metric = metricOf(name);
  const ids = Object.keys(inBrowser);
  const differ = ids.filter((id) => inBrowser[id]!.text !== inNode[id]!.text);
  const agreement = differ.map((id) => ({ id, f: score.scorePage(inNode[id]!.text, inBrowser[id]!.text, { metric }).F }))
    .sort((a, b) => a.f - b.f);
  // Ground truth of the pages measured only, so that --limit compares like with like.
  const gt = Object.fromEntries(Object.entries(score.loadGroundTruth(dir)).filter(([id]) => id in inBrowser));
  const f1 = (pred: Record<string, { text: string }>) => score.evaluate(gt, pred, { metric }).F1.toFixed(4);

  const med = percentile(timing.ours, 0.5), medR = percentile(timing.readability, 0.5), medC = percentile(timing.readabilityOnClone, 0.5);
  console.log(`\n## ${name} (${pages.length} pages, ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  console.log(`ms/page in Chromium (parse excluded, fastest of ${opts.repeat} runs) Lisible extraction ${ms(timing.ours)} | Readability alone ${ms(timing.readability)} | Readability incl. clone ${ms(timing.readabilityOnClone)}`);
  console.log(`  ratio of medians: ${(med / medR).toFixed(2)} vs Readability alone, ${(med / medC).toFixed(2)} vs Readability incl. clone`);
  console.log(`  fastest page: Lisible ${Math.min(...timing.ours).toFixed(3)} ms, Readability alone ${Math.min(...timing.readability).toFixed(3)} ms`);
  console.log(`text vs Node (linkedom): ${differ.length}/${ids.length} pages differ` +
    (agreement.length ? `; their ${metric} F1 against Node's text: ${agreement.slice(0, 5).map((a) => `${a.id} ${a.f.toFixed(3)}`).join(', ')}${agreement.length > 5 ? ', …' : ''}` : ''));
  console.log(`  ${metric} F1 against the ground truth: browser ${f1(inBrowser)}, Node ${f1(inNode)}`);
  console.log(`errors ${errors.length}${errors.length ? ':\n  ' + errors.slice(0, 10).join('\n  ') : ''}`);
}

async function main() {
  const opts = parseOptions(process.argv.slice(2));
  const names = corporaToRun('bench:extract:browser', opts);
  if (!names) return;
  const out = join(root, 'bench/out');
  mkdirSync(out, { recursive: true });
  const { server, origin } = await serve(readFileSync(await bundle(out), 'utf8'));
  const score = (await import(pathToFileURL(resolve(root, '../shared/tools/score.mjs')).href)) as ScoreModule;
  const bench = new Bench(origin);
  try {
    const page = await bench.open();
    const isolated = await page.evaluate(() => crossOriginIsolated);
    const step = await page.evaluate(() => window.lisibleBench!.resolution());
    console.log(`bench:extract:browser ${new Date().toISOString()} corpus ${opts.corpus} Chromium ${bench.version()} (${CHROMIUM})`);
    console.log(`performance.now() step ${(step * 1000).toFixed(0)} µs (cross-origin isolated: ${isolated})`);
    for (const name of names) await runCorpus(name, join(opts.corpus, name), opts, bench, score, out);
  } finally {
    await bench.close();
    server.close();
  }
}

await main();
