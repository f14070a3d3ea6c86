// Fails when HTML is parsed from a string anywhere but in the places below,
// each of which parses only sanitized HTML or parses into an inert document.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SINK = /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/;
const ALLOWED = {
  // DOMPurify output of sanitizeForView, inserted in the extension's own document.
  'src/reader/ReaderPage.tsx': 1,
  // <noscript> markup parsed into the extraction's detached clone: no browsing context, nothing runs or loads.
  'src/core/extract/resolve-urls.ts': 1,
  // A block's own HTML, serialized from a page the caller gave away (parsed by the CLI, no browsing context) and
  // parsed back into that page; the content is sanitized before it leaves the core.
  'src/core/extract/extract-content.ts': 1,
  // A <template>: its content is inert; the result is sanitized again before display.
  'src/shared/library/inline-images.ts': 1,
};

const found = {};
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.(ts|tsx)$/.test(name)) {
      const count = readFileSync(path, 'utf8').split('\n').filter((line) => SINK.test(line) && !/^\s*(\/\/|\*)/.test(line)).length;
      if (count) found[path] = count;
    }
  }
};
walk('src');

const unexpected = Object.entries(found).filter(([path, count]) => count > (ALLOWED[path] ?? 0));
for (const [path, count] of unexpected) console.error(`check-html-sinks: ${path} parses HTML from a string ${count}×; sanitize it or add a justified entry.`);
if (unexpected.length) process.exit(1);
console.log(`html sinks: ${Object.keys(found).length} known places, none new`);
