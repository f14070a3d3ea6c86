import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness';

const FIREFOX_DIR = join(ROOT, 'dist-firefox');

test('the Firefox build from the same source lints with no errors', () => {
  expect(existsSync(join(FIREFOX_DIR, 'manifest.json')), 'run npm run build:firefox first').toBe(true);
  const manifest = JSON.parse(readFileSync(join(FIREFOX_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.browser_specific_settings.gecko.id).toBeTruthy();
  expect(manifest.background.scripts).toHaveLength(1);
  expect(manifest.background.service_worker).toBeUndefined();

  const webExt = join(ROOT, 'node_modules/.bin/web-ext');
  const report = JSON.parse(execFileSync(webExt, ['lint', '--source-dir', FIREFOX_DIR, '--self-hosted', '--output', 'json'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  expect(report.errors.map((e: { code: string; message: string }) => `${e.code}: ${e.message}`)).toEqual([]);
  expect(report.summary.errors).toBe(0);
});
