// Bundles the `lisible` command-line extractor into one ESM file for Node 20.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

const outfile = 'dist-cli/lisible.mjs';
await build({
  entryPoints: ['src/cli/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner: {
    // CommonJS dependencies bundled into ESM still call require().
    js: "#!/usr/bin/env node\nimport { createRequire as __lisibleRequire } from 'node:module';\nconst require = __lisibleRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
});
chmodSync(outfile, 0o755);
console.log(`built ${outfile}`);
