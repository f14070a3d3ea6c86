/**
 * Library bench: fills a library with generated articles through the library
 * page's import (in Chromium, with the built extension), then prints the time to
 * the first screen of the library page, the median time of a full-text search,
 * and the export and import times. Writes bench/results/library.md.
 *
 *   npm run bench:library [-- --count 10000] [-- --runs 5]
 */
import { cp, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import { ROOT, launchWithExtension, type Extension } from '../tests/e2e/harness';
import { generateLibrary, random } from './library-corpus';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, runs: { type: 'string', default: '5' } } });
const COUNT = Number(values.count);
const RUNS = Number(values.runs);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (ms: number) => Math.round(ms);

async function openLibrary(ext: Extension, page: Page): Promise<void> {
  await page.goto(`chrome-extension://${ext.id}/src/library/index.html`);
  await page.locator('main[data-state="ready"]').waitFor({ timeout: 120_000 });
}

async function mark(page: Page, name: string): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: 120_000 });
  return page.evaluate((n) => performance.getEntriesByName(n)[0]!.startTime, name);
}

async function importFile(page: Page, file: string): Promise<{ ms: number; notice: string }> {
  const started = Date.now();
  await page.locator('[data-library-import]').setInputFiles(file);
  await page.locator('[data-library-progress]').waitFor({ state: 'detached', timeout: 600_000 });
  const notice = page.locator('[data-library-notice]');
  await notice.waitFor({ timeout: 600_000 });
  return { ms: Date.now() - started, notice: (await notice.textContent()) ?? '' };
}

