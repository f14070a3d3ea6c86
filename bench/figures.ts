/**
 * Key-figures benchmark: runs findKeyFigures on every article of the labelled corpus,
 * with the page language given and with it detected, and scores both with the corpus scorer.
 *
 *   npm run bench:figures [-- --corpus DIR]   (or LISIBLE_CORPUS=DIR; default ../shared/corpus)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findKeyFigures } from '../src/core/figures/find-key-figures';
import { detectLanguage } from '../src/core/lang/detect-language';

interface GoldArticle {
  lang: string;
  text: string;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const flag = process.argv.indexOf('--corpus');
const corpus = path.resolve(root, (flag >= 0 ? process.argv[flag + 1] : undefined) ?? process.env.LISIBLE_CORPUS ?? '../shared/corpus');
const figuresDir = path.join(corpus, 'figures');
const scorer = path.resolve(corpus, '..', 'tools', 'score-figures.mjs');

if (!fs.existsSync(figuresDir) || !fs.existsSync(scorer)) {
  console.log(`bench:figures: no corpus at ${figuresDir} (or no scorer at ${scorer}); nothing to measure.`);
  process.exit(0);
}

const articles = fs.readdirSync(figuresDir).filter((f) => f.endsWith('.json')).sort()
  .map((f) => ({ slug: f.replace(/\.json$/, ''), gold: JSON.parse(fs.readFileSync(path.join(figuresDir, f), 'utf8')) as GoldArticle }));

const outDir = path.join(root, 'bench', 'out');
fs.mkdirSync(outDir, { recursive: true });

let detectedRight = 0;
for (const mode of ['given', 'detected'] as const) {
  const predictions: Record<string, { value: number; unit: string; raw: string }[]> = {};
  const started = performance.now();
  for (const { slug, gold } of articles) {
    const lang = mode === 'given' ? gold.lang : detectLanguage(gold.text);
    if (mode === 'detected' && lang === gold.lang.split('-')[0]) detectedRight++;
    predictions[slug] = findKeyFigures(gold.text, lang).map(({ value, unit, raw }) => ({ value, unit, raw }));
  }
  const ms = performance.now() - started;
  const file = path.join(outDir, `figures-${mode}.json`);
  fs.writeFileSync(file, JSON.stringify(predictions, null, 1));
  console.log(`\n## lang ${mode} (${articles.length} articles, ${ms.toFixed(0)} ms)`);
  const args = [scorer, '--gt', figuresDir, '--pred', file];
  if (process.argv.includes('--per-article')) args.push('--per-article');
  console.log(execFileSync(process.execPath, args, { encoding: 'utf8' }).trimEnd());
}
console.log(`\nlanguage detection: ${detectedRight}/${articles.length} articles`);
