/**
 * Extraction benchmark: runs the core over the readability, zyte-dev and wcxb-dev
 * corpora, scores it with ../shared/tools/score.mjs, and in the same run times
 * Readability alone on the same DOMs (CPU time, parse excluded).
 *
 *   npm run bench:extract -- [--corpus DIR] [--only NAME[,NAME]] [--limit N] [--out DIR] [--repeat N] [--types TYPE[,TYPE]]
 *
 * --types keeps the WCXB pages of those page types (article, forum, product…), to iterate on one of them.
 *
 * DIR defaults to $LISIBLE_CORPUS, then ../shared/corpus from the repo root.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../src/core/extract-article';
import { withKeyFigures } from '../src/core/read-article';
import { linkedomWindow, parseWithLinkedom } from '../src/cli/linkedom-window';
import { corporaToRun, corpusPages, metricOf, parseCorpusOptions, percentile, type CorpusOptions } from './corpus';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Options extends CorpusOptions { out: string }

function parseOptions(argv: string[]): Options {
  let out = join(root, 'bench/out');
  const opts = parseCorpusOptions(argv, root, (flag, value) => {
    if (flag !== '--out') return false;
    out = resolve(value);
    return true;
  });
  return { ...opts, out };
}

/**
 * `ours`: the extraction given a page to rewrite, as the CLI gives it the page it parsed; `live`: the same on a page it
 * must leave untouched (the content script's case), which costs a working copy.
 */
interface Timing { ours: number[]; live: number[]; figures: number[]; readability: number[]; readabilityOnClone: number[]; crashes: string[]; liveDiffers: string[] }


type HtmlToText = (html: string) => string;

