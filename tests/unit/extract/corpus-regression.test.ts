import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { decodePage } from '../../../src/cli/decode-page';
import { read } from './read-fixture';

const corpus = process.env.LISIBLE_CORPUS ?? fileURLToPath(new URL('../../../../shared/corpus', import.meta.url));
const present = existsSync(join(corpus, 'zyte-dev', 'ground-truth.json'));
if (!present) console.warn(`corpus-regression: no corpus at ${corpus} (set LISIBLE_CORPUS); skipped.`);

/** Share of the ground truth's words found in the extraction: a coarse recall. */
function wordRecall(truth: string, text: string): number {
  const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const have = new Set(words(text));
  const want = words(truth);
  return want.filter((w) => have.has(w)).length / Math.max(1, want.length);
}

describe.skipIf(!present)('regression on corpus pages', () => {
  for (const name of ['zyte-dev', 'wcxb-dev']) {
    it(`extracts the first pages of ${name} without crashing and with the article's words`, () => {
      const dir = join(corpus, name);
      const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; page_type?: string }>;
      const urls = JSON.parse(readFileSync(join(dir, 'urls.json'), 'utf8')) as Record<string, string>;
      const files = readdirSync(join(dir, 'html')).sort().slice(0, 6);
      for (const file of files) {
        const id = file.replace('.html.gz', '');
        const article = read(decodePage(readFileSync(join(dir, 'html', file)), true), urls[id]);
        if (truth[id]?.page_type && truth[id]?.page_type !== 'article') continue;
        expect(wordRecall(truth[id]!.articleBody, article.text), `${name}/${id}`).toBeGreaterThan(0.8);
      }
    });
  }
});
