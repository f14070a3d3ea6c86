// One closing line for the whole test run, from the runners' JSON reports.
import { readFileSync } from 'node:fs';

const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const unit = read('reports/unit.json');
const e2e = read('reports/e2e.json');
const passed = unit.numPassedTests + e2e.stats.expected + e2e.stats.flaky;
const failed = unit.numFailedTests + e2e.stats.unexpected;
const skipped = unit.numPendingTests + unit.numTodoTests + e2e.stats.skipped;
console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed; e2e: ${e2e.stats.expected} passed, ${e2e.stats.unexpected} failed, ${e2e.stats.flaky} flaky`);
// A flaky test passed on its retry: it counts as passed, and is named so it is not forgotten.
for (const title of flakyTitles(e2e.suites)) console.log(`flaky (passed on retry): ${title}`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);

function flakyTitles(suites) {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).filter((spec) => spec.tests.some((t) => t.status === 'flaky')).map((spec) => `${suite.file}: ${spec.title}`),
    ...flakyTitles(suite.suites ?? []),
  ]);
}
