// npm start: Chromium with Lisible on a demo French news article served on 127.0.0.1.
// With a display the browser stays open for you; without one (or with
// --screenshot FILE) it opens the reader view and writes a screenshot.
import { join } from 'node:path';
import { launchWithExtension, openReaderView, ROOT } from '../tests/e2e/harness';
import { serveFolder } from '../tests/e2e/serve';

const flag = process.argv.indexOf('--screenshot');
const screenshot = flag >= 0 ? process.argv[flag + 1] ?? 'lisible-demo.png' : process.env.DISPLAY ? null : 'lisible-demo.png';

const site = await serveFolder(join(ROOT, 'demo'));
const url = `${site.origin}/article-fr.html`;

if (screenshot) {
  if (flag < 0) console.log('No display: writing a screenshot of the reader view instead of opening a window.');
  const ext = await launchWithExtension({ headless: true });
  const page = await ext.context.newPage();
  await page.goto(url);
  await page.waitForTimeout(800);
  await openReaderView(ext, page);
  await page.screenshot({ path: screenshot });
  console.log(`Reader view of ${url} written to ${screenshot}`);
  await ext.close();
  await site.close();
} else {
  const ext = await launchWithExtension({ headless: false });
  const page = await ext.context.newPage();
  await page.goto(url);
  console.log(`Lisible is loaded. Demo article: ${url}`);
  console.log('Click the Lisible toolbar button (puzzle-piece menu) or press Alt+Shift+L. Close the browser to stop.');
  await new Promise<void>((done) => ext.context.once('close', () => done()));
  await site.close();
}