// CPU time of this process, in ms: on a shared machine, other jobs lengthen the
// wall-clock time of a run but not the work it does (GC threads' work counts).
function cpuNow(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

async function runCorpus(name: string, dir: string, opts: Options, out: string, htmlToText: HtmlToText) {
  const pages = corpusPages(dir, name, opts.types).slice(0, opts.limit);
  const ours: Record<string, { text: string }> = {};
  const theirs: Record<string, { text: string }> = {};
  const detected: Record<string, boolean> = {};
  const timing: Timing = { ours: [], live: [], figures: [], readability: [], readabilityOnClone: [], crashes: [], liveDiffers: [] };
  const win = linkedomWindow();
  for (const page of pages) {
    let doc: Document;
    try {
      doc = parseWithLinkedom(page.html());
    } catch (err) {
      timing.crashes.push(`${page.id} (parse): ${(err as Error).message}`);
      continue;
    }
    // The two run alternately --repeat times and the fastest of each is kept:
    // other jobs on the machine only ever add time. The first run's results are scored.
    let best = { ours: Infinity, live: Infinity, readability: Infinity, readabilityOnClone: Infinity };
    let crashed = false;
    for (let run = 0; run < opts.repeat && !crashed; run++) {
      // Each run reads its own copy, which the extraction may rewrite: the CLI
      // gives it the page it parsed, as Readability is given its clone below.
      const own = doc.cloneNode(true) as Document;
      const t0 = cpuNow();
      let t1 = t0, live = 0;
      try {
        const article = extractArticle(own, { url: page.url, window: win, disposable: true });
        t1 = cpuNow();
        if (run === 0) {
          if (article) withKeyFigures(article);
          timing.figures.push(cpuNow() - t1);
          ours[page.id] = { text: article?.text ?? '' };
          detected[page.id] = article?.isArticle ?? false;
        }
        const t5 = cpuNow();
        const onLivePage = extractArticle(doc, { url: page.url, window: win });
        live = cpuNow() - t5;
        if (run === 0 && (onLivePage?.text ?? '') !== ours[page.id]!.text) timing.liveDiffers.push(page.id);
      } catch (err) {
        timing.crashes.push(`${page.id}: ${(err as Error).stack?.split('\n').slice(0, 3).join(' ')}`);
        crashed = true;
        continue;
      }
      // Readability mutates the document it is given: on a live page it needs a
      // clone, as ours makes a working copy there. Both times are reported.
      const t2 = cpuNow();
      const clone = doc.cloneNode(true) as Document;
      const t3 = cpuNow();
      let content = '';
      try { content = new Readability(clone).parse()?.content ?? ''; } catch { /* an empty text, timed all the same */ }
      const t4 = cpuNow();
      if (run === 0) theirs[page.id] = { text: htmlToText(content) };
      best = { ours: Math.min(best.ours, t1 - t0), live: Math.min(best.live, live), readability: Math.min(best.readability, t4 - t3), readabilityOnClone: Math.min(best.readabilityOnClone, t4 - t2) };
    }
    if (crashed) continue;
    timing.ours.push(best.ours);
    timing.live.push(best.live);
    timing.readability.push(best.readability);
    timing.readabilityOnClone.push(best.readabilityOnClone);
  }
  const oursFile = join(out, `${name}.lisible.json`);
  const theirsFile = join(out, `${name}.readability.json`);
  writeFileSync(oursFile, JSON.stringify(ours));
  writeFileSync(theirsFile, JSON.stringify(theirs));
  writeFileSync(join(out, `${name}.is-article.json`), JSON.stringify(detected));
  return { pages, oursFile, theirsFile, timing, detected };
}

interface Score { line: string; byType: string }

function score(gtDir: string, pred: string, metric: string, ids: Set<string>, out: string): Score {
  // Score only the pages that were run (--limit): a trimmed ground truth.
  let gt = gtDir;
  const gtFile = join(gtDir, 'ground-truth.json');
  if (existsSync(gtFile)) {
    const full = JSON.parse(readFileSync(gtFile, 'utf8')) as Record<string, unknown>;
    const kept = Object.fromEntries(Object.entries(full).filter(([id]) => ids.has(id)));
    gt = join(out, `gt-${metric}-${ids.size}.json`);
    writeFileSync(gt, JSON.stringify(kept));
  }
  const tool = resolve(root, '../shared/tools/score.mjs');
  const stdout = execFileSync('node', [tool, '--gt', gt, '--pred', pred, '--metric', metric, '--worst', '0'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const lines = stdout.trim().split('\n');
  return { line: lines.at(-1) ?? '', byType: lines.find((l) => l.startsWith('by page type')) ?? '' };
}

function detectionReport(dir: string, detected: Record<string, boolean>): string {
  const gt = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { page_type?: string }>;
  let tp = 0, fp = 0, fn = 0;
  const perType: Record<string, [number, number]> = {};
  for (const [id, isArticle] of Object.entries(detected)) {
    const type = gt[id]?.page_type ?? 'unknown';
    const row = (perType[type] ??= [0, 0]);
    row[1]++;
    if (isArticle) row[0]++;
    if (type === 'documentation') continue;
    if (type === 'article') { if (isArticle) tp++; else fn++; } else if (isArticle) fp++;
  }
  const rates = Object.entries(perType).map(([t, [yes, n]]) => `${t} ${yes}/${n}`).join('  ');
  return `isArticle precision ${(tp / (tp + fp)).toFixed(3)} recall ${(tp / (tp + fn)).toFixed(3)} (tp ${tp} fp ${fp} fn ${fn}; documentation not counted)\n  said yes per type: ${rates}`;
}

async function main() {
  const opts = parseOptions(process.argv.slice(2));
  const names = corporaToRun('bench:extract', opts);
  if (!names) return;
  const out = opts.out;
  mkdirSync(out, { recursive: true });
  const tools = pathToFileURL(resolve(root, '../shared/tools/htmltext.mjs')).href;
  const { htmlToText } = (await import(tools)) as { htmlToText: HtmlToText };
  console.log(`bench:extract ${new Date().toISOString()} corpus ${opts.corpus} node ${process.version}`);
  for (const name of names) {
    const dir = join(opts.corpus, name);
    const started = performance.now();
    const run = await runCorpus(name, dir, opts, out, htmlToText);
    const metric = metricOf(name);
    const ids = new Set(run.pages.map((p) => p.id));
    const ours = score(dir, run.oursFile, metric, ids, out);
    const theirs = score(dir, run.theirsFile, metric, ids, out);
    const t = run.timing;
    const med = percentile(t.ours, 0.5), medL = percentile(t.live, 0.5), medR = percentile(t.readability, 0.5), medC = percentile(t.readabilityOnClone, 0.5);
    console.log(`\n## ${name} (${run.pages.length} pages, ${metric} metric, ${((performance.now() - started) / 1000).toFixed(0)} s)`);
    console.log(`Lisible     ${ours.line}`);
    if (ours.byType) console.log(`  ${ours.byType}`);
    console.log(`Readability ${theirs.line}`);
    if (theirs.byType) console.log(`  ${theirs.byType}`);
    const ms = (xs: number[]) => `median ${percentile(xs, 0.5).toFixed(1)} p95 ${percentile(xs, 0.95).toFixed(1)}`;
    console.log(`CPU ms/page (parse excluded, fastest of ${opts.repeat} runs) Lisible extraction ${ms(t.ours)} | Readability alone ${ms(t.readability)}`);
    console.log(`  on a live page (working copy) ${ms(t.live)} | Readability incl. clone ${ms(t.readabilityOnClone)}`);
    console.log(`  ratio of medians: ${(med / medR).toFixed(2)} vs Readability alone; live page ${(medL / medC).toFixed(2)} vs Readability incl. clone, ${(medL / medR).toFixed(2)} vs Readability alone`);
    console.log(`  live-page texts differing from the others: ${t.liveDiffers.length}${t.liveDiffers.length ? ' (' + t.liveDiffers.slice(0, 10).join(' ') + ')' : ''}; key figures (outside the content script) ${ms(t.figures)}`);
    if (name === 'wcxb-dev') console.log(detectionReport(dir, run.detected));
    else {
      const yes = Object.values(run.detected).filter(Boolean).length;
      console.log(`isArticle true on ${yes}/${Object.keys(run.detected).length} pages`);
    }
    console.log(`crashes ${t.crashes.length}${t.crashes.length ? ':\n  ' + t.crashes.slice(0, 10).join('\n  ') : ''}`);
  }
}

await main();
