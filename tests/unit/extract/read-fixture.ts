import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readArticle } from '../../../src/core/read-article';
import type { Article } from '../../../src/core/types';
import { linkedomWindow, parseWithLinkedom } from '../../../src/cli/linkedom-window';

export const fixturePath = (name: string): string =>
  fileURLToPath(new URL(`../../fixtures/extract/${name}`, import.meta.url));

export function fixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

/** Runs the core as the CLI does: linkedom DOM, linkedom window for sanitizing. */
export function read(html: string, url = 'https://example.com/news/2026/03/01/story.html'): Article {
  const article = readArticle(parseWithLinkedom(html), { url, window: linkedomWindow() });
  if (!article) throw new Error('no article');
  return article;
}
