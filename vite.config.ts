import { defineConfig, type Plugin } from 'vite';
import { resolve } from 'node:path';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';

import chromeManifest from './manifest.json' with { type: 'json' };

// DOMPurify's dist is transpiled for old browsers and carries Babel's helpers
// (destructuring, a regenerator runtime): bundles build it from the TypeScript
// source it ships, whose only build-time input is its version.
const dompurifyRoot = resolve(import.meta.dirname, 'node_modules/dompurify');
const dompurifyVersion = (JSON.parse(readFileSync(resolve(dompurifyRoot, 'package.json'), 'utf8')) as { version: string }).version;

// One source, two browsers: TARGET=firefox rewrites the manifest's few
// Chromium-only keys and writes to dist-firefox/.
const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';
const outDir = target === 'firefox' ? 'dist-firefox' : 'dist';

function manifestFor(browser: 'chrome' | 'firefox'): ManifestV3Export {
  if (browser === 'chrome') return chromeManifest as ManifestV3Export;
  const { background, web_accessible_resources, ...rest } = chromeManifest;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: 'module' },
    web_accessible_resources: web_accessible_resources.map(({ use_dynamic_url: _, ...entry }) => entry),
    browser_specific_settings: {
      gecko: {
        id: 'lisible@lisible.app',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as unknown as ManifestV3Export;
}

/**
 * crxjs lists `?script` content scripts as web-accessible to every site; they are
 * injected with scripting.executeScript, which needs no such entry, and exposing
 * them would let any page detect the extension. It also leaves behind the ES
 * chunk it built the IIFE from, which nothing loads.
 */
function tidyContentScript(outDir: string): Plugin {
  return {
    name: 'lisible:tidy-content-script',
    apply: 'build',
    // After crxjs has written the manifest: it adds the entry late, past its own manifest hooks.
    closeBundle() {
      const file = resolve(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { web_accessible_resources?: { resources: string[] }[] };
      manifest.web_accessible_resources = manifest.web_accessible_resources
        ?.filter((entry) => !entry.resources.every((path) => path.startsWith('src/content/')));
      writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
      const assets = resolve(outDir, 'assets');
      for (const name of readdirSync(assets)) if (/\.iife\.ts-.+\.js$/.test(name)) rmSync(resolve(assets, name));
    },
  };
}

export default defineConfig({
  plugins: [preact(), crx({ manifest: manifestFor(target), browser: target }), tidyContentScript(outDir)],
  // crxjs builds content scripts with this config's resolve and define, though without its plugins.
  resolve: { alias: [{ find: /^dompurify$/, replacement: resolve(dompurifyRoot, 'src/purify.ts') }] },
  define: { VERSION: JSON.stringify(dompurifyVersion) },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      // Pages reached only by URL (not from the manifest) must be listed for crxjs to build them.
      input: {
        library: resolve(import.meta.dirname, 'src/library/index.html'),
        reader: resolve(import.meta.dirname, 'src/reader/index.html'),
      },
    },
  },
});
