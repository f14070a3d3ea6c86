import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixture, fixturePath } from './read-fixture';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');
const main = join(root, 'src/cli/main.ts');

function lisible(args: string[], input?: string | Buffer) {
  const run = spawnSync(tsx, [main, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('lisible extract', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lisible-cli-'));
    writeFileSync(join(dir, 'story.html'), fixture('related.html'));
    writeFileSync(join(dir, 'packed.html.gz'), gzipSync(fixture('structure.html')));
    writeFileSync(join(dir, 'note.txt'), 'Sales reached 10 Md$ in 2025.\n\nThe margin grew by 5 %.\n');
    writeFileSync(join(dir, 'empty.html'), '');
    writeFileSync(join(dir, 'binary.html'), Buffer.from([0, 159, 146, 150, 0, 1, 2, 3, 255, 0]));
    writeFileSync(join(dir, 'frames.html'), '<html><head><title>f</title></head><frameset><frame src="a.html"></frameset></html>');
    writeFileSync(join(dir, 'nobody.html'), '<html><head><title>t</title></head></html>');
    writeFileSync(join(dir, 'badzip.html.gz'), Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3]));
    writeFileSync(join(dir, 'ignored.md'), '# not an input');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the JSON object of one file', () => {
    const { code, stdout } = lisible(['extract', '--url', 'https://example.com/2026/03/city-council-votes-the-budget', fixturePath('related.html')]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['file', 'isArticle', 'title', 'byline', 'siteName', 'publishedTime', 'lang', 'dir', 'excerpt', 'text', 'html', 'wordCount', 'readingMinutes', 'keyFigures', 'ms']);
    expect(out.file).toBe('related');
    expect(out.text).toContain('Paragraph 8');
    expect(out.ms).toBeGreaterThan(0);
  });

  it('reads stdin with -, and renders Markdown with code fences and tables', () => {
    const { code, stdout } = lisible(['extract', '--format', 'markdown', '-'], fixture('structure.html'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/```js\nfunction count\(text\) \{\n {4}return/);
    expect(stdout).toContain('| City | Budget |');
    expect(stdout).toMatch(/^-\s+First point of the list/m);
  });

  it('renders text and html', () => {
    expect(lisible(['extract', '--format', 'text', fixturePath('rtl.html')]).stdout).toContain('فقرة رقم 8');
    expect(lisible(['extract', '--format', 'html', fixturePath('rtl.html')]).stdout).toMatch(/<html lang="ar" dir="rtl">/);
  });

  it('runs a batch to JSON lines, with one error object per unreadable file', () => {
    const out = join(dir, 'out.jsonl');
    const { code } = lisible(['extract', '--batch', dir, '--out', out, '--lang', 'en']);
    expect(code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const byFile = Object.fromEntries(lines.map((l) => [l.file, l]));
    expect(Object.keys(byFile).sort()).toEqual(['badzip', 'binary', 'empty', 'frames', 'nobody', 'note', 'packed', 'story']);
    expect(byFile.badzip.error).toBe('The file is not valid gzip data.');
    for (const bad of ['binary', 'empty', 'frames', 'nobody']) expect(byFile[bad].error).toMatch(/\w+ .*\./);
    expect(byFile.story.text).toContain('Paragraph 8');
    expect(byFile.packed.html).toContain('<pre><code');
    expect(byFile.note.keyFigures.map((f: { unit: string }) => f.unit)).toContain('%');
  });

  it('says how to use it when the arguments are wrong', () => {
    const run = lisible(['extract', '--format', 'pdf', 'x.html']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage:');
  });
});
