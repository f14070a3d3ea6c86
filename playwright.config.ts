import { defineConfig } from '@playwright/test';

// Each test launches its own Chromium with the built extension (see tests/e2e/harness.ts).
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  // Each test drives a whole browser on a shared 2-core machine; under that load a
  // few tests are flaky. CI retries once, and the summary counts and names what needed it.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  projects: [
    { name: 'browser', testIgnore: /keyboard-command\.spec\.ts/ },
    // Real key presses go to whichever window has the X focus: the test runs alone, after the others.
    { name: 'keyboard', testMatch: /keyboard-command\.spec\.ts/, dependencies: ['browser'] },
  ],
});