/** Types a query as one input event and waits for the list to be rendered and laid out. */
async function timeSearch(page: Page, query: string): Promise<{ ms: number; hits: string }> {
  return page.evaluate(async (q) => {
    const input = document.querySelector<HTMLInputElement>('[data-library-search]')!;
    const started = performance.now();
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // The worker answers asynchronously: done when the list says which query it shows.
    const list = document.querySelector<HTMLElement>('ul.items')!;
    if (list.dataset.searched !== q) {
      await new Promise<void>((done) => {
        const observer = new MutationObserver(() => { if (list.dataset.searched === q) { observer.disconnect(); done(); } });
        observer.observe(list, { attributes: true, attributeFilter: ['data-searched'] });
      });
    }
    void document.body.offsetHeight;
    const ms = performance.now() - started;
    return { ms, hits: document.querySelector('.count')?.textContent ?? '' };
  }, query);
}

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'lisible-bench-library-'));
  const generatedAt = Date.now();
  const { backup, words } = generateLibrary(COUNT);
  const backupFile = join(work, 'generated.json');
  await writeFile(backupFile, backup);
  console.log(`generated ${COUNT} articles (${(backup.length / 1e6).toFixed(1)} MB JSON) in ${Date.now() - generatedAt} ms`);

  // A copy of the build, so a rebuild of dist/ during the run cannot pull files from under the browser.
  const extensionDir = join(work, 'extension');
  await cp(join(ROOT, 'dist'), extensionDir, { recursive: true });
  const ext = await launchWithExtension({ extensionDir });
  const lines: string[] = [];
  try {
    const page = await ext.context.newPage();
    await openLibrary(ext, page);
    const firstImport = await importFile(page, backupFile);
    console.log(`import into an empty library: ${firstImport.ms} ms (${firstImport.notice})`);

    const firstRender: number[] = [];
    const searchReady: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await openLibrary(ext, page);
      firstRender.push(await mark(page, 'lisible-library-first-render'));
      searchReady.push(await mark(page, 'lisible-library-search-ready'));
    }
    const items = await page.locator('[data-library-item]').count();
    console.log(`first screen of the library page: median ${round(median(firstRender))} ms (${firstRender.map(round).join(', ')}), ${items} items rendered`);
    console.log(`search index loaded after: median ${round(median(searchReady))} ms (${searchReady.map(round).join(', ')})`);

    // Queries: words of every frequency, two-word queries, prefixes as typed, and a word that is nowhere.
    const rand = random(11);
    const word = (rank: number) => words[Math.min(words.length - 1, rank)]!;
    const queries = [
      word(0), word(5), word(50), word(500), word(5000), word(20000),
      `${word(3)} ${word(40)}`, `${word(10)} ${word(300)}`, `${word(100)} ${word(2000)}`,
      word(200).slice(0, 3), word(1000).slice(0, 4), word(7).slice(0, 2),
      ...Array.from({ length: 8 }, () => word(Math.floor(rand() * 10000))),
      'introuvablexyz',
    ];
    const searches: { query: string; ms: number; hits: string }[] = [];
    for (const query of queries) {
      await timeSearch(page, '');
      searches.push({ query, ...(await timeSearch(page, query)) });
    }
    await timeSearch(page, '');
    const searchMedian = median(searches.map((s) => s.ms));
    console.log(`full-text search: median ${round(searchMedian)} ms, max ${round(Math.max(...searches.map((s) => s.ms)))} ms over ${searches.length} queries`);

    const exportStarted = Date.now();
    const downloading = page.waitForEvent('download', { timeout: 600_000 });
    await page.locator('[data-action="export-backup"]').click();
    const download = await downloading;
    const exportMs = Date.now() - exportStarted;
    const exported = join(work, 'exported.json');
    await download.saveAs(exported);
    const exportedSize = (await stat(exported)).size;
    console.log(`export of the whole library: ${exportMs} ms (${(exportedSize / 1e6).toFixed(1)} MB)`);

    const fresh = await launchWithExtension({ extensionDir });
    let freshImport: { ms: number; notice: string };
    try {
      const freshPage = await fresh.context.newPage();
      await openLibrary(fresh, freshPage);
      freshImport = await importFile(freshPage, exported);
    } finally {
      await fresh.close();
    }
    console.log(`import of that export into a fresh profile: ${freshImport.ms} ms (${freshImport.notice})`);
    const reimport = await importFile(page, exported);
    console.log(`import of it again into the same library (every article skipped): ${reimport.ms} ms (${reimport.notice})`);

    lines.push(
      `# Library bench`, '',
      `\`npm run bench:library\` on ${new Date().toISOString().slice(0, 10)}: Chromium ${ext.context.browser()?.version() ?? ''} headless, ` +
      `${COUNT} generated articles (${(backup.length / 1e6).toFixed(1)} MB of JSON, a 6 KB image in every fifth), ${RUNS} page loads.`, '',
      '| Measure | Result | Target |', '|---|---|---|',
      `| First screen of the library page (navigation start → list rendered), median | ${round(median(firstRender))} ms (loads: ${firstRender.map(round).join(', ')}) | ≤ 300 ms |`,
      `| Full-text search (input event → list rendered and laid out), median of ${searches.length} queries | ${round(searchMedian)} ms | ≤ 100 ms |`,
      `| Slowest search | ${round(Math.max(...searches.map((s) => s.ms)))} ms | |`,
      `| Search index loaded (navigation start → index built or read back), median | ${round(median(searchReady))} ms (loads: ${searchReady.map(round).join(', ')}) | |`,
      `| Import into an empty library (file chosen → report shown) | ${firstImport.ms} ms | |`,
      `| Export of the whole library (click → download) | ${exportMs} ms, ${(exportedSize / 1e6).toFixed(1)} MB | |`,
      `| Import of that export into a fresh profile | ${freshImport.ms} ms | |`,
      `| Import of it again into the same library (all skipped) | ${reimport.ms} ms | |`,
      '', '## Searches', '', '| Query | ms | Result |', '|---|---|---|',
      ...searches.map((s) => `| \`${s.query}\` | ${s.ms.toFixed(1)} | ${s.hits} |`), '',
    );
  } finally {
    await ext.close();
    await rm(work, { recursive: true, force: true });
  }
  const out = join(ROOT, 'bench/results/library.md');
  const existing = await import('node:fs/promises').then((fs) => fs.readFile(out, 'utf8')).catch(() => '');
  const notes = existing.includes('\n## Notes') ? existing.slice(existing.indexOf('\n## Notes')) : '';
  await writeFile(out, lines.join('\n') + notes);
  console.log(`written to ${out}`);
}

await main();
