// Fails the build when the content script, injected into every page the reader
// acts on, grows past its budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 60;
const file = 'dist/src/content/index.iife.js';
let code;
try {
  code = readFileSync(file);
} catch {
  console.error(`check-size: ${file} is missing; run npm run build first.`);
  process.exit(1);
}
const kb = gzipSync(code, { level: 9 }).length / 1024;
console.log(`content script: ${(code.length / 1024).toFixed(1)} KB, ${kb.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`);
if (kb > BUDGET_KB) {
  console.error(`check-size: the content script is over budget by ${(kb - BUDGET_KB).toFixed(1)} KB gzipped.`);
  process.exit(1);
}
