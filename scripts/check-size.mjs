// Fails the build when a content script, injected into every page the reader
// acts on (and, for the auto-open one, every page of the sites the reader chose), grows past its budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGETS = [
  { name: 'content script', file: 'dist/src/content/index.iife.js', kb: 60 },
  // Runs next to the content script and only asks for the view: it must stay small.
  { name: 'auto-open script', file: 'dist/src/content/auto.iife.js', kb: 8 },
];

let failed = false;
for (const { name, file, kb: budget } of BUDGETS) {
  let code;
  try {
    code = readFileSync(file);
  } catch {
    console.error(`check-size: ${file} is missing; run npm run build first.`);
    process.exit(1);
  }
  const kb = gzipSync(code, { level: 9 }).length / 1024;
  console.log(`${name}: ${(code.length / 1024).toFixed(1)} KB, ${kb.toFixed(1)} KB gzipped (budget ${budget} KB)`);
  if (kb > budget) {
    console.error(`check-size: the ${name} is over budget by ${(kb - budget).toFixed(1)} KB gzipped.`);
    failed = true;
  }
}
if (failed) process.exit(1);
